using GoldenThread.Network;

namespace GoldenThread.Interchange;

public static partial class NetworkGenerator
{
    private sealed partial class Builder
    {
        private readonly List<BodyRecord> bodies = [];
        private readonly List<Seat[]> bodySeats = [];
        private readonly Dictionary<string, string> bodyIds = [];

        // Regions first, then the system, places and neighbourhoods: a body feeds only into one added before it,
        // so the feeds-into graph points upward and cannot have a cycle.
        private void AddBodies()
        {
            foreach (var template in RegionBodies)
            {
                AddBody(template, "region", null, null);
            }

            foreach (var template in SystemBodies)
            {
                AddBody(template, "system", null, null);
            }

            AddSystemCabinetsWorkstreamsAndTeams();
            for (var p = 0; p < places.Count; p++)
            {
                AddPlaceBodies(places[p], p);
            }

            var inPlaces = neighbourhoods.Select(n => places.First(p => p.Id == n.PlaceId)).ToList();
            for (var n = 0; n < neighbourhoods.Count; n++)
            {
                AddNeighbourhoodBodies(neighbourhoods[n], inPlaces[n], n);
            }
        }

        private void AddSystemCabinetsWorkstreamsAndTeams()
        {
            // A task-and-finish cabinet may already have reported and closed.
            foreach (var template in Shuffled(SystemCabinets).Take(rng.Next(3, 7)))
            {
                var body = AddBody(template, "system", null, null);
                if (body.ActiveFrom < new DateOnly(2024, 1, 1) && rng.NextDouble() < 0.25)
                {
                    bodies[^1] = body with { ActiveTo = new DateOnly(2025, 3, 31) };
                }
            }

            foreach (var template in Shuffled(Workstreams).Take(rng.Next(2, 5)))
            {
                AddBody(template, "system", null, null);
            }

            foreach (var template in LearningSets)
            {
                AddBody(template, "system", null, null, Pick(WickedIssues));
            }
        }

        private void AddPlaceBodies(PlaceRecord place, int index)
        {
            var board = AddBody(place.LocalAuthorityTier == "unitary" ? UnitaryPlaceBoard : TwoTierPlaceBoard, "place", place, null);
            bodies[^1] = board with { DecisionRights = rng.NextDouble() < 0.4 ? "decides" : "recommends" };
            foreach (var template in PlaceBodies)
            {
                AddBody(template, "place", place, null);
            }

            for (var k = 0; k < OptionalPlaceBodies.Length; k++)
            {
                if (k % places.Count == index || rng.NextDouble() < 0.5)
                {
                    AddBody(OptionalPlaceBodies[k].Key == "cabinet" ? Pick(PlaceCabinets) : OptionalPlaceBodies[k], "place", place, null);
                }
            }
        }

        private void AddNeighbourhoodBodies(NeighbourhoodRecord neighbourhood, PlaceRecord place, int index)
        {
            var collaborative = index == 0 || (index != 1 && rng.NextDouble() < 0.6);
            AddBody(NeighbourhoodBodies[collaborative ? 0 : 1], "neighbourhood", place, neighbourhood);
            for (var k = 2; k < NeighbourhoodBodies.Length; k++)
            {
                if (k == index || rng.NextDouble() < 0.2)
                {
                    AddBody(NeighbourhoodBodies[k], "neighbourhood", place, neighbourhood);
                }
            }
        }

        private BodyRecord AddBody(BodyTemplate template, string level, PlaceRecord? place, NeighbourhoodRecord? neighbourhood, string? issue = null)
        {
            var id = $"b{bodies.Count + 1}";
            var feedsInto = template.FeedsInto.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(target => Resolve(target, place)).ToList();
            var name = template.Name.Replace("{icb}", icb.Name).Replace("{short}", shortName).Replace("{region}", icb.Region)
                .Replace("{place}", place?.Name).Replace("{neighbourhood}", neighbourhood?.Name).Replace("{topic}", issue);
            var from = template.SpreadMonths == 0 ? template.From : Earlier(template.From.AddMonths(rng.Next(template.SpreadMonths + 1)), ReferenceDate.AddMonths(-6));
            var body = new BodyRecord(id, name, template.Kind, level, place?.Id, template.Topic, template.Rights, feedsInto)
            {
                NeighbourhoodId = neighbourhood?.Id,
                Cadence = template.Cadence,
                ActiveFrom = from,
                ActiveTo = template.ActiveTo,
            };
            bodies.Add(body);
            bodySeats.Add(template.ParsedSeats);
            bodyIds[Scoped(neighbourhood?.Id ?? (level == "place" ? place!.Id : level), template.Key)] = id;
            return body;
        }

        private string Resolve(string target, PlaceRecord? place)
        {
            foreach (var alternative in target.Split('|'))
            {
                var colon = alternative.IndexOf(':');
                var scope = alternative[..colon] == "place" ? place!.Id : alternative[..colon];
                if (bodyIds.TryGetValue(Scoped(scope, alternative[(colon + 1)..]), out var id))
                {
                    return id;
                }
            }

            throw new InvalidOperationException($"No body added so far answers \"{target}\"");
        }

        private string? BodyId(string scope, string key) => bodyIds.GetValueOrDefault(Scoped(scope, key));

        private static string Scoped(string scope, string key) => $"{scope}:{key}";
    }
}

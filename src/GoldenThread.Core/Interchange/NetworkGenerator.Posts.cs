using GoldenThread.Network;

namespace GoldenThread.Interchange;

public static partial class NetworkGenerator
{
    private static readonly string[] AnyClinician = ["medicine", "nursing", "ahp", "pharmacy"];

    private sealed partial class Builder
    {
        private readonly List<PostRecord> posts = [];

        private void AddPosts()
        {
            AddRegionPosts();
            AddSystemPosts();
            foreach (var place in places)
            {
                AddPlacePosts(place);
            }

            foreach (var neighbourhood in neighbourhoods)
            {
                var practice = practicesByNeighbourhood[neighbourhood.Id][0];
                AddPost($"Primary care network clinical director – {neighbourhood.Name}", "neighbourhood", neighbourhood.PlaceId,
                    ["medicine", "nursing", "pharmacy"], 2, practice,
                    Seated(neighbourhood.Id, "collaborative", "chair") ?? Hired("medicine/general-practice@gp|federation!mid~local", neighbourhood.PlaceId));
            }
        }

        private void AddRegionPosts()
        {
            AddPost($"{icb.Region} Cancer Alliance clinical director", "region", null, ["medicine", "nursing"], 4, Employers("acute")[0],
                Hired("medicine|nursing@acute!senior", null));
            AddPost($"{icb.Region} Clinical Senate council member", "region", null, AnyClinician, 1, icbEmployer,
                Seated("region", "senate", "member"));
        }

        private void AddSystemPosts()
        {
            var mentalHealth = Employers("mh")[0];
            AddPost("ICB chief medical officer", "system", null, ["medicine"], 10, icbEmployer, Seated("system", "clinical-executive", "chair"));
            AddPost("ICB chief nursing officer", "system", null, ["nursing"], 10, icbEmployer, Seated("system", "clinical-executive", "vice-chair"));
            AddPost("Chief allied health professions officer", "system", null, ["ahp"], 8, icbEmployer,
                Seated("system", "clinical-leadership-group", "vice-chair"));
            AddPost("ICB chief pharmacist", "system", null, ["pharmacy"], 6, icbEmployer, Hired("pharmacy@icb!senior", null));
            AddPost("Chief psychological professions officer", "system", null, ["psychology"], 4, mentalHealth, Hired("psychology@mh!senior", null));
            AddPost("Chief healthcare scientist", "system", null, ["healthcare-science"], 2, Employers("acute")[0],
                Hired("healthcare-science!senior", null));
            AddPost("Chief clinical information officer", "system", null, AnyClinician, 4, icbEmployer,
                rng.Next(2) == 0 ? null : Hired("medicine|nursing|ahp|pharmacy!senior", null));
            AddPost("Clinical and care forum chair", "system", null, AnyClinician, 2, icbEmployer, Seated("system", "clinical-senate", "chair"));
            AddPost("Mental health clinical lead", "system", null, ["medicine", "nursing", "psychology"], 4, mentalHealth,
                Seated("system", "mental-health-network", "chair"));
            AddPost("Children and young people clinical lead", "system", null, ["medicine", "nursing"], 3, icbEmployer,
                Seated("system", "cyp-board", "chair"));
            foreach (var cabinet in bodies.Where(b => b.Kind == "clinical-cabinet" && b.Level == "system"))
            {
                AddPost($"Clinical lead for {cabinet.Topic}", "system", null, AnyClinician, 2, icbEmployer,
                    Seated("system", $"cabinet-{cabinet.Topic}", "clinical-lead"));
            }
        }

        private void AddPlacePosts(PlaceRecord place)
        {
            var council = Employers(place.LocalAuthorityTier == "unitary" ? "unitary" : "county").First(e => e.PlaceId == place.Id);
            AddPost($"Place clinical director – {place.Name}", "place", place.Id, AnyClinician, 4, icbEmployer,
                Seated(place.Id, "place-board", "vice-chair"));
            AddPost($"Director of public health – {organisations.First(o => o.Id == council.Id).Name}", "place", place.Id,
                ["public-health", "medicine"], 10, council, Hired("public-health@unitary|county|ph!senior~local", place.Id));
            AddPost($"Principal social worker – {place.Name}", "place", place.Id, ["social-work"], 10, council,
                Hired("social-work@unitary|county!mid~local", place.Id));
            AddPost($"Place allied health professions lead – {place.Name}", "place", place.Id, ["ahp"], 2, Employers("community")[0],
                Hired("ahp!senior~place", place.Id));
        }

        /// <summary>A post, now and then vacant; a holder who may not hold it leaves it vacant too.</summary>
        private void AddPost(string title, string level, string? placeId, string[] professions, decimal sessions, Employer funder,
            (Worker Person, DateOnly Since)? holder)
        {
            if (holder is { } h && (!professions.Contains(h.Person.Record.Profession) || rng.NextDouble() < 0.1))
            {
                holder = null;
            }

            posts.Add(new PostRecord($"r{posts.Count + 1}", title, level, placeId, professions, sessions, funder.Id,
                holder?.Person.Record.Id, holder?.Since, rng.NextDouble() < 0.65, Successors(professions, placeId, holder?.Person)));
        }

        private (Worker, DateOnly)? Seated(string scope, string key, string role)
        {
            if (BodyId(scope, key) is not { } body || !currentOfficers.TryGetValue((body, role), out var seat))
            {
                return null;
            }

            return (workerById[seat.PersonId], seat.Start);
        }

        private (Worker, DateOnly)? Hired(string who, string? placeId)
        {
            var seat = Seat.Parse($"holder {who}");
            if (Find(seat, placeId, new HashSet<Worker>()) is not { } person)
            {
                return null;
            }

            var since = new DateOnly(2019, 4, 1).AddMonths(rng.Next(78));
            return (person, since);
        }

        private List<SuccessorRecord> Successors(string[] professions, string? placeId, Worker? holder)
        {
            var taken = new HashSet<Worker>();
            if (holder is not null)
            {
                taken.Add(holder);
            }

            var seat = new Seat("successor", "successor", 1, professions, null, null, "mid", placeId is null ? null : "place");
            var successors = new List<SuccessorRecord>();
            var count = rng.Next(3);
            while (successors.Count < count && Find(seat, placeId, taken) is { } person)
            {
                taken.Add(person);
                successors.Add(new SuccessorRecord(person.Record.Id, rng.Next(2) == 0 ? "ready-now" : "ready-1-2-years"));
            }

            return successors;
        }
    }
}

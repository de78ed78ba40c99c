using System.Globalization;
using GoldenThread.Interchange;

namespace GoldenThread.Network;

/// <summary>
/// The demo network: NHS Severn Vale (<c>QXV</c>), a fictional integrated care system with its places,
/// neighbourhoods, organisations, people, leadership bodies, memberships and posts. It is drawn from a
/// fixed seed, so every call returns the same document, and it leaves some representation gaps on purpose.
/// </summary>
public static partial class DemoNetwork
{
    public const string SystemCode = "QXV";

    private const int Seed = 20220701;
    private static readonly DateOnly IcsEra = new(2022, 7, 1);
    private static readonly DateOnly LastTurnover = new(2024, 7, 1);
    private static readonly DateOnly LatestStart = new(2026, 4, 1);
    private static readonly DateOnly LatestEnd = new(2025, 9, 30);

    private static readonly string[] SeniorityMix =
        ["early-career", "early-career", "middle", "middle", "middle", "middle", "middle", "senior", "senior", "senior"];

    private static readonly decimal[] FteMix = [1.0m, 1.0m, 1.0m, 1.0m, 0.8m, 0.8m, 0.6m, 0.5m, 0.4m];

    public static NetworkDocument Build() => new Builder(new Random(Seed)).Build();

    private static string? PlaceId(int place) => place == 0 ? null : $"p{place}";

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Slug(string name) => new string([.. name.Where(char.IsAsciiLetter)]).ToLowerInvariant();

    /// <summary>The demo's work address of someone: <c>first.last@domain</c>, letters only.</summary>
    public static string Email(string first, string last, string domain) => $"{Slug(first)}.{Slug(last)}@{domain}";

    private sealed class Builder(Random rng)
    {
        private readonly List<PlaceRecord> places = [];
        private readonly List<NeighbourhoodRecord> neighbourhoods = [];
        private readonly List<OrganisationRecord> organisations = [];
        private readonly List<(string Id, OrgSpec Spec)> employers = [];
        private readonly Dictionary<string, OrgSpec> employerById = [];
        private readonly List<PersonRecord> people = [];
        private readonly List<BodyRecord> bodies = [];
        private readonly Dictionary<string, string> bodyIds = [];
        private readonly Dictionary<string, (string[] Seats, int Place)> bodySeats = [];
        private readonly List<MembershipRecord> memberships = [];
        private readonly HashSet<(string Body, string Person)> seated = [];
        private readonly Dictionary<string, int> load = [];
        private readonly List<PostRecord> posts = [];

        private string IcbId => employers.First(e => e.Spec.Key == "icb").Id;

        public NetworkDocument Build()
        {
            AddPlaces();
            AddOrganisations();
            AddPeople();
            AddBodies();
            AddMemberships();
            AddReturningMember();
            AddPosts();
            return new NetworkDocument
            {
                System = new SystemRecord(SystemCode, SystemName, "South West", places.Sum(p => p.Population), [.. PriorityAreas]),
                Places = places,
                Neighbourhoods = neighbourhoods,
                Organisations = organisations,
                People = people,
                Bodies = bodies,
                Memberships = memberships,
                Posts = posts,
            };
        }

        private void AddPlaces()
        {
            for (var i = 0; i < Places.Length; i++)
            {
                places.Add(new PlaceRecord(PlaceId(i + 1)!, Places[i].Name, Places[i].Population, Places[i].Tier));
            }

            for (var i = 0; i < Neighbourhoods.Length; i++)
            {
                var spec = Neighbourhoods[i];
                neighbourhoods.Add(new NeighbourhoodRecord($"n{i + 1}", spec.Name, PlaceId(spec.Place)!, spec.Population));
            }
        }

        private void AddOrganisations()
        {
            for (var i = 0; i < Organisations.Length; i++)
            {
                var spec = Organisations[i];
                var id = $"o{i + 1}";
                employers.Add((id, spec));
                employerById[id] = spec;
                organisations.Add(new OrganisationRecord(id, spec.Name, spec.Ods, spec.Sector, PlaceId(spec.Place)));
            }
        }

        private void AddPeople()
        {
            var names = new HashSet<string>();
            foreach (var row in Workforce)
            {
                var candidates = row.Employers.Split('|').SelectMany(EmployerIds).ToList();
                var offset = rng.Next(candidates.Count);
                for (var i = 0; i < row.Count; i++)
                {
                    people.Add(NewPerson(row, candidates[(offset + i) % candidates.Count], UniqueName(names)));
                }
            }
        }

        private IEnumerable<string?> EmployerIds(string key) =>
            key == "none" ? [null] : employers.Where(e => e.Spec.Key == key).Select(e => (string?)e.Id);

        private PersonRecord NewPerson(WorkforceRow row, string? organisationId, (string First, string Last) name)
        {
            var employer = organisationId is null ? null : employerById[organisationId];
            var lay = row.Profession == "lay";
            var seniority = row.Seniority ?? (lay ? "middle" : Pick(SeniorityMix));
            var fte = lay ? 0.4m : seniority == "executive" ? 1.0m : Pick(FteMix);
            var publicHealth = row.Profession == "public-health" || row.Specialty == "public-health-medicine";
            var setting = employer is null ? "voluntary-community"
                : publicHealth && employer.Setting == "social-care" ? "public-health"
                : employer.Setting;
            var domain = employer?.Domain ?? "involvement.severnvale.example";
            return new PersonRecord($"u{people.Count + 1}", $"{name.First} {name.Last}", row.Profession, row.Specialty,
                setting, organisationId, seniority, fte, lay)
            {
                Email = DemoNetwork.Email(name.First, name.Last, domain),
            };
        }

        private (string First, string Last) UniqueName(HashSet<string> used)
        {
            while (true)
            {
                var (first, last) = (Pick(PersonNames.FirstNames), Pick(PersonNames.Surnames));
                if (used.Add($"{first} {last}"))
                {
                    return (first, last);
                }
            }
        }

        // A body may only feed into one added before it, so the feeds-into graph cannot have a cycle.
        private void AddBodies()
        {
            foreach (var spec in SystemBodies)
            {
                AddBody(spec, 0);
            }

            for (var place = 1; place <= Places.Length; place++)
            {
                AddBody(PlaceBoard(place), place);
            }

            for (var place = 1; place <= Places.Length; place++)
            {
                AddBody(WellbeingBoard(place), place);
            }

            foreach (var spec in NeighbourhoodBodies)
            {
                AddBody(spec, Neighbourhoods[spec.Neighbourhood - 1].Place);
            }
        }

        private void AddBody(BodySpec spec, int place)
        {
            var id = $"b{bodies.Count + 1}";
            var feedsInto = spec.FeedsInto.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(key => bodyIds[key]).ToList();
            bodies.Add(new BodyRecord(id, spec.Name, spec.Kind, spec.Level, PlaceId(place), spec.Topic, spec.Rights, feedsInto)
            {
                NeighbourhoodId = spec.Neighbourhood == 0 ? null : $"n{spec.Neighbourhood}",
                Cadence = spec.Cadence,
                ActiveFrom = Date(spec.ActiveFrom),
            });
            bodyIds[spec.Key] = id;
            bodySeats[id] = (spec.Seats, place);
        }

        private void AddMemberships()
        {
            foreach (var body in bodies)
            {
                var (seats, place) = bodySeats[body.Id];
                var opening = body.ActiveFrom > IcsEra ? body.ActiveFrom.Value : IcsEra;
                foreach (var seat in seats.Select(Seat.Parse))
                {
                    for (var i = 0; i < seat.Count; i++)
                    {
                        FillSeat(body, seat, PlaceId(place), opening);
                    }
                }
            }
        }

        // Officers are there from the first meeting; some members step down before the turnover cut-off
        // when someone else can take the seat the next day.
        private void FillSeat(BodyRecord body, Seat seat, string? placeId, DateOnly opening)
        {
            var founding = seat.Role is "chair" or "vice-chair" or "clinical-lead" or "secretariat" || rng.NextDouble() < 0.6;
            var start = founding ? opening : Earlier(opening.AddMonths(rng.Next(1, 19)), LatestStart);
            var person = Choose(body, seat, placeId)
                ?? throw new InvalidOperationException($"No one in the demo workforce fits \"{seat.Text}\" on {body.Name}");
            while (true)
            {
                seated.Add((body.Id, person.Id));
                var successor = start < LastTurnover && rng.NextDouble() < 0.15 ? Successor(body, seat, placeId) : null;
                DateOnly? end = successor is null ? null : Earlier(start.AddMonths(rng.Next(9, 25)).AddDays(-1), LatestEnd);
                AddMembership(person, body, seat.Role, start, end);
                if (successor is null)
                {
                    return;
                }

                (person, start) = (successor, end!.Value.AddDays(1));
            }
        }

        private PersonRecord? Choose(BodyRecord body, Seat seat, string? placeId) => Candidates(body, seat, placeId).FirstOrDefault();

        // Turnover only where the pool is deep enough that later seats of the same kind can still be filled.
        private PersonRecord? Successor(BodyRecord body, Seat seat, string? placeId) =>
            Candidates(body, seat, placeId) is { Count: >= 3 } candidates ? candidates[0] : null;

        // Least busy first, so that seats spread across the workforce.
        private List<PersonRecord> Candidates(BodyRecord body, Seat seat, string? placeId) =>
            people.Where(p => !seated.Contains((body.Id, p.Id)) && Fits(p, seat, placeId))
                .Select(p => (Person: p, Tiebreak: rng.Next()))
                .OrderBy(c => load.GetValueOrDefault(c.Person.Id))
                .ThenBy(c => c.Tiebreak)
                .Select(c => c.Person)
                .ToList();

        private bool Fits(PersonRecord person, Seat seat, string? placeId)
        {
            var employer = person.OrganisationId is null ? null : employerById[person.OrganisationId];
            return seat.Professions.Contains(person.Profession)
                && (seat.Specialties is null || seat.Specialties.Contains(person.Specialty ?? ""))
                && (seat.Employers is null || seat.Employers.Contains(employer?.Key ?? "none"))
                && seat.AdmitsRank(person.Seniority)
                && InScope(person, seat.Scope, placeId);
        }

        private bool InScope(PersonRecord person, string? scope, string? placeId)
        {
            var employerPlace = person.OrganisationId is null ? null : PlaceId(employerById[person.OrganisationId].Place);
            return scope switch
            {
                "local" => employerPlace == placeId,
                "place" => employerPlace is null || employerPlace == placeId,
                _ => true,
            };
        }

        private void AddMembership(PersonRecord person, BodyRecord body, string role, DateOnly start, DateOnly? end)
        {
            seated.Add((body.Id, person.Id));
            load[person.Id] = load.GetValueOrDefault(person.Id) + 1;
            memberships.Add(new MembershipRecord(person.Id, body.Id, role, MembershipTerms.Capacity(person, role), start, end,
                MembershipTerms.HoursPerMonth(role, rng), FundedBy(person, role, body)));
        }

        private string? FundedBy(PersonRecord person, string role, BodyRecord body)
        {
            // Nurses on neighbourhood groups come on goodwill: time the leadership-time rule should flag.
            if (body.Level == "neighbourhood" && role == "member" && person.Profession == "nursing") return null;
            var icbFunds = person.OrganisationId is null || person.Lay || role == "clinical-lead"
                || (body.Level == "system" && rng.NextDouble() < 0.25);
            return icbFunds ? IcbId : person.OrganisationId;
        }

        // One member stepped down and came back a year later: two separate periods on the same body.
        private void AddReturningMember()
        {
            var left = memberships.First(m => m.Role == "member" && m.End < new DateOnly(2024, 10, 1));
            var back = left.End!.Value.AddMonths(12);
            memberships.Add(left with { Start = new DateOnly(back.Year, back.Month, 1), End = null, HoursPerMonth = MembershipTerms.HoursPerMonth("member", rng) });
        }

        private void AddPosts()
        {
            foreach (var spec in Posts)
            {
                var professions = spec.Professions.Split(' ');
                var (holder, since) = Holder(spec);
                posts.Add(new PostRecord($"r{posts.Count + 1}", spec.Title, spec.Level, PlaceId(spec.Place), professions,
                    spec.Sessions, Funder(spec), holder?.Id, since, spec.Advertised, Successors(professions, spec.Place, holder)));
            }
        }

        private (PersonRecord? Holder, DateOnly? Since) Holder(PostSpec spec)
        {
            if (spec.Holder is null)
            {
                return (null, null);
            }

            if (spec.Holder.StartsWith('='))
            {
                var slash = spec.Holder.IndexOf('/');
                var body = bodyIds[spec.Holder[1..slash]];
                var role = spec.Holder[(slash + 1)..];
                var seat = memberships.First(m => m.BodyId == body && m.Role == role && m.End is null);
                return (people.First(p => p.Id == seat.PersonId), seat.Start);
            }

            var who = Seat.Parse($"holder {spec.Holder}");
            var holder = people.FirstOrDefault(p => Fits(p, who, PlaceId(spec.Place)))
                ?? throw new InvalidOperationException($"No one in the demo workforce fits \"{spec.Holder}\" for {spec.Title}");
            return (holder, Date(spec.Since!));
        }

        private string Funder(PostSpec spec) =>
            employers.First(e => e.Spec.Key == spec.Funder && (e.Spec.Place == 0 || e.Spec.Place == spec.Place)).Id;

        private List<SuccessorRecord> Successors(string[] professions, int place, PersonRecord? holder)
        {
            var count = rng.Next(3);
            return people
                .Where(p => p != holder && professions.Contains(p.Profession) && p.Seniority is "middle" or "senior")
                .Where(p => place == 0 || InScope(p, "place", PlaceId(place)))
                .Select(p => (Person: p, Order: rng.Next()))
                .OrderBy(c => c.Order)
                .Take(count)
                .Select(c => new SuccessorRecord(c.Person.Id, rng.Next(2) == 0 ? "ready-now" : "ready-1-2-years"))
                .ToList();
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];
    }
}

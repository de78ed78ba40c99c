using System.Text.RegularExpressions;
using GoldenThread.Network;

namespace GoldenThread.Interchange;

/// <summary>One problem in a network file, at a JSON path such as <c>$.memberships[12].bodyId</c>.</summary>
public sealed record NetworkError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Checks a <c>goldenthread/network/v1</c> document before anything is imported (DESIGN.md "Interchange file"):
/// unknown vocabulary values, dangling and duplicate ids, cycles in <c>feedsInto</c> and periods that end before
/// they start are errors naming the JSON path. Ids are local to the file and unique within each list.
/// </summary>
public static partial class NetworkValidator
{
    [GeneratedRegex("^[A-Z0-9]{3,5}$")] private static partial Regex SystemCode();
    [GeneratedRegex("^[A-Z0-9]{3,9}$")] private static partial Regex OdsCode();

    public static IReadOnlyList<NetworkError> Validate(NetworkDocument document, Vocabularies vocabularies)
    {
        var check = new Checker(vocabularies);
        if (document.Schema != NetworkDocument.SchemaId)
            check.Error("$.schema", $"must be \"{NetworkDocument.SchemaId}\", not \"{document.Schema}\"");
        CheckSystem(check, document.System);
        var places = check.Ids("places", document.Places, p => p.Id);
        var neighbourhoods = check.Ids("neighbourhoods", document.Neighbourhoods, n => n.Id);
        var organisations = check.Ids("organisations", document.Organisations, o => o.Id);
        var people = check.Ids("people", document.People, p => p.Id);
        var bodies = check.Ids("bodies", document.Bodies, b => b.Id);
        check.Ids("posts", document.Posts, p => p.Id);

        check.Each("places", document.Places, (at, p) =>
        {
            check.Text(at + ".name", p.Name);
            check.AtLeastZero(at + ".population", p.Population);
            check.OneOf(at + ".localAuthorityTier", p.LocalAuthorityTier, vocabularies.LocalAuthorityTiers);
        });
        check.Each("neighbourhoods", document.Neighbourhoods, (at, n) =>
        {
            check.Text(at + ".name", n.Name);
            check.Refers(at + ".placeId", n.PlaceId, places, "place");
        });
        check.Each("organisations", document.Organisations, (at, o) =>
        {
            check.Text(at + ".name", o.Name);
            if (o.OdsCode is not null && !OdsCode().IsMatch(o.OdsCode))
                check.Error(at + ".odsCode", $"\"{o.OdsCode}\" is not an ODS code (3 to 9 capital letters and digits)");
            check.OneOf(at + ".sector", o.Sector, vocabularies.Sectors.Select(s => s.Code));
            check.RefersIfSet(at + ".placeId", o.PlaceId, places, "place");
        });
        check.Each("people", document.People, (at, p) => CheckPerson(check, at, p, organisations));
        check.Each("bodies", document.Bodies, (at, b) => CheckBody(check, at, b, places, neighbourhoods, bodies));
        CheckFeedsIntoIsAcyclic(check, document.Bodies);
        check.Each("memberships", document.Memberships, (at, m) =>
        {
            check.Refers(at + ".personId", m.PersonId, people, "person");
            check.Refers(at + ".bodyId", m.BodyId, bodies, "body");
            check.OneOf(at + ".role", m.Role, vocabularies.MembershipRoles);
            check.OneOf(at + ".capacity", m.Capacity, vocabularies.Capacities);
            if (m.End < m.Start) check.Error(at + ".end", $"{m.End:yyyy-MM-dd} is before the start, {m.Start:yyyy-MM-dd}");
            check.AtLeastZero(at + ".hoursPerMonth", m.HoursPerMonth);
            check.RefersIfSet(at + ".fundedByOrganisationId", m.FundedByOrganisationId, organisations, "organisation");
        });
        check.Each("posts", document.Posts, (at, p) => CheckPost(check, at, p, places, organisations, people));
        return check.Errors;
    }

    private static void CheckSystem(Checker check, SystemRecord? system)
    {
        if (system is null)
        {
            check.Error("$.system", "is missing");
            return;
        }
        if (system.Code is null || !SystemCode().IsMatch(system.Code))
            check.Error("$.system.code", $"\"{system.Code}\" is not an ICB ODS code (3 to 5 capital letters and digits, like QXV)");
        check.Text("$.system.name", system.Name);
        check.Text("$.system.region", system.Region);
        check.AtLeastZero("$.system.population", system.Population);
    }

    private static void CheckPerson(Checker check, string at, PersonRecord p, HashSet<string> organisations)
    {
        check.Text(at + ".name", p.Name);
        var profession = check.Vocabularies.Professions.FirstOrDefault(x => x.Code == p.Profession);
        check.OneOf(at + ".profession", p.Profession, check.Vocabularies.Professions.Select(x => x.Code));
        if (p.Specialty is not null && profession is not null && !(profession.Specialties ?? []).Contains(p.Specialty))
            check.Error(at + ".specialty", $"\"{p.Specialty}\" is not a specialty of {p.Profession}");
        check.OneOf(at + ".setting", p.Setting, check.Vocabularies.Settings);
        check.OneOf(at + ".seniority", p.Seniority, check.Vocabularies.Seniority);
        check.RefersIfSet(at + ".organisationId", p.OrganisationId, organisations, "organisation");
        if (p.Fte is <= 0 or > 1) check.Error(at + ".fte", $"{p.Fte} is not a whole-time equivalent (more than 0, at most 1)");
    }

    private static void CheckBody(Checker check, string at, BodyRecord b, HashSet<string> places, HashSet<string> neighbourhoods, HashSet<string> bodies)
    {
        check.Text(at + ".name", b.Name);
        check.OneOf(at + ".kind", b.Kind, check.Vocabularies.BodyKinds.Select(k => k.Code));
        check.OneOf(at + ".level", b.Level, check.Vocabularies.Levels);
        check.OneOf(at + ".decisionRights", b.DecisionRights, check.Vocabularies.DecisionRights);
        check.RefersIfSet(at + ".placeId", b.PlaceId, places, "place");
        check.RefersIfSet(at + ".neighbourhoodId", b.NeighbourhoodId, neighbourhoods, "neighbourhood");
        if (b.ActiveTo < b.ActiveFrom) check.Error(at + ".activeTo", $"{b.ActiveTo:yyyy-MM-dd} is before activeFrom, {b.ActiveFrom:yyyy-MM-dd}");
        for (var i = 0; i < (b.FeedsInto ?? []).Count; i++)
        {
            if (b.FeedsInto![i] == b.Id) check.Error($"{at}.feedsInto[{i}]", $"body {b.Id} cannot feed into itself");
            else check.Refers($"{at}.feedsInto[{i}]", b.FeedsInto[i], bodies, "body");
        }
    }

    private static void CheckPost(Checker check, string at, PostRecord p, HashSet<string> places, HashSet<string> organisations, HashSet<string> people)
    {
        check.Text(at + ".title", p.Title);
        check.OneOf(at + ".level", p.Level, check.Vocabularies.Levels);
        check.RefersIfSet(at + ".placeId", p.PlaceId, places, "place");
        for (var i = 0; i < (p.Professions ?? []).Count; i++)
            check.OneOf($"{at}.professions[{i}]", p.Professions![i], check.Vocabularies.Professions.Select(x => x.Code));
        if (p.SessionsPerWeek is < 0 or > 10) check.Error(at + ".sessionsPerWeek", $"{p.SessionsPerWeek} is not between 0 and 10 sessions a week");
        check.RefersIfSet(at + ".fundedByOrganisationId", p.FundedByOrganisationId, organisations, "organisation");
        check.RefersIfSet(at + ".holderPersonId", p.HolderPersonId, people, "person");
        for (var i = 0; i < (p.Successors ?? []).Count; i++)
        {
            var successor = p.Successors![i];
            check.Refers($"{at}.successors[{i}].personId", successor.PersonId, people, "person");
            check.OneOf($"{at}.successors[{i}].readiness", successor.Readiness, check.Vocabularies.SuccessorReadiness);
            if (successor.PersonId == p.HolderPersonId) check.Error($"{at}.successors[{i}].personId", "the holder cannot be their own successor");
        }
    }

    /// <summary>Depth-first search over feeds-into edges; the edge that closes a cycle is the one named.</summary>
    private static void CheckFeedsIntoIsAcyclic(Checker check, IReadOnlyList<BodyRecord> bodies)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < bodies.Count; i++) index.TryAdd(bodies[i].Id ?? "", i);
        var state = new int[bodies.Count]; // 0 unseen, 1 on the current path, 2 done
        var path = new List<int>();

        bool Visit(int body)
        {
            state[body] = 1;
            path.Add(body);
            var targets = bodies[body].FeedsInto ?? [];
            for (var j = 0; j < targets.Count; j++)
            {
                if (!index.TryGetValue(targets[j], out var next) || next == body) continue;
                if (state[next] == 1)
                {
                    var cycle = path.Skip(path.IndexOf(next)).Append(next).Select(b => bodies[b].Id);
                    check.Error($"$.bodies[{body}].feedsInto[{j}]", $"feedsInto makes a cycle: {string.Join(" → ", cycle)}");
                    return true;
                }
                if (state[next] == 0 && Visit(next)) return true;
            }
            path.RemoveAt(path.Count - 1);
            state[body] = 2;
            return false;
        }

        for (var i = 0; i < bodies.Count; i++)
            if (state[i] == 0 && Visit(i)) return;
    }

    private sealed class Checker(Vocabularies vocabularies)
    {
        public Vocabularies Vocabularies { get; } = vocabularies;
        public List<NetworkError> Errors { get; } = [];

        public void Error(string path, string message) => Errors.Add(new NetworkError(path, message));

        public HashSet<string> Ids<T>(string list, IReadOnlyList<T>? items, Func<T, string?> id)
        {
            var seen = new HashSet<string>();
            for (var i = 0; i < (items ?? []).Count; i++)
            {
                var value = id(items![i]);
                if (string.IsNullOrWhiteSpace(value)) Error($"$.{list}[{i}].id", "is missing");
                else if (!seen.Add(value)) Error($"$.{list}[{i}].id", $"\"{value}\" is used by an earlier entry of {list}");
            }
            return seen;
        }

        public void Each<T>(string list, IReadOnlyList<T>? items, Action<string, T> check)
        {
            for (var i = 0; i < (items ?? []).Count; i++) check($"$.{list}[{i}]", items![i]);
        }

        public void Text(string path, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) Error(path, "is missing");
        }

        public void AtLeastZero(string path, decimal value)
        {
            if (value < 0) Error(path, $"{value} is less than 0");
        }

        public void OneOf(string path, string? value, IEnumerable<string> allowed)
        {
            var codes = allowed.ToList();
            if (value is null || !codes.Contains(value))
                Error(path, value is null ? "is missing" : $"\"{value}\" is not one of: {string.Join(", ", codes)}");
        }

        public void Refers(string path, string? id, HashSet<string> ids, string what)
        {
            if (id is null || !ids.Contains(id)) Error(path, id is null ? "is missing" : $"no {what} has the id \"{id}\"");
        }

        public void RefersIfSet(string path, string? id, HashSet<string> ids, string what)
        {
            if (id is not null) Refers(path, id, ids, what);
        }
    }
}

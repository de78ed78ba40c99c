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
            check.Fields(at, RegisterRules.Place(new PlaceFields(p.Name, p.Population, p.LocalAuthorityTier), vocabularies)));
        check.Each("neighbourhoods", document.Neighbourhoods, (at, n) =>
        {
            check.Fields(at, RegisterRules.Neighbourhood(new NeighbourhoodFields(n.Name, n.Population)));
            check.Refers(at + ".placeId", n.PlaceId, places, "place");
        });
        check.Each("organisations", document.Organisations, (at, o) =>
        {
            check.Fields(at, RegisterRules.Organisation(new OrganisationFields(o.Name, o.OdsCode, o.Sector), vocabularies));
            check.RefersIfSet(at + ".placeId", o.PlaceId, places, "place");
        });
        check.Each("people", document.People, (at, p) =>
        {
            check.Fields(at, RegisterRules.Person(new PersonFields(p.Name, p.Email, p.Profession, p.Specialty, p.Setting, p.Seniority, p.Fte), vocabularies));
            check.RefersIfSet(at + ".organisationId", p.OrganisationId, organisations, "organisation");
        });
        check.Each("bodies", document.Bodies, (at, b) => CheckBody(check, at, b, places, neighbourhoods, bodies));
        CheckFeedsIntoIsAcyclic(check, document.Bodies);
        check.Each("memberships", document.Memberships, (at, m) =>
        {
            check.Refers(at + ".personId", m.PersonId, people, "person");
            check.Refers(at + ".bodyId", m.BodyId, bodies, "body");
            check.Fields(at, RegisterRules.Membership(new MembershipFields(m.Role, m.Capacity, m.Start, m.End, m.HoursPerMonth), vocabularies));
            check.RefersIfSet(at + ".fundedByOrganisationId", m.FundedByOrganisationId, organisations, "organisation");
        });
        var professions = document.People.Where(p => p.Id is not null).GroupBy(p => p.Id!).ToDictionary(g => g.Key, g => g.First().Profession);
        check.Each("posts", document.Posts, (at, p) => CheckPost(check, at, p, places, organisations, people, professions));
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

    private static void CheckBody(Checker check, string at, BodyRecord b, HashSet<string> places, HashSet<string> neighbourhoods, HashSet<string> bodies)
    {
        check.Fields(at, RegisterRules.Body(
            new BodyFields(b.Name, b.Kind, b.Level, b.Topic, b.DecisionRights, b.Cadence, b.ActiveFrom, b.ActiveTo), check.Vocabularies));
        check.RefersIfSet(at + ".placeId", b.PlaceId, places, "place");
        check.RefersIfSet(at + ".neighbourhoodId", b.NeighbourhoodId, neighbourhoods, "neighbourhood");
        for (var i = 0; i < (b.FeedsInto ?? []).Count; i++)
        {
            if (b.FeedsInto![i] == b.Id) check.Error($"{at}.feedsInto[{i}]", $"body {b.Id} cannot feed into itself");
            else if (b.FeedsInto.Take(i).Contains(b.FeedsInto[i])) check.Error($"{at}.feedsInto[{i}]", $"body {b.FeedsInto[i]} is already listed");
            else check.Refers($"{at}.feedsInto[{i}]", b.FeedsInto[i], bodies, "body");
        }
    }

    private static void CheckPost(Checker check, string at, PostRecord p, HashSet<string> places, HashSet<string> organisations, HashSet<string> people,
        Dictionary<string, string> professions)
    {
        var successors = p.Successors ?? [];
        check.Fields(at, RegisterRules.Post(new PostFields(p.Title, p.Level, p.Professions ?? [], p.SessionsPerWeek, p.HolderPersonId,
            [.. successors.Select(s => new SuccessorFields(s.PersonId, s.Readiness))],
            p.HolderPersonId is null ? null : professions.GetValueOrDefault(p.HolderPersonId)), check.Vocabularies));
        check.RefersIfSet(at + ".placeId", p.PlaceId, places, "place");
        check.RefersIfSet(at + ".fundedByOrganisationId", p.FundedByOrganisationId, organisations, "organisation");
        check.RefersIfSet(at + ".holderPersonId", p.HolderPersonId, people, "person");
        for (var i = 0; i < successors.Count; i++)
            check.Refers($"{at}.successors[{i}].personId", successors[i].PersonId, people, "person");
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

        /// <summary>The shared field rules' errors, at their JSON paths under <paramref name="at"/>.</summary>
        public void Fields(string at, IEnumerable<FieldError> errors)
        {
            foreach (var error in errors) Error($"{at}.{error.Field}", error.Message);
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

using System.Text.Json;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>
/// Reads and writes <c>REGISTRANTS.json</c>, people who registered alone for action learning sets:
/// <c>{"registrants":[{"id","name","systemCode","organisationId","sector","profession","seniority"}]}</c>. Every
/// problem names its JSON path: malformed JSON (with line and position), fields unknown or given twice, required ones
/// left out or empty (all but <c>name</c>), a sector, profession or seniority that is not a code of the vocabularies,
/// and ids used twice. A system code is an ICB's ODS code and is read in capitals (<c>qxx</c> is <c>QXX</c>); a null
/// field is the same as one left out.
/// </summary>
public static class RegistrantsFile
{
    public static readonly IReadOnlyList<string> Fields = ["registrants"];

    public static readonly IReadOnlyList<string> RegistrantFields =
        ["id", "name", "systemCode", "organisationId", "sector", "profession", "seniority"];

    /// <summary>The registrants in the file's order, or what is wrong (null whenever there are problems).</summary>
    public sealed record Reading(IReadOnlyList<Registrant>? Registrants, IReadOnlyList<DevelopmentProblem> Problems);

    private sealed record Codes(IReadOnlySet<string> Sectors, IReadOnlySet<string> Professions, IReadOnlySet<string> Seniority);

    public static Reading Read(string json, Vocabularies? vocabularies = null) =>
        JsonFields.Parse(json, root => Registrants(root, vocabularies ?? Vocabularies.Default),
            malformed => new Reading(null, [new DevelopmentProblem("$", malformed)]));

    private static Reading Registrants(JsonElement root, Vocabularies vocabularies)
    {
        var problems = new List<DevelopmentProblem>();
        void Problem(string where, string message) => problems.Add(new(where, message));
        if (JsonFields.Of(root, "", "the registrants file", Fields, Problem) is not { } fields) return new Reading(null, problems);

        var codes = new Codes(
            vocabularies.Sectors.Select(s => s.Code).ToHashSet(StringComparer.Ordinal),
            vocabularies.Professions.Select(p => p.Code).ToHashSet(StringComparer.Ordinal),
            vocabularies.Seniority.ToHashSet(StringComparer.Ordinal));
        var read = fields.List("registrants", (e, p) => Registrant(e, p, codes, Problem), required: true);
        if (read is null || problems.Count > 0) return new Reading(null, problems);

        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < read.Count; i++)
            if (!firstAt.TryAdd(read[i].Id, i))
                Problem($"registrants[{i}].id", $"“{read[i].Id}” is already the id of registrants[{firstAt[read[i].Id]}]");
        return problems.Count > 0 ? new Reading(null, problems) : new Reading(read, []);
    }

    private static Registrant? Registrant(JsonElement element, string path, Codes codes, Action<string, string> problem)
    {
        if (JsonFields.Of(element, path, "a registrant", RegistrantFields, problem) is not { } fields) return null;
        var id = fields.Identifier("id");
        var name = fields.Text("name");
        var system = fields.Identifier("systemCode");
        var organisation = fields.Identifier("organisationId");
        var sector = fields.Code("sector", codes.Sectors, "sector");
        var profession = fields.Code("profession", codes.Professions, "profession");
        var seniority = fields.Code("seniority", codes.Seniority, "seniority");
        if (id is null || name is null || system is null || organisation is null || sector is null || profession is null || seniority is null)
            return null;
        return new Registrant(id, name.Length == 0 ? null : name, system.ToUpperInvariant(), organisation, sector, profession, seniority);
    }

    /// <summary>Writes <paramref name="registrants"/> as <c>REGISTRANTS.json</c>, which <see cref="Read"/> reads back.</summary>
    public static string Write(IEnumerable<Registrant> registrants) => JsonSerializer.Serialize(new
    {
        registrants = registrants.Select(r => new
        {
            id = r.Id, name = r.Name, systemCode = r.SystemCode, organisationId = r.OrganisationId, sector = r.Sector,
            profession = r.Profession, seniority = r.Seniority,
        }),
    }, JsonFields.Written);
}

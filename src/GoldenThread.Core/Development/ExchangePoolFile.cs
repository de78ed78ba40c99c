using System.Text.Json;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>What is wrong with a development input file, at a JSON path (<c>participants[3].setting</c>).</summary>
public sealed record DevelopmentProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>
/// Reads and writes matching.md's <c>POOL.json</c>: <c>{"participants":[{"id","name","profession","setting",
/// "organisationId","placeId","availability":["2026-12-02-am",…],"avoid":[…]}]}</c>. Every problem names its JSON path:
/// malformed JSON (with line and position), fields unknown or given twice, required ones left out (<c>id</c>,
/// <c>profession</c>, <c>setting</c>, <c>organisationId</c>, <c>availability</c>), a profession or setting that is not
/// a code of the vocabularies, a half-day that is not a real date with -am or -pm or is listed twice, ids used twice,
/// and an <c>avoid</c> naming nobody in the pool or the participant themselves. <c>name</c>, <c>placeId</c> and
/// <c>avoid</c> may be left out; a null field is the same as one left out.
/// </summary>
public static class ExchangePoolFile
{
    public static readonly IReadOnlyList<string> Fields = ["participants"];

    public static readonly IReadOnlyList<string> ParticipantFields =
        ["id", "name", "profession", "setting", "organisationId", "placeId", "availability", "avoid"];

    /// <summary>The participants in the file's order, or what is wrong (null whenever there are problems).</summary>
    public sealed record Reading(IReadOnlyList<ExchangeParticipant>? Participants, IReadOnlyList<DevelopmentProblem> Problems);

    public static Reading Read(string json, Vocabularies? vocabularies = null) =>
        JsonFields.Parse(json, root => Pool(root, vocabularies ?? Vocabularies.Default),
            malformed => new Reading(null, [new DevelopmentProblem("$", malformed)]));

    private static Reading Pool(JsonElement root, Vocabularies vocabularies)
    {
        var problems = new List<DevelopmentProblem>();
        void Problem(string where, string message) => problems.Add(new(where, message));
        if (JsonFields.Of(root, "", "the pool file", Fields, Problem) is not { } fields) return new Reading(null, problems);

        var professions = vocabularies.Professions.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var settings = vocabularies.Settings.ToHashSet(StringComparer.Ordinal);
        var read = fields.List("participants", (e, p) => Participant(e, p, professions, settings, Problem), required: true);
        if (read is null || problems.Count > 0) return new Reading(null, problems);

        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < read.Count; i++)
            if (!firstAt.TryAdd(read[i].Id, i))
                Problem($"participants[{i}].id", $"“{read[i].Id}” is already the id of participants[{firstAt[read[i].Id]}]");
        for (var i = 0; i < read.Count; i++)
            for (var k = 0; k < read[i].Avoid.Count; k++)
            {
                var other = read[i].Avoid[k];
                if (other == read[i].Id) Problem($"participants[{i}].avoid[{k}]", "names the participant themselves");
                else if (!firstAt.ContainsKey(other)) Problem($"participants[{i}].avoid[{k}]", $"“{other}” is not the id of anyone in the pool");
            }
        return problems.Count > 0 ? new Reading(null, problems) : new Reading(read, []);
    }

    private static ExchangeParticipant? Participant(JsonElement element, string path, HashSet<string> professions, HashSet<string> settings,
        Action<string, string> problem)
    {
        if (JsonFields.Of(element, path, "a participant", ParticipantFields, problem) is not { } fields) return null;
        var id = fields.Identifier("id");
        var name = fields.Text("name");
        var profession = fields.Code("profession", professions, "profession");
        var setting = fields.Code("setting", settings, "setting");
        var organisation = fields.Identifier("organisationId");
        var place = fields.Text("placeId");
        var availability = Availability(fields, problem);
        var avoid = fields.List("avoid", (e, p) => Text(e, p, problem));
        if (id is null || name is null || profession is null || setting is null || organisation is null
            || place is null || availability is null || avoid is null)
            return null;
        return new ExchangeParticipant
        {
            Id = id, Name = name, Profession = profession, Setting = setting, OrganisationId = organisation,
            PlaceId = place.Length == 0 ? null : place, Availability = availability, Avoid = avoid,
        };
    }

    private static List<ExchangeSlot>? Availability(JsonFields fields, Action<string, string> problem)
    {
        var texts = fields.List("availability", (e, p) => Text(e, p, problem), required: true);
        if (texts is null || texts.Count != fields.Required("availability")!.Value.GetArrayLength()) return null;
        var slots = new List<ExchangeSlot>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var where = $"{fields.PathOf("availability")}[{i}]";
            if (ExchangeSlot.Parse(texts[i]) is not { } slot)
                problem(where, $"“{texts[i]}” is not a half-day written yyyy-mm-dd-am or yyyy-mm-dd-pm");
            else if (slots.Contains(slot))
                problem(where, $"{slot} is listed twice");
            else
                slots.Add(slot);
        }
        return slots.Count == texts.Count ? slots : null;
    }

    private static string? Text(JsonElement element, string path, Action<string, string> problem)
    {
        if (element.ValueKind == JsonValueKind.String) return element.GetString();
        problem(path, $"must be text (a JSON string), found {JsonFields.Quoted(element)}");
        return null;
    }

    /// <summary>Writes <paramref name="participants"/> as <c>POOL.json</c>, which <see cref="Read"/> reads back.</summary>
    public static string Write(IEnumerable<ExchangeParticipant> participants) => JsonSerializer.Serialize(new
    {
        participants = participants.Select(p => new
        {
            id = p.Id, name = p.Name, profession = p.Profession, setting = p.Setting, organisationId = p.OrganisationId,
            placeId = p.PlaceId, availability = p.Availability.Select(s => s.ToString()), avoid = p.Avoid,
        }),
    }, JsonFields.Written);
}

using System.Text.Json;
using GoldenThread.Network;

namespace GoldenThread.Representation;

/// <summary>
/// The representation rules as data (<c>Reference/representation-rules.json</c>): which rules run, with what
/// severity and parameters, and the reason each gives. An ICS adapts a copy of the file; <see cref="Parse"/> checks it
/// against the rules the engine knows and names the JSON path of anything wrong.
/// </summary>
public sealed class RuleCatalogue
{
    public required IReadOnlyList<RuleDefinition> Rules { get; init; }
    public required IReadOnlyList<string> TopLevelKinds { get; init; }
    public int CandidatesPerGap { get; init; } = 5;

    private static readonly Lazy<RuleCatalogue> Embedded = new(() =>
    {
        using var reader = new StreamReader(ReferenceData.Open("representation-rules.json"));
        var (catalogue, errors) = Parse(reader.ReadToEnd());
        return catalogue ?? throw new InvalidDataException($"representation-rules.json: {errors[0]}");
    });

    /// <summary>The catalogue shipped with GoldenThread.</summary>
    public static RuleCatalogue Default => Embedded.Value;

    public RuleDefinition? Find(string id) => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>The same catalogue with one rule switched on or off.</summary>
    public RuleCatalogue Switch(string id, bool enabled) => new()
    {
        Rules = [.. Rules.Select(r => r.Id == id ? r with { Enabled = enabled } : r)],
        TopLevelKinds = TopLevelKinds,
        CandidatesPerGap = CandidatesPerGap,
    };

    public static (RuleCatalogue? Catalogue, IReadOnlyList<string> Errors) Parse(string json)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException e) { return (null, [$"the rules file is not valid JSON: {e.Message}"]); }
        using (document) return new CatalogueReader().Read(document.RootElement);
    }

    private sealed class CatalogueReader
    {
        private readonly List<string> errors = [];
        private readonly IReadOnlySet<string> bodyKinds = Vocabularies.Default.BodyKinds.Select(k => k.Code).ToHashSet();

        public (RuleCatalogue?, IReadOnlyList<string>) Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object) return (null, ["the rules file must be a JSON object"]);
            var topLevelKinds = Kinds(root, "topLevelKinds", "topLevelKinds") ?? [];
            var candidates = 5;
            if (root.TryGetProperty("candidatesPerGap", out var count))
                candidates = Count(count, "candidatesPerGap", max: 50) ?? candidates;
            var rules = new List<RuleDefinition>();
            if (!root.TryGetProperty("rules", out var list) || list.ValueKind != JsonValueKind.Array)
                errors.Add("rules: a list of rules is required");
            else
                foreach (var (element, i) in list.EnumerateArray().Select((e, i) => (e, i)))
                    if (Rule(element, $"rules[{i}]") is { } rule)
                        if (rules.Any(r => r.Id == rule.Id)) errors.Add($"rules[{i}].id: {rule.Id} is listed twice");
                        else rules.Add(rule);
            return errors.Count > 0
                ? (null, errors)
                : (new RuleCatalogue { Rules = rules, TopLevelKinds = topLevelKinds, CandidatesPerGap = candidates }, []);
        }

        private RuleDefinition? Rule(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object) { errors.Add($"{path}: must be an object"); return null; }
            var id = Text(element, "id", path);
            if (id is null) return null;
            var rule = RepresentationEngine.Rules.FirstOrDefault(r => r.Id == id);
            if (rule is null) { errors.Add($"{path}.id: {id} is not a rule GoldenThread knows"); return null; }
            var severityCode = Text(element, "severity", path);
            var severity = SeverityCodes.Parse(severityCode);
            if (severityCode is not null && severity is null) errors.Add($"{path}.severity: must be gap or warning");
            var enabled = !element.TryGetProperty("enabled", out var on) || on.ValueKind != JsonValueKind.False;
            if (element.TryGetProperty("enabled", out on) && on.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                errors.Add($"{path}.enabled: must be true or false");
            var parameters = Parameters(element, rule, $"{path}.parameters");
            var (title, check, reason) = (Text(element, "title", path), Text(element, "check", path), Text(element, "reason", path));
            if (severity is null || title is null || check is null || reason is null || parameters is null) return null;
            return new RuleDefinition(id, severity.Value, enabled, title, check, reason, parameters);
        }

        private RuleParameters? Parameters(JsonElement element, RepresentationRule rule, string path)
        {
            var values = new Dictionary<string, object>(rule.Defaults);
            if (!element.TryGetProperty("parameters", out var given)) return new RuleParameters(values);
            if (given.ValueKind != JsonValueKind.Object) { errors.Add($"{path}: must be an object"); return null; }
            var before = errors.Count;
            foreach (var property in given.EnumerateObject())
            {
                var at = $"{path}.{property.Name}";
                switch (rule.Defaults.GetValueOrDefault(property.Name))
                {
                    case null: errors.Add($"{at}: {rule.Id} has no parameter {property.Name}"); break;
                    case int: if (Count(property.Value, at, max: 100) is { } n) values[property.Name] = n; break;
                    case string: if (Words(property.Value, at) is { } s) values[property.Name] = s; break;
                    default:
                        var list = property.Name.EndsWith("Kinds", StringComparison.Ordinal) || property.Name == "kinds"
                            ? Kinds(given, property.Name, at) : Strings(property.Value, at);
                        if (list is not null) values[property.Name] = list;
                        break;
                }
            }
            return errors.Count == before ? new RuleParameters(values) : null;
        }

        private IReadOnlyList<string>? Kinds(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var element)) { errors.Add($"{path}: a list of body kinds is required"); return null; }
            var kinds = Strings(element, path);
            var unknown = kinds?.FirstOrDefault(k => !bodyKinds.Contains(k));
            if (unknown is not null) { errors.Add($"{path}: {unknown} is not a body kind"); return null; }
            return kinds;
        }

        private IReadOnlyList<string>? Strings(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
            {
                errors.Add($"{path}: must be a list of words");
                return null;
            }
            return [.. element.EnumerateArray().Select(e => e.GetString()!.Trim())];
        }

        private string? Words(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString())) return element.GetString()!.Trim();
            errors.Add($"{path}: must be some words");
            return null;
        }

        private int? Count(JsonElement element, string path, int max)
        {
            if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var n) && n >= 1 && n <= max) return n;
            errors.Add($"{path}: must be a whole number from 1 to {max}");
            return null;
        }

        private string? Text(JsonElement element, string name, string path)
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
                return value.GetString()!.Trim();
            errors.Add($"{path}.{name}: is required");
            return null;
        }
    }
}

/// <summary>One rule as the catalogue sets it.</summary>
public sealed record RuleDefinition(string Id, Severity Severity, bool Enabled, string Title, string Check, string Reason, RuleParameters Parameters);

/// <summary>A rule's parameters, each already checked against the type of its default.</summary>
public sealed class RuleParameters(IReadOnlyDictionary<string, object> values)
{
    public IReadOnlyList<string> Strings(string name) => (IReadOnlyList<string>)values[name];
    public string Text(string name) => (string)values[name];
    public int Number(string name) => (int)values[name];
}

using System.Reflection;
using System.Text.Json;

namespace GoldenThread.Network;

/// <summary>
/// The controlled vocabularies of the network model (professions, settings, sectors, body kinds…),
/// loaded from the project's <c>Reference/vocabularies.json</c>; codes are stable identifiers.
/// </summary>
public sealed class Vocabularies
{
    public required IReadOnlyList<Profession> Professions { get; init; }
    public required IReadOnlyList<string> Settings { get; init; }
    public required IReadOnlyList<Sector> Sectors { get; init; }
    public required IReadOnlyList<string> Seniority { get; init; }
    public required IReadOnlyList<BodyKind> BodyKinds { get; init; }
    public required IReadOnlyList<string> MembershipRoles { get; init; }
    public required IReadOnlyList<string> Capacities { get; init; }
    public required IReadOnlyList<string> DecisionRights { get; init; }
    /// <summary>From the neighbourhood up to the region.</summary>
    public required IReadOnlyList<string> Levels { get; init; }
    public required IReadOnlyList<string> LocalAuthorityTiers { get; init; }
    public required IReadOnlyList<string> SuccessorReadiness { get; init; }

    /// <summary>How far from the top a level stands: 0 for the highest (region); a level the vocabulary does not know after all of them.</summary>
    public int LevelFromTop(string? level)
    {
        for (var i = 0; i < Levels.Count; i++)
            if (Levels[i] == level) return Levels.Count - 1 - i;
        return Levels.Count;
    }

    public sealed record Profession(string Code, string Label, IReadOnlyList<string>? Specialties);
    public sealed record Sector(string Code, bool Nhs);
    public sealed record BodyKind(string Code, string About);

    private static readonly Lazy<Vocabularies> Embedded = new(() =>
    {
        using var stream = ReferenceData.Open("vocabularies.json");
        return JsonSerializer.Deserialize<Vocabularies>(stream, ReferenceData.Json)
               ?? throw new InvalidDataException("vocabularies.json is empty");
    });

    /// <summary>The vocabularies shipped with GoldenThread.</summary>
    public static Vocabularies Default => Embedded.Value;
}

/// <summary>Reference files embedded in the Core assembly.</summary>
public static class ReferenceData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"GoldenThread.Reference.{fileName}")
        ?? throw new FileNotFoundException($"Reference file {fileName} is not embedded in GoldenThread.Core");

    /// <summary>A reference JSON file read into <typeparamref name="T"/>, refused with its first problem when it has any.</summary>
    public static T Load<T>(string fileName, Func<T, IReadOnlyList<string>> problems)
    {
        using var stream = Open(fileName);
        var value = JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{fileName} is empty");
        var found = problems(value);
        return found.Count == 0 ? value : throw new InvalidDataException($"{fileName}: {found[0]}");
    }
}

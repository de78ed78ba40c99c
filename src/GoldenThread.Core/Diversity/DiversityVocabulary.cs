using System.Text.Json;
using GoldenThread.Network;

namespace GoldenThread.Diversity;

/// <summary>
/// The diversity categories, their answers and the disclosure rule (suppression threshold and rounding), loaded from
/// the project's <c>Reference/diversity.json</c> so that a system's information governance lead can change them
/// without code.
/// </summary>
public sealed class DiversityVocabulary
{
    public required int SuppressionThreshold { get; init; }
    public required int RoundTo { get; init; }
    public required IReadOnlyList<Category> Categories { get; init; }

    public sealed record Category(string Code, string Label, IReadOnlyList<Answer> Values)
    {
        /// <summary>The broad groups answers are counted in, in the file's order.</summary>
        public IEnumerable<string> Groups => Values.Select(v => v.Group).Distinct();
        public bool Allows(string? code) => code is null || Values.Any(v => v.Code == code);
    }

    public sealed record Answer(string Code, string Label, string Group);

    public Category this[string code] => Categories.Single(c => c.Code == code);

    private static readonly Lazy<DiversityVocabulary> Embedded = new(() =>
    {
        using var stream = ReferenceData.Open("diversity.json");
        var vocabulary = JsonSerializer.Deserialize<DiversityVocabulary>(stream, ReferenceData.Json)
                         ?? throw new InvalidDataException("diversity.json is empty");
        if (vocabulary.SuppressionThreshold < 1 || vocabulary.RoundTo < 1)
            throw new InvalidDataException("diversity.json: suppressionThreshold and roundTo must be at least 1");
        return vocabulary;
    });

    public static DiversityVocabulary Default => Embedded.Value;
}

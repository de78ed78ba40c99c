using GoldenThread.Network;

namespace GoldenThread.Diversity;

/// <summary>
/// What one person has chosen to say about their ethnicity, sex, disability and age: special category data under
/// UK GDPR, so it exists only with their recorded consent, lives in its own table rather than on the person, is
/// never part of a network file, and leaves the store only as <see cref="DiversityAggregates"/>.
/// </summary>
public class DiversityRecord : ISystemScoped
{
    public Guid PersonId { get; set; }
    public Guid SystemId { get; set; }
    public DateTimeOffset ConsentGivenAt { get; set; }
    public string? Ethnicity { get; set; }
    public string? Sex { get; set; }
    public string? Disability { get; set; }
    public string? AgeBand { get; set; }

    /// <summary>The answer for a category of <see cref="DiversityVocabulary"/>, by its code.</summary>
    public string? Answer(string category) => category switch
    {
        "ethnicity" => Ethnicity,
        "sex" => Sex,
        "disability" => Disability,
        "ageBand" => AgeBand,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "not a diversity category"),
    };
}

namespace GoldenThread.Development;

/// <summary>Someone offering to mentor: up to <see cref="Capacity"/> mentees, never anyone named in <see cref="Avoid"/>.</summary>
/// <param name="Seniority">A code of the seniority vocabulary (early-career, middle, senior, executive).</param>
public sealed record Mentor(string Id, string OrganisationId, string Profession, string Setting, string PlaceId, string Seniority, int Capacity,
    IReadOnlyList<string> Avoid);

/// <summary>Someone asking for a mentor, saying which professions and settings they would like the mentor to come from.</summary>
public sealed record Mentee(string Id, string OrganisationId, string Profession, string Setting, string PlaceId, string Seniority,
    IReadOnlyList<string> WantsProfessions, IReadOnlyList<string> WantsSettings, IReadOnlyList<string> Avoid);

/// <summary>
/// What an allowed mentoring pair's score is made of, term by term as matching.md adds it up: the base, and the bonuses
/// for the mentor's profession and setting being ones the mentee asked for and for their places differing (0 when they
/// do not apply).
/// </summary>
public readonly record struct MentoringScore(int Base, int AskedProfession, int AskedSetting, int DifferentPlaces)
{
    public int Total => Base + AskedProfession + AskedSetting + DifferentPlaces;
}

/// <summary>A mentor and mentee put together, with the pair's score (matching.md).</summary>
public sealed record MentoringPair(string MentorId, string MenteeId, int Score);

/// <summary>A mentor who could take <see cref="Spare"/> more mentees.</summary>
public sealed record SpareCapacity(string MentorId, int Spare);

/// <summary>
/// The assignment: pairs in the mentors' input order, then their mentees' input order; mentees left without a mentor
/// and mentors with room left, each in input order.
/// </summary>
public sealed record MentoringResult(IReadOnlyList<MentoringPair> Pairs, int TotalScore, IReadOnlyList<string> Unmatched,
    IReadOnlyList<SpareCapacity> SpareCapacity);

namespace GoldenThread.Development;

/// <summary>Someone who registered alone for an action learning set, to be grouped with others of their system.</summary>
/// <param name="Sector">A code of the sector vocabulary; <paramref name="Profession"/> and <paramref name="Seniority"/> likewise.</param>
public sealed record Registrant(string Id, string? Name, string SystemCode, string OrganisationId, string Sector, string Profession,
    string Seniority);

/// <summary>How far a formation got (matching.md, "Action learning sets").</summary>
public enum FormationStatus
{
    /// <summary>Everyone placed, and no placement scores more (proved).</summary>
    Optimal,
    /// <summary>Everyone placed, but the time limit stopped the search before it proved the score best: see the bound.</summary>
    Feasible,
    /// <summary>Not everyone can be placed with the sizes allowed; the rest are in sets (whether proved best: <c>Proved</c>).</summary>
    Partial,
    /// <summary>No set can be formed: fewer registrants than the smallest set.</summary>
    Infeasible,
}

/// <summary>One learning set: its members' ids in ordinal order, and its score.</summary>
public sealed record FormedSet(string SystemCode, IReadOnlyList<string> Members, int Score);

/// <summary>
/// One system's formation. <see cref="Bound"/> is a proven upper bound on the total score of any placement of as many
/// people; <see cref="Proved"/> says the total equals it, so no placement scores more — for a partial formation, about
/// the people placed.
/// </summary>
public sealed record SystemFormation(string SystemCode, FormationStatus Status, bool Proved, int Registrants, int Placed, int TotalScore,
    int Bound, IReadOnlyList<string> Unplaced);

/// <summary>
/// The sets of every system, sorted by system and then by first member; totals over the systems. The status is the
/// worst of the systems' in the order optimal, feasible, partial — infeasible only when no system could form a set.
/// </summary>
public sealed record FormationResult(IReadOnlyList<FormedSet> Sets, int TotalScore, int Bound, FormationStatus Status, bool Proved,
    IReadOnlyList<string> Unplaced, IReadOnlyList<SystemFormation> Systems);

namespace GoldenThread.Development;

/// <summary>
/// Learning sets as the <c>form-sets</c> command writes them: the contract of DESIGN.md first,
/// <c>{"sets":[{"systemCode","members","score"}],"totalScore","bound","status"}</c>, then who is left out, whether the
/// total is proved the best (for a partial formation, about those placed), the sizes, and each system's own account.
/// </summary>
public sealed record FormationReport(
    IReadOnlyList<FormationReport.Set> Sets, int TotalScore, int Bound, string Status, IReadOnlyList<string> Unplaced, bool Proved,
    int MinSize, int MaxSize, IReadOnlyList<FormationReport.SystemAccount> Systems)
{
    public sealed record Set(string SystemCode, IReadOnlyList<string> Members, int Score);

    public sealed record SystemAccount(string SystemCode, string Status, bool Proved, int Registrants, int Placed, int TotalScore, int Bound,
        IReadOnlyList<string> Unplaced);

    public static FormationReport Of(FormationResult result, int minSize, int maxSize) => new(
        [.. result.Sets.Select(s => new Set(s.SystemCode, s.Members, s.Score))],
        result.TotalScore, result.Bound, Word(result.Status), result.Unplaced, result.Proved, minSize, maxSize,
        [.. result.Systems.Select(s => new SystemAccount(s.SystemCode, Word(s.Status), s.Proved, s.Registrants, s.Placed, s.TotalScore, s.Bound, s.Unplaced))]);

    /// <summary>The status as matching.md writes it: optimal, feasible, partial or infeasible.</summary>
    public static string Word(FormationStatus status) => status switch
    {
        FormationStatus.Optimal => "optimal",
        FormationStatus.Feasible => "feasible",
        FormationStatus.Partial => "partial",
        _ => "infeasible",
    };
}

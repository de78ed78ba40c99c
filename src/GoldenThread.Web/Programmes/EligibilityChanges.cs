using GoldenThread.Data.Programmes;
using GoldenThread.Network;
using GoldenThread.Programmes;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// What a change of a round's rules does to the applications it already has: each application whose verdict or
/// warnings would change, with the criteria that move. Both sides are <see cref="RoundEligibility"/> readings of the
/// same applications, before and after.
/// </summary>
public static class EligibilityChanges
{
    /// <summary>One application whose eligibility would change; <see cref="Moves"/> are "Team size: pass to fail".</summary>
    public sealed record Change(RoundEligibility.Entry Entry, EligibilityResult Before, EligibilityResult After, IReadOnlyList<string> Moves)
    {
        public bool VerdictChanges => Before.Eligible != After.Eligible;

        /// <summary>"GT-0003 (Falls in care homes, QXV) becomes not eligible: Team size pass to fail".</summary>
        public string Sentence =>
            $"{Entry.Application.Reference} ({Entry.Application.Content.TeamName}, {Entry.SystemCode}) " +
            (VerdictChanges ? (After.Eligible ? "becomes eligible" : "becomes not eligible") : "stays " + (After.Eligible ? "eligible" : "not eligible")) +
            $": {Prose.List(Moves)}";
    }

    public static IReadOnlyList<Change> Between(RoundEligibility before, RoundEligibility after, EligibilityCriteria? catalogue = null)
    {
        catalogue ??= EligibilityCriteria.Default;
        var changes = new List<Change>();
        foreach (var (id, was) in before.Results)
        {
            var now = after.Results[id];
            var moves = was.Criteria.Zip(now.Criteria)
                .Where(pair => pair.First.Status != pair.Second.Status)
                .Select(pair => $"{catalogue[pair.First.Id].Title} {Word(pair.First.Status)} to {Word(pair.Second.Status)}")
                .ToList();
            if (moves.Count > 0) changes.Add(new Change(before.Applications[id], was, now, moves));
        }
        return [.. changes.OrderByDescending(c => c.VerdictChanges).ThenBy(c => c.Entry.Application.Reference, StringComparer.Ordinal)];
    }

    /// <summary>The line the audit trail keeps of what a change did to eligibility.</summary>
    public static string Summary(IReadOnlyList<Change> changes) =>
        changes.Count == 0 ? "No application's eligibility changes" : string.Join("; ", changes.Select(c => c.Sentence));

    private static string Word(CriterionStatus status) => status switch
    {
        CriterionStatus.Pass => "pass",
        CriterionStatus.Warn => "warning",
        _ => "fail",
    };
}

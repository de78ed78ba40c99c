using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// A round's submitted applications as the operator decides on them: each with its system, eligibility (from
/// <see cref="RoundEligibility"/>), review score and decision, eligible first by standing score. Says whether decisions may
/// be made, and what stops the outcomes being published.
/// </summary>
public sealed record RoundSelection(ProgrammeRound Round, IReadOnlyList<RoundSelection.Row> Rows)
{
    public sealed record Row(TeamApplication Application, string SystemCode, string SystemName, EligibilityResult Eligibility,
        ApplicationScores Score)
    {
        public string Team => Application.Content.TeamName is { Length: > 0 } name ? name : $"Team {Application.Reference}";
        public string System => $"{SystemName} ({SystemCode})";
        public int Members => Application.Content.Members.Count;
        public bool HasFeedback => !string.IsNullOrWhiteSpace(Application.Feedback);
        public Selection.Candidate Candidate => new(Application.Id, Team, SystemCode, System, Eligibility.Eligible, Members);
    }

    public IEnumerable<Row> Eligible => Rows.Where(r => r.Eligibility.Eligible);
    public IEnumerable<Row> Ineligible => Rows.Where(r => !r.Eligibility.Eligible);
    public IReadOnlyList<Selection.Candidate> Candidates => [.. Rows.Select(r => r.Candidate)];
    public IReadOnlyList<Guid> Selected => [.. Rows.Where(r => r.Application.Decision == ApplicationDecision.Selected).Select(r => r.Application.Id)];

    /// <summary>The eligibility warning of each system whose teams keeping a place hold more people than the round plans for.</summary>
    public IReadOnlyList<string> PeopleCapWarnings =>
    [
        .. Rows.Select(r => r.Eligibility[Eligibility.SystemPeopleCap]).Where(c => c.Status == CriterionStatus.Warn)
            .Select(c => c.Message).Distinct(),
    ];

    /// <summary>Why no decision may be made or changed now; null when one may.</summary>
    public string? DecisionsClosed => Round switch
    {
        { OutcomesPublishedAt: { } published } =>
            $"Outcomes were published on {UkTime.Format(published)}: the teams have been told, so decisions can no longer change",
        { State: RoundState.Open } =>
            "The round is still open: close it before deciding, as until then teams may still apply and which teams keep a place under the cap depends on who applied when",
        _ => null,
    };

    /// <summary>The rules the recorded decisions break (a settings change may have made a selected team ineligible).</summary>
    public Selection.Outcome CheckRecorded() => Selection.Check(Candidates, Selected, Round.MaxTeamsPerSystem, Round.PeoplePerSystem);

    /// <summary>What must be done before the teams can be told their outcomes; empty when they can.</summary>
    public IReadOnlyList<string> PublishProblems()
    {
        if (DecisionsClosed is { } closed) return [closed];
        var problems = new List<string>();
        if (Rows.Count == 0) problems.Add("No team has applied to the round");
        var undecided = Rows.Count(r => r.Application.Decision == ApplicationDecision.Undecided);
        if (undecided > 0) problems.Add($"{Applications(undecided)} no decision yet: save the selection to decide every application");
        var silent = Rows.Where(r => r.Application.Decision != ApplicationDecision.Undecided && !r.HasFeedback).ToList();
        if (silent.Count > 0)
            problems.Add($"{Applications(silent.Count)} no feedback for the team yet: {GoldenThread.Network.Prose.List(silent.Select(r => r.Team))}");
        problems.AddRange(CheckRecorded().Problems.Select(p => p.Message));
        return problems;
    }

    private static string Applications(int count) => count == 1 ? "1 application has" : $"{count} applications have";

    /// <summary>The round's selection as it stands; null when there is no such round.</summary>
    public static async Task<RoundSelection?> ReadAsync(GoldenThreadDbContext db, Guid roundId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await RoundEligibility.EvaluateAsync(db, roundId, now, cancellationToken) is not { } eligibility) return null;
        var ids = eligibility.Applications.Keys.ToList();
        var systemIds = eligibility.Applications.Values.Select(e => e.Application.SystemId).Distinct().ToList();
        var names = await db.Systems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var scores = (await RoundScores.ReadAsync(db, eligibility.Round, ids, cancellationToken)).Applications;
        var rows = eligibility.Applications.Values
            .Select(e => new Row(e.Application, e.SystemCode, names[e.Application.SystemId], eligibility.Results[e.Application.Id], scores[e.Application.Id]))
            .OrderByDescending(r => r.Eligibility.Eligible)
            .ThenByDescending(r => r.Score.Standing ?? double.MinValue)
            .ThenBy(r => r.SystemCode, StringComparer.Ordinal)
            .ThenBy(r => r.Team, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new RoundSelection(eligibility.Round, rows);
    }
}

using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Measures;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Frameworks;

/// <summary>An action of the plan as read today: whether it is overdue, and the measure it should move with its chart.</summary>
public sealed record PlanItem(PlanAction Action, bool Overdue, MeasureRow? Measure);

/// <summary>A criterion of the framework with its actions and its moderated level in the latest completed assessment.</summary>
public sealed record CriterionPlan(FrameworkCriterion Criterion, IReadOnlyList<PlanItem> Actions, string? AssessedLevel);

public sealed record PrinciplePlan(string Id, string Title, IReadOnlyList<CriterionPlan> Criteria);

/// <summary>The latest completed assessment of a framework: its name and when it was completed.</summary>
public sealed record AssessedIn(Guid Id, string Name, DateTimeOffset? CompletedAt);

/// <summary>
/// A framework's plan: the principles and criteria of its current version, each criterion with its actions (retired
/// criteria shown only while they have actions), and the moderated levels of its latest completed assessment.
/// </summary>
public sealed record FrameworkPlan(Framework Framework, FrameworkVersion Version, IReadOnlyList<PrinciplePlan> Principles, AssessedIn? Assessed)
{
    public IEnumerable<PlanItem> Items => Principles.SelectMany(p => p.Criteria).SelectMany(c => c.Actions);
    public int OverdueCount => Items.Count(i => i.Overdue);

    /// <summary>The same plan with only the actions <paramref name="keep"/> keeps, and only the criteria left with any.</summary>
    public FrameworkPlan Where(Func<PlanItem, bool> keep) => this with
    {
        Principles = [.. Principles
            .Select(p => p with { Criteria = [.. p.Criteria.Select(c => c with { Actions = [.. c.Actions.Where(keep)] }).Where(c => c.Actions.Count > 0)] })
            .Where(p => p.Criteria.Count > 0)],
    };
}

public static class PlanReading
{
    /// <summary>
    /// The system's frameworks, oldest first, and the one <paramref name="requested"/> if it is one of them, otherwise
    /// the first; null when the system has adopted none.
    /// </summary>
    public static async Task<(IReadOnlyList<(Guid Id, string Name)> All, Guid Chosen)?> ChooseAsync(GoldenThreadDbContext db, Guid systemId, Guid? requested,
        CancellationToken cancellationToken)
    {
        var all = (await db.Frameworks.AsNoTracking().Where(f => f.SystemId == systemId).OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken)).Select(f => (f.Id, f.Name)).ToList();
        if (all.Count == 0) return null;
        return (all, all.Any(f => f.Id == requested) ? requested!.Value : all[0].Id);
    }

    /// <summary>
    /// The plan of the system's framework <paramref name="frameworkId"/> as of <paramref name="today"/>; null when the
    /// system has no such framework. <paramref name="withMeasures"/> reads each named measure's points to chart it.
    /// </summary>
    public static async Task<FrameworkPlan?> ReadAsync(GoldenThreadDbContext db, Guid systemId, Guid frameworkId, DateOnly today, bool withMeasures,
        CancellationToken cancellationToken)
    {
        if (await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.SystemId == systemId && f.Id == frameworkId, cancellationToken) is not { } framework)
            return null;
        var version = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == framework.CurrentVersionId, cancellationToken);
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.SystemId == systemId && a.FrameworkId == frameworkId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Title).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var measures = withMeasures ? await MeasuresAsync(db, systemId, actions, cancellationToken) : [];
        var (assessed, levels) = await AssessedAsync(db, systemId, frameworkId, cancellationToken);
        var byCriterion = actions.ToLookup(a => a.CriterionId);

        CriterionPlan Plan(FrameworkCriterion criterion) => new(criterion,
            [.. byCriterion[criterion.Id].Select(a => new PlanItem(a, a.IsOverdue(today), a.MeasureId is { } m ? measures.GetValueOrDefault(m) : null))],
            levels.GetValueOrDefault(criterion.Id));

        var principles = version.Definition.Principles
            .Select(p => new PrinciplePlan(p.Id, p.Title, [.. p.Criteria.Where(c => !c.Retired || byCriterion[c.Id].Any()).Select(Plan)]))
            .ToList();
        // Criterion ids are stable and retired criteria stay in the definition, so this holds only actions written
        // against a criterion some later wording lost: they are shown, not dropped.
        var known = version.Definition.AllCriteria.Select(c => c.Id).ToHashSet();
        var lost = byCriterion.Where(g => !known.Contains(g.Key)).Select(g => Plan(new FrameworkCriterion(g.Key, "A criterion no longer in the framework", [], Retired: true))).ToList();
        if (lost.Count > 0) principles.Add(new PrinciplePlan("", "Criteria no longer in the framework", lost));
        return new FrameworkPlan(framework, version, principles, assessed);
    }

    private static async Task<Dictionary<Guid, MeasureRow>> MeasuresAsync(GoldenThreadDbContext db, Guid systemId, List<PlanAction> actions,
        CancellationToken cancellationToken)
    {
        var ids = actions.Select(a => a.MeasureId).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0) return [];
        var measures = await db.Measures.AsNoTracking().Where(m => m.SystemId == systemId && ids.Contains(m.Id)).ToListAsync(cancellationToken);
        var points = (await db.MeasurePoints.AsNoTracking().Where(p => ids.Contains(p.MeasureId)).ToListAsync(cancellationToken)).ToLookup(p => p.MeasureId);
        return measures.ToDictionary(m => m.Id, m => new MeasureRow(m, null, ChartedMeasure.Of(m, points[m.Id])));
    }

    /// <summary>
    /// The latest completed assessment of the framework and its moderated level per criterion, named in the words of
    /// the version its raters saw ("Not applicable" where moderated so).
    /// </summary>
    private static async Task<(AssessedIn?, Dictionary<string, string>)> AssessedAsync(GoldenThreadDbContext db, Guid systemId, Guid frameworkId,
        CancellationToken cancellationToken)
    {
        var latest = await db.Assessments.AsNoTracking()
            .Where(a => a.SystemId == systemId && a.FrameworkId == frameworkId && a.State == AssessmentState.Completed)
            .OrderByDescending(a => a.CompletedAt).ThenByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest is null) return (null, []);
        var words = await db.FrameworkVersions.AsNoTracking().Where(v => v.Id == latest.FrameworkVersionId).Select(v => v.Definition).SingleAsync(cancellationToken);
        var ratings = await db.ModeratedRatings.AsNoTracking().Where(r => r.AssessmentId == latest.Id).ToListAsync(cancellationToken);
        return (new AssessedIn(latest.Id, latest.Name, latest.CompletedAt), ratings.ToDictionary(r => r.CriterionId,
            r => r.NotApplicable || r.Level is null ? "Not applicable" : words.Level(r.Level.Value)?.Name ?? $"Level {r.Level}"));
    }
}

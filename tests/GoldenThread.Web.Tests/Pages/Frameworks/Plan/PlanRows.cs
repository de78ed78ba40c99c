using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>Plan actions, moderated ratings and publication, written straight to the store for the plan's tests.</summary>
internal static class PlanRows
{
    /// <summary>Today in England by the clock the app runs on (the system clock, as every page test's).</summary>
    public static DateOnly Today => UkDate.Today(TimeProvider.System);

    public static Task<Guid> AddActionAsync(this GoldenThreadApp app, FrameworkRows.Adopted framework, string criterionId, string title, DateOnly due,
        ActionStatus status = ActionStatus.NotStarted, string owner = "Clinical cabinet", Guid? measureId = null, string? progressNote = null) =>
        app.Query(async db =>
        {
            var systemId = await db.Frameworks.Where(f => f.Id == framework.FrameworkId).Select(f => f.SystemId).SingleAsync();
            var action = new PlanAction
            {
                SystemId = systemId, FrameworkId = framework.FrameworkId, CriterionId = criterionId, Title = title, Owner = owner, DueOn = due,
                Status = status, MeasureId = measureId, ProgressNote = progressNote, CreatedAt = FrameworkRows.Created, UpdatedAt = FrameworkRows.Created,
            };
            db.PlanActions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });

    /// <summary>Moderates each criterion of <paramref name="levels"/> (null for not applicable) with a rationale naming it.</summary>
    public static Task ModerateAsync(this GoldenThreadApp app, Guid assessmentId, IReadOnlyDictionary<string, int?> levels) =>
        app.Query(async db =>
        {
            var assessment = await db.Assessments.SingleAsync(a => a.Id == assessmentId);
            foreach (var (criterion, level) in levels)
                db.ModeratedRatings.Add(new ModeratedRating
                {
                    SystemId = assessment.SystemId, AssessmentId = assessmentId, CriterionId = criterion, Level = level, NotApplicable = level is null,
                    Rationale = $"Agreed rationale for {criterion}", ModeratedAt = FrameworkRows.Created,
                });
            return await db.SaveChangesAsync();
        });

    public static Task PublishAsync(this GoldenThreadApp app, Guid frameworkId, bool published = true) =>
        app.Query(async db =>
        {
            var framework = await db.Frameworks.SingleAsync(f => f.Id == frameworkId);
            framework.PublishedAt = published ? FrameworkRows.Created : null;
            return await db.SaveChangesAsync();
        });

    /// <summary>Makes criterion <paramref name="criterionId"/> retired in a new current version of the framework.</summary>
    public static Task RetireAsync(this GoldenThreadApp app, FrameworkRows.Adopted framework, string criterionId) =>
        app.Query(async db =>
        {
            var stored = await db.Frameworks.SingleAsync(f => f.Id == framework.FrameworkId);
            var current = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == stored.CurrentVersionId);
            var definition = new FrameworkDefinition
            {
                Key = current.Definition.Key, Name = current.Definition.Name, Source = current.Definition.Source, Levels = current.Definition.Levels,
                Principles = [.. current.Definition.Principles.Select(p => p with
                    { Criteria = [.. p.Criteria.Select(c => c.Id == criterionId ? c with { Retired = true } : c)] })],
            };
            var version = new FrameworkVersion
            {
                SystemId = stored.SystemId, FrameworkId = stored.Id, Number = current.Number + 1, Definition = definition,
                Note = $"Retired {criterionId}", CreatedAt = FrameworkRows.Created,
            };
            db.FrameworkVersions.Add(version);
            stored.CurrentVersionId = version.Id;
            return await db.SaveChangesAsync();
        });
}

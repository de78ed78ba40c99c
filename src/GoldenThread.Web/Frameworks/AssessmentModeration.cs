using GoldenThread.Data;
using GoldenThread.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Frameworks;

/// <summary>
/// An assessment as its moderation reads it: the wording its raters saw, the spread of their ratings per criterion, and
/// the leadership team's moderated ratings. Raters' individual ratings stay on the leadership's pages: nothing here is
/// for anyone else.
/// </summary>
public sealed class AssessmentModeration
{
    public required Assessment Assessment { get; init; }
    public required FrameworkDefinition Definition { get; init; }
    /// <summary>One per criterion the assessment rates (not retired), in reading order.</summary>
    public required IReadOnlyList<CriterionSpread> Spreads { get; init; }
    /// <summary>By criterion id.</summary>
    public required IReadOnlyDictionary<string, ModeratedRating> Moderated { get; init; }

    /// <summary>The criteria the assessment rates that have no moderated rating yet, in reading order.</summary>
    public IReadOnlyList<FrameworkCriterion> Unmoderated => [.. Definition.Criteria.Where(c => !Moderated.ContainsKey(c.Id))];

    public IEnumerable<ModeratedLevel> Levels => Moderated.Values.Select(m => new ModeratedLevel(m.CriterionId, m.NotApplicable ? null : m.Level));

    public IReadOnlyList<PrincipleResult> ByPrinciple => AssessmentResults.ByPrinciple(Definition, Levels);

    public CriterionSpread SpreadOf(string criterionId) => Spreads.Single(s => s.CriterionId == criterionId);

    /// <summary>The assessment <paramref name="assessmentId"/> of the system with its spreads and moderation; null when there is none.</summary>
    public static async Task<AssessmentModeration?> LoadAsync(GoldenThreadDbContext db, Guid systemId, Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.SystemId == systemId && a.Id == assessmentId, cancellationToken);
        if (assessment is null) return null;
        var definition = await DefinitionAsync(db, assessment, cancellationToken);
        var ratings = await db.CriterionRatings.AsNoTracking().Where(r => r.AssessmentId == assessmentId)
            .Select(r => new { r.CriterionId, r.Level, r.NotApplicable }).ToListAsync(cancellationToken);
        return new AssessmentModeration
        {
            Assessment = assessment,
            Definition = definition,
            Spreads = RatingSpread.Of(definition, ratings.Select(r => (r.CriterionId, r.NotApplicable ? null : r.Level))),
            Moderated = await ModeratedAsync(db, assessmentId, cancellationToken),
        };
    }

    /// <summary>
    /// The comparison with the latest completed assessment of the same framework before this one (completed earlier
    /// when this one is complete); null when there is none.
    /// </summary>
    public async Task<Comparison?> CompareAsync(GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        var previous = await db.Assessments.AsNoTracking()
            .Where(a => a.SystemId == Assessment.SystemId && a.FrameworkId == Assessment.FrameworkId && a.Id != Assessment.Id
                        && a.State == AssessmentState.Completed)
            .ToListAsync(cancellationToken);
        var before = previous.Where(a => Assessment.CompletedAt is not { } completed || a.CompletedAt < completed)
            .OrderByDescending(a => a.CompletedAt).FirstOrDefault();
        if (before is null) return null;
        var definition = await DefinitionAsync(db, before, cancellationToken);
        var levels = (await ModeratedAsync(db, before.Id, cancellationToken)).Values
            .Select(m => new ModeratedLevel(m.CriterionId, m.NotApplicable ? null : m.Level));
        return new Comparison(before, definition, AssessmentResults.Compare(Definition, Levels, definition, levels));
    }

    /// <summary>This assessment's moderated levels against <see cref="Previous"/>'s, criterion by criterion.</summary>
    public sealed record Comparison(Assessment Previous, FrameworkDefinition PreviousDefinition, IReadOnlyList<CriterionChange> Changes);

    private static Task<FrameworkDefinition> DefinitionAsync(GoldenThreadDbContext db, Assessment assessment, CancellationToken cancellationToken) =>
        db.FrameworkVersions.AsNoTracking().Where(v => v.Id == assessment.FrameworkVersionId).Select(v => v.Definition).SingleAsync(cancellationToken);

    private static async Task<IReadOnlyDictionary<string, ModeratedRating>> ModeratedAsync(GoldenThreadDbContext db, Guid assessmentId, CancellationToken cancellationToken) =>
        await db.ModeratedRatings.AsNoTracking().Where(m => m.AssessmentId == assessmentId).ToDictionaryAsync(m => m.CriterionId, cancellationToken);
}

using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Frameworks;

/// <summary>An assessment with the wording of the framework version its raters rate.</summary>
public sealed record AssessmentView(Guid Id, int Version, string Name, string FrameworkName, int FrameworkVersion, DateOnly OpensOn,
    DateOnly ClosesOn, AssessmentState State, FrameworkDefinition Definition)
{
    /// <summary>The criteria the assessment rates: those of its version not retired, in reading order.</summary>
    public IReadOnlyList<string> CriterionIds { get; } = [.. Definition.Criteria.Select(c => c.Id)];
}

/// <summary>One invited rater's progress: how many criteria they have reviewed and whether they said they had finished; never their ratings.</summary>
public sealed record RaterProgress(Guid RaterId, Guid PersonId, string Name, int Reviewed, DateTimeOffset? SubmittedAt);

/// <summary>The outcome of saving a rating.</summary>
public enum RatingSave { Saved, Invalid, Stale }

/// <summary>
/// Reading assessments and saving raters' ratings, for the rater's pages, the leadership's pages and the API alike: one
/// rating per rater and criterion (<see cref="CriterionRating"/>), saved only while the assessment takes ratings.
/// </summary>
public static class AssessmentRatings
{
    /// <summary>The value of the "not applicable" radio beside the levels, on the rater's form and the moderation form alike.</summary>
    public const string NotApplicableValue = "not-applicable";

    public static async Task<AssessmentView?> FindAsync(GoldenThreadDbContext db, Guid systemId, Guid assessmentId, CancellationToken cancellationToken)
    {
        var row = await db.Assessments.AsNoTracking().Where(a => a.SystemId == systemId && a.Id == assessmentId)
            .Join(db.FrameworkVersions, a => a.FrameworkVersionId, v => v.Id, (a, v) => new { a, v })
            .Join(db.Frameworks, x => x.a.FrameworkId, f => f.Id, (x, f) => new { x.a, x.v, FrameworkName = f.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null
            : new AssessmentView(row.a.Id, row.a.Version, row.a.Name, row.FrameworkName, row.v.Number, row.a.OpensOn, row.a.ClosesOn, row.a.State, row.v.Definition);
    }

    /// <summary>What is wrong with an assessment's name as given; null when it will do.</summary>
    public static string? NameProblem(string? name) => name?.Trim() switch
    {
        null or "" => "Enter a name for the assessment",
        { Length: > Assessment.NameLength } => $"Name must be {Assessment.NameLength} characters or fewer",
        _ => null,
    };

    /// <summary>Opens an assessment of the framework's current version, with no raters yet; answers its id.</summary>
    public static async Task<Guid> OpenAsync(GoldenThreadDbContext db, Framework framework, string name, DateOnly opensOn, DateOnly closesOn,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var assessment = new Assessment
        {
            SystemId = framework.SystemId, FrameworkId = framework.Id, FrameworkVersionId = framework.CurrentVersionId, Name = name,
            OpensOn = opensOn, ClosesOn = closesOn, CreatedAt = time.GetUtcNow(),
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return assessment.Id;
    }

    /// <summary>Why raters may not rate now, in their words; null when they may.</summary>
    public static string? WhyNotRating(AssessmentView assessment, TimeProvider time) =>
        RatingRules.WhyNotRating(assessment.State, assessment.OpensOn, assessment.ClosesOn, UkTime.Today(time));

    /// <summary>The rater the register person is in the assessment; null when they are not invited.</summary>
    public static Task<AssessmentRater?> RaterAsync(GoldenThreadDbContext db, Guid assessmentId, Guid? personId, CancellationToken cancellationToken) =>
        personId is { } person
            ? db.AssessmentRaters.AsNoTracking().SingleOrDefaultAsync(r => r.AssessmentId == assessmentId && r.PersonId == person, cancellationToken)
            : Task.FromResult<AssessmentRater?>(null);

    /// <summary>Every rater of the assessment by name, with the number of the assessment's criteria each has reviewed.</summary>
    public static async Task<IReadOnlyList<RaterProgress>> ProgressAsync(GoldenThreadDbContext db, AssessmentView assessment, CancellationToken cancellationToken)
    {
        var criteria = assessment.CriterionIds.ToList();
        var rows = await db.AssessmentRaters.AsNoTracking().Where(r => r.AssessmentId == assessment.Id)
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new
            {
                r.Id, r.PersonId, p.Name, r.SubmittedAt,
                Reviewed = db.CriterionRatings.Count(c => c.RaterId == r.Id && criteria.Contains(c.CriterionId)),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id)
            .Select(r => new RaterProgress(r.Id, r.PersonId, r.Name, r.Reviewed, r.SubmittedAt))];
    }

    /// <summary>The rater's ratings of the assessment's criteria, by criterion id.</summary>
    public static async Task<Dictionary<string, CriterionRating>> RatingsOfAsync(GoldenThreadDbContext db, Guid raterId, CancellationToken cancellationToken) =>
        await db.CriterionRatings.AsNoTracking().Where(r => r.RaterId == raterId).ToDictionaryAsync(r => r.CriterionId, cancellationToken);

    /// <summary>The first criterion after <paramref name="criterionId"/> (then from the start) the rater has not rated; null when every one is.</summary>
    public static string? NextUnrated(AssessmentView assessment, IReadOnlySet<string> rated, string? criterionId)
    {
        var ids = assessment.CriterionIds;
        var from = criterionId is null ? 0 : ids.ToList().IndexOf(criterionId) + 1;
        return ids.Skip(from).Concat(ids.Take(from)).FirstOrDefault(id => !rated.Contains(id));
    }

    /// <summary>
    /// Saves the rater's answer to one criterion, made from the rating's <paramref name="version"/> (0 when the rater saw
    /// no rating): a first rating is added, a later one changes it; when someone changed it since (the same rater in another
    /// tab), saves nothing and answers <see cref="RatingSave.Stale"/>. Check the answer first.
    /// </summary>
    public static async Task<RatingSave> SaveAsync(GoldenThreadDbContext db, AssessmentRater rater, string criterionId, RatingAnswer answer,
        int version, TimeProvider time, CancellationToken cancellationToken)
    {
        var rating = await db.CriterionRatings.SingleOrDefaultAsync(r => r.RaterId == rater.Id && r.CriterionId == criterionId, cancellationToken);
        if (rating is null && version != 0) return RatingSave.Stale;
        if (rating is null)
        {
            rating = new CriterionRating { SystemId = rater.SystemId, AssessmentId = rater.AssessmentId, RaterId = rater.Id, CriterionId = criterionId };
            db.CriterionRatings.Add(rating);
        }
        (rating.Level, rating.NotApplicable) = answer.NotApplicable ? (null, true) : (answer.Level, false);
        rating.Rationale = string.IsNullOrWhiteSpace(answer.Rationale) ? null : answer.Rationale.Trim();
        rating.EvidenceLinks = RatingRules.KeptLinks(answer.EvidenceLinks);
        rating.UpdatedAt = time.GetUtcNow();
        if (db.Entry(rating).State == EntityState.Added)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return RatingSave.Saved;
            }
            catch (DbUpdateException)
            {
                // the same rater's first rating of this criterion saved from elsewhere meanwhile
                db.ChangeTracker.Clear();
                return RatingSave.Stale;
            }
        }
        return await db.SaveIfUnchangedAsync(rating, version, cancellationToken) ? RatingSave.Saved : RatingSave.Stale;
    }

    /// <summary>How a rating reads: its level's name, or "Not applicable".</summary>
    public static string Describe(CriterionRating rating, FrameworkDefinition definition) =>
        rating.NotApplicable ? "Not applicable" : rating.Level is { } level ? definition.Level(level)?.Name ?? $"Level {level}" : "";
}

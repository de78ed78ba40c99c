using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

/// <summary>
/// A system's self-assessments and their ratings. Everyone of the system reads the assessments and how far rating has
/// got; the leadership team also reads each rater's progress and every rating, a rater their own ratings, which they
/// change one criterion at a time (PUT with If-Match on the rating's version, errors keyed by field) while rating is open.
/// </summary>
public static class AssessmentsApi
{
    public static void MapAssessmentsApi(this RouteGroupBuilder v1)
    {
        var assessments = v1.MapGroup("/systems/{code}/assessments").WithTags("Assessments");
        assessments.MapGet("/", List).RequireAuthorization(Policies.SystemMember)
            .WithSummary("The system's assessments, newest first, each with how many raters are invited and have finished.");
        assessments.MapGet("/{assessmentId:guid}", Read).RequireAuthorization(Policies.SystemMember)
            .WithSummary("One assessment with its progress; the leadership team also sees each rater's criteria reviewed and whether they have finished, never their ratings here.");
        assessments.MapGet("/{assessmentId:guid}/ratings", Ratings).RequireAuthorization(Policies.SystemMember)
            .WithSummary("Ratings: once rating has closed, every rater's for the leadership team; otherwise the caller's own (none when not invited).");
        assessments.MapPut("/{assessmentId:guid}/ratings/{criterionId}", Rate).RequireAuthorization(Policies.AssessmentRater)
            .WithSummary("The caller's rating of one criterion: {level} or {notApplicable: true, rationale}, with rationale and up to 5 evidenceLinks. Send If-Match with the rating's ETag to change one; a first rating needs none.");
    }

    public sealed record AssessmentSummary(Guid Id, string Name, string Framework, int FrameworkVersion, DateOnly OpensOn, DateOnly ClosesOn,
        string State, int Criteria, int Raters, int RatersFinished);

    public sealed record RaterProgressView(Guid RaterId, Guid PersonId, string Name, int CriteriaReviewed, DateTimeOffset? FinishedAt);

    public sealed record AssessmentDetail(AssessmentSummary Assessment, bool MayRateNow, string? WhyNotRating,
        RaterProgressView? You, IReadOnlyList<RaterProgressView>? Raters);

    public sealed record RatingView(Guid RaterId, string CriterionId, int? Level, bool NotApplicable, string? Rationale,
        IReadOnlyList<string> EvidenceLinks, DateTimeOffset UpdatedAt, int Version);

    public sealed record RatingBody(int? Level, bool? NotApplicable, string? Rationale, List<string?>? EvidenceLinks);

    private static string StateOf(AssessmentState state) => state switch
    {
        AssessmentState.Open => "open",
        AssessmentState.Moderating => "moderating",
        _ => "completed",
    };

    private static async Task<Results<Ok<IReadOnlyList<AssessmentSummary>>, NotFound>> List(string code, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
        var ids = await db.Assessments.AsNoTracking().Where(a => a.SystemId == systemId)
            .OrderByDescending(a => a.OpensOn).ThenByDescending(a => a.CreatedAt).Select(a => a.Id).ToListAsync(cancellationToken);
        var list = new List<AssessmentSummary>();
        foreach (var id in ids)
            if (await AssessmentRatings.FindAsync(db, systemId, id, cancellationToken) is { } assessment)
                list.Add(Summary(assessment, await AssessmentRatings.ProgressAsync(db, assessment, cancellationToken)));
        return TypedResults.Ok<IReadOnlyList<AssessmentSummary>>(list);
    }

    private static AssessmentSummary Summary(AssessmentView a, IReadOnlyList<RaterProgress> raters) =>
        new(a.Id, a.Name, a.FrameworkName, a.FrameworkVersion, a.OpensOn, a.ClosesOn, StateOf(a.State), a.CriterionIds.Count,
            raters.Count, raters.Count(r => r.SubmittedAt is not null));

    private static RaterProgressView View(RaterProgress r) => new(r.RaterId, r.PersonId, r.Name, r.Reviewed, r.SubmittedAt);

    private static async Task<Results<Ok<AssessmentDetail>, NotFound>> Read(string code, Guid assessmentId, HttpContext http,
        GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId
            || await AssessmentRatings.FindAsync(db, systemId, assessmentId, cancellationToken) is not { } assessment)
            return TypedResults.NotFound();
        var raters = await AssessmentRatings.ProgressAsync(db, assessment, cancellationToken);
        var person = http.User.PersonId();
        var why = AssessmentRatings.WhyNotRating(assessment, time);
        return TypedResults.Ok(new AssessmentDetail(Summary(assessment, raters), why is null, why,
            raters.FirstOrDefault(r => r.PersonId == person) is { } you ? View(you) : null,
            http.User.MayEditRegister(code) ? [.. raters.Select(View)] : null));
    }

    private static async Task<Results<Ok<IReadOnlyList<RatingView>>, NotFound>> Ratings(string code, Guid assessmentId,
        HttpContext http, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId
            || await db.Assessments.Where(a => a.SystemId == systemId && a.Id == assessmentId).Select(a => (AssessmentState?)a.State)
                .SingleOrDefaultAsync(cancellationToken) is not { } state)
            return TypedResults.NotFound();
        var ratings = db.CriterionRatings.AsNoTracking().Where(r => r.AssessmentId == assessmentId);
        // Raters are promised that, until rating closes, the leadership team sees how far they have got, not their ratings.
        if (!http.User.MayEditRegister(code) || state == AssessmentState.Open)
        {
            var rater = await AssessmentRatings.RaterAsync(db, assessmentId, http.User.PersonId(), cancellationToken);
            ratings = ratings.Where(r => r.RaterId == (rater == null ? Guid.Empty : rater.Id));
        }
        var rows = await ratings.ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RatingView>>([.. rows.OrderBy(r => r.RaterId).ThenBy(r => r.CriterionId, StringComparer.Ordinal).Select(ViewOf)]);
    }

    private static RatingView ViewOf(CriterionRating r) =>
        new(r.RaterId, r.CriterionId, r.Level, r.NotApplicable, r.Rationale, r.EvidenceLinks, r.UpdatedAt, r.Version);

    private static async Task<Results<Ok<RatingView>, ValidationProblem, NotFound, ProblemHttpResult>> Rate(string code, Guid assessmentId,
        string criterionId, RatingBody? body, HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId
            || await AssessmentRatings.FindAsync(db, systemId, assessmentId, cancellationToken) is not { } assessment
            || !assessment.CriterionIds.Contains(criterionId)
            || await AssessmentRatings.RaterAsync(db, assessmentId, http.User.PersonId(), cancellationToken) is not { } rater)
            return TypedResults.NotFound();
        if (AssessmentRatings.WhyNotRating(assessment, time) is { } why)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The assessment is not taking ratings", detail: why);
        var answer = new RatingAnswer(body?.Level, body?.NotApplicable == true, body?.Rationale, body?.EvidenceLinks ?? []);
        var errors = RatingRules.Check(answer, assessment.Definition);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

        var current = await db.CriterionRatings.AsNoTracking().Where(r => r.RaterId == rater.Id && r.CriterionId == criterionId)
            .Select(r => (int?)r.Version).SingleOrDefaultAsync(cancellationToken);
        var ifMatch = http.Request.Headers.IfMatch;
        if (current is not null && ifMatch.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required",
                detail: "You have rated this criterion: read your rating and send its ETag in If-Match, so that a change made since is not overwritten.");
        var expected = current ?? 0;
        if (current is not null && !ifMatch.Contains(ETag(expected)) && !ifMatch.Contains("*")) return Stale();
        if (await AssessmentRatings.SaveAsync(db, rater, criterionId, answer, expected, time, cancellationToken) == RatingSave.Stale) return Stale();
        var saved = await db.CriterionRatings.AsNoTracking().SingleAsync(r => r.RaterId == rater.Id && r.CriterionId == criterionId, cancellationToken);
        http.Response.Headers.ETag = ETag(saved.Version);
        return TypedResults.Ok(ViewOf(saved));
    }

    private static ProblemHttpResult Stale() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The rating changed since you read it",
            detail: "Read your ratings again and send the rating's new ETag in If-Match.");

    private static string ETag(int version) => $"\"{version}\"";
}

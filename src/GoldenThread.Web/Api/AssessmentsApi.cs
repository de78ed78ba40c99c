using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using GoldenThread.Web.Api.Register;
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
        assessments.MapPost("/", Open).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Open an assessment against the current version of one of the system's frameworks: {name, frameworkId, opensOn, closesOn}; then invite raters.");
        assessments.MapGet("/{assessmentId:guid}", Read).RequireAuthorization(Policies.SystemMember)
            .WithSummary("One assessment with its progress; the leadership team also sees each rater's criteria reviewed and whether they have finished, never their ratings here.");
        assessments.MapPost("/{assessmentId:guid}/raters", Invite).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Invite people of the system's register to rate, while rating is open: {personIds: [...]}; those already invited are left as they are.");
        assessments.MapPost("/{assessmentId:guid}/close", Close).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Close rating so the leadership team can moderate, with If-Match and the assessment's ETag.");
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

    public sealed record NewAssessment(string? Name, Guid? FrameworkId, DateOnly? OpensOn, DateOnly? ClosesOn);

    public sealed record Invitation(List<Guid>? PersonIds);

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
        return TypedResults.Ok(await DetailAsync(db, code, assessment, http, time, cancellationToken));
    }

    private static async Task<AssessmentDetail> DetailAsync(GoldenThreadDbContext db, string code, AssessmentView assessment, HttpContext http,
        TimeProvider time, CancellationToken cancellationToken)
    {
        http.Response.Headers.ETag = IfMatch.ETag(assessment.Version);
        var raters = await AssessmentRatings.ProgressAsync(db, assessment, cancellationToken);
        var person = http.User.PersonId();
        var why = AssessmentRatings.WhyNotRating(assessment, time);
        return new AssessmentDetail(Summary(assessment, raters), why is null, why,
            raters.FirstOrDefault(r => r.PersonId == person) is { } you ? View(you) : null,
            http.User.MayEditRegister(code) ? [.. raters.Select(View)] : null);
    }

    private static async Task<Results<Created<AssessmentDetail>, ValidationProblem, NotFound>> Open(string code, NewAssessment? body,
        HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
        var errors = new List<GoldenThread.Network.FieldError>();
        if (AssessmentRatings.NameProblem(body?.Name) is { } nameProblem) errors.Add(new("name", nameProblem));
        var framework = body?.FrameworkId is { } frameworkId
            ? await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.SystemId == systemId && f.Id == frameworkId, cancellationToken)
            : null;
        if (framework is null) errors.Add(new("frameworkId", "Give the id of one of the system's frameworks"));
        if (body?.OpensOn is null) errors.Add(new("opensOn", "Give the opening date, as 2026-01-31"));
        if (body?.ClosesOn is null) errors.Add(new("closesOn", "Give the closing date, as 2026-01-31"));
        else if (body.OpensOn is { } opens && body.ClosesOn <= opens) errors.Add(new("closesOn", "Closing date must be after the opening date"));
        if (errors.Count > 0) return IfMatch.Invalid(errors);
        var id = await AssessmentRatings.OpenAsync(db, framework!, body!.Name!.Trim(), body.OpensOn!.Value, body.ClosesOn!.Value, time, cancellationToken);
        var assessment = (await AssessmentRatings.FindAsync(db, systemId, id, cancellationToken))!;
        return TypedResults.Created($"{http.Request.PathBase}/api/v1/systems/{code}/assessments/{id}",
            await DetailAsync(db, code, assessment, http, time, cancellationToken));
    }

    private static async Task<Results<Ok<AssessmentDetail>, ValidationProblem, NotFound, ProblemHttpResult>> Invite(string code, Guid assessmentId,
        Invitation? body, HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId
            || await AssessmentRatings.FindAsync(db, systemId, assessmentId, cancellationToken) is not { } assessment)
            return TypedResults.NotFound();
        if (assessment.State != AssessmentState.Open)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Rating has closed", detail: "No one more can be invited to rate this assessment");
        var chosen = (body?.PersonIds ?? []).Distinct().ToList();
        var known = await db.People.Where(p => p.SystemId == systemId && chosen.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        if (chosen.Count == 0) return IfMatch.Invalid([new("personIds", "Give the ids of the people to invite")]);
        if (chosen.Except(known).ToList() is { Count: > 0 } unknown)
            return IfMatch.Invalid([new("personIds", $"Not people of this system: {string.Join(", ", unknown)}")]);
        var invited = await db.AssessmentRaters.Where(r => r.AssessmentId == assessmentId).Select(r => r.PersonId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        db.AssessmentRaters.AddRange(chosen.Except(invited).Select(person => new AssessmentRater { SystemId = systemId, AssessmentId = assessmentId, PersonId = person, InvitedAt = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Invited meanwhile",
                detail: "Someone else invited some of these people at the same moment: read the assessment and invite again");
        }
        return TypedResults.Ok(await DetailAsync(db, code, assessment, http, time, cancellationToken));
    }

    private static async Task<Results<Ok<AssessmentDetail>, NotFound, ProblemHttpResult>> Close(string code, Guid assessmentId,
        HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId
            || await db.Assessments.SingleOrDefaultAsync(a => a.SystemId == systemId && a.Id == assessmentId, cancellationToken) is not { } row)
            return TypedResults.NotFound();
        if (IfMatch.Check(http, row.Version, "assessment") is { } refused) return refused;
        if (row.State != AssessmentState.Open)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Rating has already closed", detail: $"{row.Name} is {StateOf(row.State)}");
        row.State = AssessmentState.Moderating;
        if (!await db.SaveIfUnchangedAsync(row, row.Version, cancellationToken)) return IfMatch.Stale("assessment");
        var assessment = (await AssessmentRatings.FindAsync(db, systemId, assessmentId, cancellationToken))!;
        return TypedResults.Ok(await DetailAsync(db, code, assessment, http, time, cancellationToken));
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
            return IfMatch.Invalid(errors);

        var current = await db.CriterionRatings.AsNoTracking().Where(r => r.RaterId == rater.Id && r.CriterionId == criterionId)
            .Select(r => (int?)r.Version).SingleOrDefaultAsync(cancellationToken);
        // A first rating has nothing to overwrite; a change must name the version it read.
        if (current is { } version && IfMatch.Check(http, version, "rating") is { } refused) return refused;
        var expected = current ?? 0;
        if (await AssessmentRatings.SaveAsync(db, rater, criterionId, answer, expected, time, cancellationToken) == RatingSave.Stale) return IfMatch.Stale("rating");
        var saved = await db.CriterionRatings.AsNoTracking().SingleAsync(r => r.RaterId == rater.Id && r.CriterionId == criterionId, cancellationToken);
        http.Response.Headers.ETag = IfMatch.ETag(saved.Version);
        return TypedResults.Ok(ViewOf(saved));
    }

}

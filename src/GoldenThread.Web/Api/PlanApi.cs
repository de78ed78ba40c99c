using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Api.Register;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

/// <param name="Status"><c>not-started</c>, <c>in-progress</c>, <c>done</c> or <c>dropped</c>.</param>
/// <param name="Overdue">Past its due date (in England) and neither done nor dropped.</param>
public sealed record PlanActionView(Guid Id, int Version, Guid FrameworkId, string CriterionId, Guid? AssessmentId, string Title,
    string? Description, string Owner, Guid? OwnerPersonId, DateOnly DueOn, string Status, bool Overdue, string? ProgressNote, Guid? MeasureId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : IRegisterView;

/// <summary>An action as sent to the API or typed into the plan's form.</summary>
public sealed record PlanActionInput(string? CriterionId, string? Title, string? Description, string? Owner, Guid? OwnerPersonId,
    DateOnly? DueOn, string? Status, string? ProgressNote, Guid? MeasureId, Guid? AssessmentId)
{
    public PlanActionFields Fields => new(CriterionId, Title, Description, Owner, DueOn, Status, ProgressNote);

    /// <summary>Puts the input into <paramref name="action"/>; only once <see cref="PlanActionRules.Check"/> found no problems with <see cref="Fields"/>.</summary>
    public void ApplyTo(PlanAction action, DateTimeOffset now)
    {
        (action.CriterionId, action.Title, action.Description) = (CriterionId!.Trim(), Title!.Trim(), Optional(Description));
        (action.Owner, action.OwnerPersonId, action.DueOn) = (Owner!.Trim(), OwnerPersonId, DueOn!.Value);
        (action.Status, action.ProgressNote) = (PlanActionRules.Status(Status)!.Value, Optional(ProgressNote));
        (action.MeasureId, action.AssessmentId, action.UpdatedAt) = (MeasureId, AssessmentId, now);
        if (action.CreatedAt == default) action.CreatedAt = now;
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The actions of a system's framework plan: list (paged, by due date; <c>?status=</c> and <c>?overdue=true</c> narrow
/// it), read with an ETag, create, update and delete with If-Match, checked by the same <see cref="PlanActionRules"/>
/// as the pages. A criterion the framework does not have, and a measure, person or assessment not of this system and
/// framework, are refused with 400 naming the field.
/// </summary>
public static class PlanApi
{
    private const string Singular = "action";

    public static void MapPlanApi(this RouteGroupBuilder v1)
    {
        var actions = v1.MapGroup("/systems/{code}/frameworks/{frameworkId:guid}/actions").WithTags("Frameworks");
        actions.MapGet("/", ListAsync).RequireAuthorization(Policies.SystemMember)
            .WithSummary("The framework's plan actions by due date, paged; status (not-started, in-progress, done, dropped) and overdue=true narrow it.");
        actions.MapGet("/{actionId:guid}", ReadAsync).RequireAuthorization(Policies.SystemMember)
            .WithSummary("One action, with its version as the ETag.");
        actions.MapPost("/", CreateAsync).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Add an action to the plan; errors are keyed by field.");
        actions.MapPut("/{actionId:guid}", UpdateAsync).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Change an action: send the whole action and If-Match with the ETag you read.");
        actions.MapDelete("/{actionId:guid}", DeleteAsync).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Delete an action, with If-Match.");
    }

    private sealed record Scope(Guid SystemId, Guid FrameworkId, FrameworkDefinition Definition);

    /// <summary>The route's system and framework with the framework's current wording; null when either is not there.</summary>
    private static async Task<Scope?> ScopeAsync(GoldenThreadDbContext db, string code, Guid frameworkId, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return null;
        var definition = await db.Frameworks.AsNoTracking().Where(f => f.SystemId == systemId && f.Id == frameworkId)
            .Join(db.FrameworkVersions, f => f.CurrentVersionId, v => v.Id, (f, v) => v.Definition).SingleOrDefaultAsync(cancellationToken);
        return definition is null ? null : new Scope(systemId, frameworkId, definition);
    }

    private static IQueryable<PlanAction> Rows(GoldenThreadDbContext db, Scope scope) =>
        db.PlanActions.Where(a => a.SystemId == scope.SystemId && a.FrameworkId == scope.FrameworkId);

    private static PlanActionView View(PlanAction a, DateOnly today) => new(a.Id, a.Version, a.FrameworkId, a.CriterionId, a.AssessmentId, a.Title,
        a.Description, a.Owner, a.OwnerPersonId, a.DueOn, PlanActionRules.Word(a.Status), a.IsOverdue(today), a.ProgressNote, a.MeasureId, a.CreatedAt, a.UpdatedAt);

    private static async Task<Results<Ok<PageOf<PlanActionView>>, ValidationProblem, NotFound>> ListAsync(string code, Guid frameworkId,
        string? status, bool? overdue, int? page, int? pageSize, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var wanted = PlanActionRules.Status(status);
        if (status is not null && wanted is null)
            errors["status"] = [$"status must be {Prose.List([.. PlanActionRules.Statuses.Select(s => s.Word)], "or")}"];
        if (Paging.Read(page, pageSize, errors) is not { } paging || errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (await ScopeAsync(db, code, frameworkId, cancellationToken) is not { } scope) return TypedResults.NotFound();
        var today = UkTime.Today(time);
        var rows = Rows(db, scope).AsNoTracking();
        if (wanted is { } s) rows = rows.Where(a => a.Status == s);
        if (overdue == true) rows = rows.Where(a => a.DueOn < today && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress));
        var found = await PageOf<PlanAction>.ReadAsync(rows.OrderBy(a => a.DueOn).ThenBy(a => a.Title).ThenBy(a => a.Id), paging, cancellationToken);
        return TypedResults.Ok(new PageOf<PlanActionView>([.. found.Items.Select(a => View(a, today))], found.Page, found.PageSize, found.Total));
    }

    private static async Task<Results<Ok<PlanActionView>, NotFound>> ReadAsync(string code, Guid frameworkId, Guid actionId, HttpContext http,
        GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(db, code, frameworkId, cancellationToken) is not { } scope) return TypedResults.NotFound();
        if (await Rows(db, scope).AsNoTracking().SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken) is not { } action) return TypedResults.NotFound();
        return Viewed(http, action, time);
    }

    private static Ok<PlanActionView> Viewed(HttpContext http, PlanAction action, TimeProvider time)
    {
        http.Response.Headers.ETag = IfMatch.ETag(action.Version);
        return TypedResults.Ok(View(action, UkTime.Today(time)));
    }

    private static async Task<Results<Created<PlanActionView>, ValidationProblem, NotFound>> CreateAsync(string code, Guid frameworkId,
        PlanActionInput input, HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(db, code, frameworkId, cancellationToken) is not { } scope) return TypedResults.NotFound();
        if (await CheckAsync(db, scope, input, null, cancellationToken) is { Count: > 0 } errors) return IfMatch.Invalid(errors);
        var action = new PlanAction { SystemId = scope.SystemId, FrameworkId = frameworkId, CriterionId = "", Title = "", Owner = "" };
        input.ApplyTo(action, time.GetUtcNow());
        db.PlanActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Headers.ETag = IfMatch.ETag(action.Version);
        return TypedResults.Created($"{http.Request.PathBase}{http.Request.Path.Value!.TrimEnd('/')}/{action.Id}", View(action, UkTime.Today(time)));
    }

    private static async Task<Results<Ok<PlanActionView>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(string code, Guid frameworkId,
        Guid actionId, PlanActionInput input, HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(db, code, frameworkId, cancellationToken) is not { } scope) return TypedResults.NotFound();
        if (await Rows(db, scope).SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken) is not { } action) return TypedResults.NotFound();
        if (IfMatch.Check(http, action.Version, Singular) is { } failed) return failed;
        if (await CheckAsync(db, scope, input, action.CriterionId, cancellationToken) is { Count: > 0 } errors) return IfMatch.Invalid(errors);
        input.ApplyTo(action, time.GetUtcNow());
        if (!await db.SaveIfUnchangedAsync(action, action.Version, cancellationToken)) return IfMatch.Stale(Singular);
        return Viewed(http, action, time);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(string code, Guid frameworkId, Guid actionId, HttpContext http,
        GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(db, code, frameworkId, cancellationToken) is not { } scope) return TypedResults.NotFound();
        if (await Rows(db, scope).SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken) is not { } action) return TypedResults.NotFound();
        if (IfMatch.Check(http, action.Version, Singular) is { } failed) return failed;
        await RegisterDeletion.StageAsync(db, action, cancellationToken);
        if (!await db.SaveIfUnchangedAsync(action, action.Version, cancellationToken)) return IfMatch.Stale(Singular);
        return TypedResults.NoContent();
    }

    private static async Task<List<FieldError>> CheckAsync(GoldenThreadDbContext db, Scope scope, PlanActionInput input, string? currentCriterionId,
        CancellationToken cancellationToken)
    {
        var errors = PlanActionRules.Check(input.Fields, scope.Definition, currentCriterionId);
        if (input.OwnerPersonId is { } person && !await db.People.AnyAsync(p => p.SystemId == scope.SystemId && p.Id == person, cancellationToken))
            errors.Add(new FieldError("ownerPersonId", "Select a person of this system"));
        if (input.MeasureId is { } measure && !await db.Measures.AnyAsync(m => m.SystemId == scope.SystemId && m.Id == measure, cancellationToken))
            errors.Add(new FieldError("measureId", "Select a measure of this system"));
        if (input.AssessmentId is { } assessment
            && !await db.Assessments.AnyAsync(a => a.SystemId == scope.SystemId && a.FrameworkId == scope.FrameworkId && a.Id == assessment, cancellationToken))
            errors.Add(new FieldError("assessmentId", "Select an assessment of this framework"));
        return errors;
    }
}

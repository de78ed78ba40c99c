using System.Security.Claims;
using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Data.Programmes;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace GoldenThread.Web.Api;

/// <summary>
/// The national programme's rounds: who may see one (the operator every round; a system's people the rounds their
/// system may apply to; a reviewer the rounds they review in), a team's application sent as one element of
/// APPLICATIONS.json, and a round's eligibility as the <c>eligibility</c> command writes it (<see cref="RoundEligibility"/>).
/// </summary>
public static class ProgrammesApi
{
    /// <summary>An application is a few kilobytes; this is far beyond any.</summary>
    public const int MaxApplicationBytes = 1_000_000;

    public static void MapProgrammesApi(this RouteGroupBuilder v1)
    {
        var rounds = v1.MapGroup("/rounds").WithTags("Programmes");
        rounds.MapGet("/", ListRounds).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The programme rounds the account may see: the operator every round, a system's people the rounds their system may apply to, a reviewer the rounds they review in. Paged with ?page=&pageSize=.");
        rounds.MapGet("/{roundId:guid}", GetRound).RequireAuthorization(Policies.SignedIn)
            .WithSummary("One round: its dates, whether it takes applications today, its settings and the systems that may apply with their priority areas.");
        rounds.MapPost("/{roundId:guid}/applications", Submit).RequireAuthorization(Policies.SignedIn)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The body is read as text so that its errors can name their JSON path; describe it for the docs here.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "One element of APPLICATIONS.json (reference/eligibility-criteria.md).",
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() },
                };
                return Task.CompletedTask;
            })
            .WithSummary("Submit a team's application: one element of APPLICATIONS.json ({id, systemCode, submittedAt, teamName, wickedIssue, citizenGains, ediStatement, communityInvolvement, systemLeadershipGains, measures, sponsors, members, employerTimeCommitment}). The caller must be the programme operator or hold a role in the application's system; the round must be taking applications today unless the operator sends it. submittedAt is kept only from the operator; otherwise it is now. Answers 201 with the application's eligibility as it stands; errors are keyed by JSON path, such as members[2].sector; an id already in the round answers 409.");
        rounds.MapGet("/{roundId:guid}/eligibility", ReadEligibility).RequireAuthorization(Policies.ProgrammeOperator)
            .WithSummary("The eligibility of the round's submitted applications, in order of submission, as the eligibility command writes it: {results: [{applicationId, eligible, criteria: [{id, status, message}]}]}.");
    }

    /// <param name="State"><c>open</c> or <c>closed</c>.</param>
    /// <param name="TakesApplications">Whether a team may submit today (England's date).</param>
    public sealed record RoundView(Guid Id, string Code, string Name, string? Description, DateOnly OpensOn, DateOnly ClosesOn, string State,
        bool TakesApplications, SettingsView Settings, IReadOnlyList<SystemView> Systems);

    public sealed record SettingsView(int MinTeamSize, int MaxTeamsPerSystem, int PeoplePerSystem, decimal MinDaysPerMonth);

    public sealed record SystemView(string Code, IReadOnlyList<string> PriorityAreas);

    /// <param name="Id">The stored application's id.</param>
    /// <param name="ApplicationId">The application's id in the round (the body's <c>id</c>), as files and the engine know it.</param>
    public sealed record SubmittedApplication(Guid Id, string ApplicationId, string SystemCode, DateTimeOffset SubmittedAt, bool Eligible,
        IReadOnlyList<CriterionResult> Criteria);

    private static RoundView View(ProgrammeRound round, DateOnly today) => new(
        round.Id, round.Code, round.Name, round.Description, round.OpensOn, round.ClosesOn, round.State.ToString().ToLowerInvariant(),
        round.TakesApplications(today),
        new SettingsView(round.MinTeamSize, round.MaxTeamsPerSystem, round.PeoplePerSystem, round.MinDaysPerMonth),
        [.. round.Systems.Select(s => new SystemView(s.Code, s.PriorityAreas))]);

    private static bool IsOperator(ClaimsPrincipal user) => user.HasNationalRole(Roles.ProgrammeOperator);

    /// <summary>
    /// The rounds <paramref name="user"/> may see, from <paramref name="rounds"/>. In the programme area a reviewer's
    /// scope is every system, so their rounds are narrowed here to their own assignments.
    /// </summary>
    private static async Task<List<ProgrammeRound>> VisibleAsync(GoldenThreadDbContext db, ClaimsPrincipal user, IQueryable<ProgrammeRound> rounds,
        CancellationToken cancellationToken)
    {
        var all = await rounds.AsNoTracking().ToListAsync(cancellationToken);
        if (IsOperator(user)) return all;
        var systems = user.RoleGrants().Select(g => g.SystemCode).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reviewing = new HashSet<Guid>();
        if (user.HasNationalRole(Roles.Reviewer) && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } accountId)
            reviewing = [.. await db.ReviewAssignments.Where(a => a.ReviewerAccountId == accountId)
                .Join(db.TeamApplications, a => a.ApplicationId, t => t.Id, (_, t) => t.RoundId).Distinct().ToListAsync(cancellationToken)];
        return [.. all.Where(r => reviewing.Contains(r.Id) || r.Systems.Any(s => systems.Contains(s.Code)))];
    }

    private static async Task<ProgrammeRound?> VisibleRoundAsync(GoldenThreadDbContext db, ClaimsPrincipal user, Guid roundId,
        CancellationToken cancellationToken) =>
        (await VisibleAsync(db, user, db.ProgrammeRounds.Where(r => r.Id == roundId), cancellationToken)).SingleOrDefault();

    private static async Task<Results<Ok<PageOf<RoundView>>, ValidationProblem>> ListRounds(
        HttpContext http, GoldenThreadDbContext db, TimeProvider time, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (Paging.Read(page, pageSize, errors) is not { } paging) return TypedResults.ValidationProblem(errors);
        var today = UkDate.Today(time);
        var rounds = (await VisibleAsync(db, http.User, db.ProgrammeRounds, cancellationToken))
            .OrderByDescending(r => r.OpensOn).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var items = rounds.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).Select(r => View(r, today)).ToList();
        return TypedResults.Ok(new PageOf<RoundView>(items, paging.Page, paging.PageSize, rounds.Count));
    }

    private static async Task<Results<Ok<RoundView>, NotFound>> GetRound(
        Guid roundId, HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        await VisibleRoundAsync(db, http.User, roundId, cancellationToken) is { } round
            ? TypedResults.Ok(View(round, UkDate.Today(time))) : TypedResults.NotFound();

    private static async Task<Results<Ok<EligibilityReport>, NotFound>> ReadEligibility(
        Guid roundId, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await RoundEligibility.EvaluateAsync(db, roundId, time.GetUtcNow(), cancellationToken) is not { } eligibility) return TypedResults.NotFound();
        var inOrder = eligibility.Applications.Values.Select(e => e.Application)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Reference, StringComparer.Ordinal)
            .Select(a => eligibility.Results[a.Id]);
        return TypedResults.Ok(new EligibilityReport([.. inOrder]));
    }

    private static async Task<Results<Created<SubmittedApplication>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> Submit(
        Guid roundId, HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await VisibleRoundAsync(db, http.User, roundId, cancellationToken) is not { } round) return TypedResults.NotFound();
        // Only JSON, so a cross-site form can never submit an application where a browser would send the cookie.
        if (!http.Request.HasJsonContentType())
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the application as application/json");
        if (await ReadBodyAsync(http.Request, cancellationToken) is not { } body)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The application is too large",
                detail: $"An application must be smaller than {MaxApplicationBytes / 1_000_000} MB.");

        var byOperator = IsOperator(http.User);
        var now = time.GetUtcNow();
        var settings = round.Settings();
        var reading = ApplicationsFile.ReadOne(body, settings, submittedAtWhenLeftOut: now);
        // Who may send it is decided by the system it is for, before anything is said about its content.
        if (!byOperator && reading.SystemCode is { } code && settings.System(code) is not null && !http.User.HasSystemRole(code))
            return TypedResults.Forbid();
        if (reading.Problems.Count > 0) return Invalid(reading.Problems, "The application has problems; nothing was saved.");
        var application = reading.Application! with { SystemCode = settings.System(reading.Application!.SystemCode)!.Code };
        if (!byOperator) application = application with { SubmittedAt = now };
        if (!byOperator && !round.TakesApplications(UkDate.DateOf(now)))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The round is not taking applications",
                detail: round.State == RoundState.Closed
                    ? $"{round.Name} is closed."
                    : $"{round.Name} takes applications from {UkDate.Long(round.OpensOn)} to {UkDate.Long(round.ClosesOn)}.");
        if (await db.Systems.IdOfAsync(application.SystemCode, cancellationToken) is not { } systemId)
            return Invalid([new("systemCode", $"{application.SystemCode} is in the round but has no record in GoldenThread")], "The application cannot be saved.");

        var stored = new TeamApplication
        {
            SystemId = systemId, RoundId = round.Id, Reference = application.Id, State = ApplicationState.Submitted, Source = ApplicationSource.Api,
            Content = application.Content, CreatedByAccountId = http.User.FindFirstValue(ClaimTypes.NameIdentifier),
            CreatedAt = now, UpdatedAt = now, SubmittedAt = application.SubmittedAt,
        };
        // The id may be taken by another system's application, which this caller's scope does not show.
        if (await db.TeamApplications.IgnoreQueryFilters().AnyAsync(a => a.RoundId == round.Id && a.Reference == application.Id, cancellationToken))
            return TakenId(application.Id);
        db.TeamApplications.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return TakenId(application.Id); // sent twice at once: the unique index kept one
        }

        // The caps are decided within a system, so the caller's scope (their own systems) gives this application's
        // result exactly as the operator would see it.
        var eligibility = await RoundEligibility.EvaluateAsync(db, round.Id, now, cancellationToken);
        var result = eligibility![stored.Id]!;
        var location = byOperator
            ? $"/programmes/rounds/{round.Id}/applications/{stored.Id}"
            : $"/systems/{application.SystemCode}/programmes/applications/{stored.Id}";
        return TypedResults.Created(location,
            new SubmittedApplication(stored.Id, stored.Reference, application.SystemCode, application.SubmittedAt, result.Eligible, result.Criteria));
    }

    /// <summary>The request's body as text, or null as soon as it passes <see cref="MaxApplicationBytes"/> characters.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxApplicationBytes) return null;
        using var reader = new StreamReader(request.Body);
        var text = new System.Text.StringBuilder();
        var buffer = new char[16_384];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > MaxApplicationBytes) return null;
        }
        return text.ToString();
    }

    private static ValidationProblem Invalid(IEnumerable<ProgrammeProblem> problems, string title) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: title);

    private static ProblemHttpResult TakenId(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The round has an application with this id",
            detail: "Nothing was saved. Give the application an id of its own in the round.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["id"] = [$"“{id}” is already an application in this round"] } });
}

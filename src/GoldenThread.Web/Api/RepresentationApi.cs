using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Data.Representation;
using GoldenThread.Representation;
using GoldenThread.Web.Access;
using GoldenThread.Web.Representation;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GoldenThread.Web.Api;

/// <summary>
/// The representation report of a system on a date (every finding, the rule's title and reason, and for a gap the people
/// who could fill it), and the history of its snapshots. Reading the report here keeps no snapshot: a GET changes
/// nothing, and a script polling it would fill the history; the nightly snapshot and the report page keep them.
/// </summary>
public static class RepresentationApi
{
    public static void MapRepresentationApi(this RouteGroupBuilder v1)
    {
        var representation = v1.MapGroup("/systems/{code}/representation").WithTags("Representation");
        representation.MapGet("/", ReadReport).RequireAuthorization(Policies.SystemMember)
            .WithSummary("The system's representation findings on a date (?on=YYYY-MM-DD; today in England when absent): gaps and warnings by rule and body, each with the rule's title and reason, and for a gap up to five people in the register who could fill it.");
        representation.MapGet("/history", ReadHistory).RequireAuthorization(Policies.SystemMember)
            .WithSummary("The system's representation snapshots (each night's and each the leadership team took), newest first, each with the findings that opened and closed since the one before.");
    }

    public sealed record SystemName(string Code, string Name);

    public sealed record Report(SystemName System, DateOnly On, Summary Summary, IReadOnlyList<FindingView> Findings);

    /// <param name="BodiesWithFindings">Bodies active on the date with at least one finding; system-wide findings name no body.</param>
    /// <param name="BodiesClean">Bodies active on the date with none.</param>
    public sealed record Summary(int Gaps, int Warnings, int BodiesWithFindings, int BodiesClean);

    /// <param name="Severity"><c>gap</c> or <c>warning</c>.</param>
    /// <param name="BodyId">The body's id in the register; null for a finding about the whole system.</param>
    public sealed record FindingView(string Rule, string Severity, string? BodyId, string? BodyName, string? Subject, string Message,
        string Title, string Reason, IReadOnlyList<CandidateView> Candidates);

    /// <param name="BodyId">The body whose seat the person would take.</param>
    /// <param name="Meets">What the person would bring that the gap lacks.</param>
    public sealed record CandidateView(string PersonId, string Name, string BodyId, string Role, string Capacity, IReadOnlyList<string> Meets);

    private static async Task<Results<Ok<Report>, ValidationProblem, NotFound>> ReadReport(
        string code, string? on, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var date = UkTime.Today(time);
        if (on is not null && !DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["on"] = ["must be a date written YYYY-MM-DD, for example 2026-04-01"] });
        if (await RepresentationRun.EvaluateAsync(db, code, date, candidates: true, cancellationToken) is not { } run) return TypedResults.NotFound();
        var report = new RepresentationReport(run);
        var findings = run.Findings.Select(f => new FindingView(f.Rule, f.Severity.Code(), f.BodyId, report.Body(f.BodyId)?.Name, f.Subject,
            f.Message, report.Rule(f).Title, report.Rule(f).Reason,
            [.. f.Candidates.Select(c => new CandidateView(c.PersonId, c.Name, c.Seat.BodyId, c.Seat.Role, c.Seat.Capacity, c.Meets))])).ToList();
        return TypedResults.Ok(new Report(new SystemName(run.Code, run.SystemName), run.On,
            new Summary(report.Gaps, report.Warnings, report.BodiesWithFindings, report.BodiesClean), findings));
    }

    private static async Task<Results<Ok<PageOf<FindingHistory.Entry>>, ValidationProblem, NotFound>> ReadHistory(
        string code, int? page, int? pageSize, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (Paging.Read(page, pageSize, errors) is not { } paging) return TypedResults.ValidationProblem(errors);
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
        return TypedResults.Ok(await RepresentationHistory.ReadAsync(db, systemId, paging, cancellationToken));
    }
}

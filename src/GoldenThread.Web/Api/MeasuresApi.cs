using System.Globalization;
using System.Text.Json;
using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using GoldenThread.Web.Api.Register;
using GoldenThread.Web.Measures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

/// <summary>
/// A system's measures (as the register's rows: paged list, ETag and If-Match), their points (added or replaced all or
/// nothing, errors keyed by JSON path such as <c>[3].date</c>), and each measure's XmR chart as the <c>spc</c>
/// command writes it (<see cref="SpcReport"/>).
/// </summary>
public static class MeasuresApi
{
    public static void MapMeasuresApi(this RouteGroupBuilder v1)
    {
        var time = ((IEndpointRouteBuilder)v1).ServiceProvider.GetRequiredService<TimeProvider>();
        var measures = RegisterApi.Map(v1, new MeasuresResource(time), tag: "Measures");
        measures.MapGet("/{measureId:guid}/points", ReadPoints).RequireAuthorization(Policies.SystemMember)
            .WithSummary("The measure's points in date order.");
        measures.MapPost("/{measureId:guid}/points", AddPoints).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Add points, an array of {date, value}, all or nothing; a date the measure has is refused. ?replace=true makes them the measure's only points. Errors are keyed by JSON path, such as [3].date.");
        measures.MapDelete("/{measureId:guid}/points/{date}", DeletePoint).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Delete the point of one date (YYYY-MM-DD); a rebase at that date goes with it.");
        measures.MapGet("/{measureId:guid}/spc", ReadChart).RequireAuthorization(Policies.SystemMember)
            .WithSummary("The measure's XmR chart: each point with its segment's mean and limits and type, the variation and assurance, the segments, and whether any has trial limits.");
    }

    public sealed record PointView(DateOnly Date, double Value);

    private static async Task<Measure?> FindAsync(GoldenThreadDbContext db, string code, Guid measureId, bool tracked, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return null;
        var rows = db.Measures.Where(m => m.SystemId == systemId && m.Id == measureId);
        return await (tracked ? rows : rows.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    private static async Task<List<MeasurePoint>> PointsAsync(GoldenThreadDbContext db, Guid measureId, CancellationToken cancellationToken) =>
        await db.MeasurePoints.AsNoTracking().Where(p => p.MeasureId == measureId).OrderBy(p => p.Date).ToListAsync(cancellationToken);

    private static async Task<Results<Ok<IReadOnlyList<PointView>>, NotFound>> ReadPoints(
        string code, Guid measureId, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, code, measureId, tracked: false, cancellationToken) is null) return TypedResults.NotFound();
        return TypedResults.Ok<IReadOnlyList<PointView>>([.. (await PointsAsync(db, measureId, cancellationToken)).Select(p => new PointView(p.Date, p.Value))]);
    }

    private static async Task<Results<Ok<IReadOnlyList<PointView>>, ValidationProblem, NotFound, ProblemHttpResult>> AddPoints(
        string code, Guid measureId, bool? replace, JsonElement body, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, code, measureId, tracked: true, cancellationToken) is not { } measure) return TypedResults.NotFound();
        if (body.ValueKind != JsonValueKind.Array)
            return Invalid([new PointRowProblem(null, null, "", "Send an array of points, each {\"date\": \"2024-03-01\", \"value\": 52}")]);
        var rows = body.EnumerateArray().Select((item, i) => new PointRow(i, i + 1, Text(item, "date"), Text(item, "value"))).ToList();
        var (points, problems) = PointRows.Read(rows);
        if (rows.Count == 0) problems = [new PointRowProblem(null, null, "", "Send at least one point")];
        if (problems.Count > 0) return Invalid(problems);
        var staged = await MeasureData.StageAsync(db, measure, points, replace == true, cancellationToken);
        if (staged.Problems.Count > 0) return Invalid(staged.Problems);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request added one of these dates between the check and the save: nothing of this one is kept.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The measure's points changed",
                detail: "Someone else changed this measure's points while yours were being saved, so nothing was saved. Read them and try again.");
        }
        return TypedResults.Ok<IReadOnlyList<PointView>>([.. (await PointsAsync(db, measureId, cancellationToken)).Select(p => new PointView(p.Date, p.Value))]);
    }

    /// <summary>A field of one point as text: a JSON string as it is, a number as written; null when absent.</summary>
    private static string? Text(JsonElement item, string field) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(field, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), JsonValueKind.Null => null, _ => value.GetRawText() }
            : null;

    private static ValidationProblem Invalid(IEnumerable<PointRowProblem> problems) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Index is { } i ? $"[{i}]{(p.Field == "" ? "" : "." + p.Field)}" : "$")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    private static async Task<Results<NoContent, NotFound>> DeletePoint(
        string code, Guid measureId, string date, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, code, measureId, tracked: true, cancellationToken) is not { } measure) return TypedResults.NotFound();
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return TypedResults.NotFound();
        if (await db.MeasurePoints.SingleOrDefaultAsync(p => p.MeasureId == measureId && p.Date == day, cancellationToken) is not { } point)
            return TypedResults.NotFound();
        MeasureData.StageRemoval(db, measure, point);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.NotFound(); // removed by another request meanwhile
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<SpcReport>, ProblemHttpResult, NotFound>> ReadChart(
        string code, Guid measureId, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, code, measureId, tracked: false, cancellationToken) is not { } measure) return TypedResults.NotFound();
        var charted = ChartedMeasure.Of(measure, await PointsAsync(db, measureId, cancellationToken));
        if (charted.Chart is not { } chart)
            // The request is sound; the measure's stored points are what cannot be charted yet.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The measure's points cannot be charted yet",
                detail: charted.NoChartReason,
                extensions: new Dictionary<string, object?> { ["errors"] = charted.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()) });
        return TypedResults.Ok(SpcReport.Of(chart));
    }
}

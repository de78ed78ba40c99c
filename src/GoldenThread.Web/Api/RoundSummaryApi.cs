using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

public static class RoundSummaryApi
{
    public static void MapRoundSummaryApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/rounds/{roundId:guid}/summary", Read).RequireAuthorization(Policies.Public).WithTags("Programmes")
            .WithSummary("A round's anonymised summary once published (404 before): teams applied, eligible and selected, overall and by NHS region; team members by sector, where a count below 10, zero included, is null (withheld) and other counts are rounded to the nearest 5.");

    private static async Task<Results<Ok<RoundSummaryReport.Report>, NotFound>> Read(
        Guid roundId, GoldenThreadDbContext db, HttpSystemScope scope, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await db.ProgrammeRounds.AnyAsync(r => r.Id == roundId && r.SummaryPublishedAt != null, cancellationToken)) return TypedResults.NotFound();
        // Published counts of every system's applications, whoever asks; nothing of one system leaves but counts.
        scope.Unrestrict();
        return TypedResults.Ok((await RoundSummaryReport.ReadAsync(db, roundId, time.GetUtcNow(), cancellationToken))!);
    }
}

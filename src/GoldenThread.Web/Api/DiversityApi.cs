using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Diversity;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

public static class DiversityApi
{
    public static void MapDiversityApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/systems/{code}/diversity", Read).RequireAuthorization(Policies.SystemMember).WithTags("Diversity")
            .WithSummary("Diversity of a group of people (population: register, members, system, place or neighbourhood) as aggregates: a count below 10, zero included, is null (withheld) and other counts are rounded to the nearest 5.");

    private static async Task<Results<Ok<DiversityReport.Report>, ValidationProblem, NotFound>> Read(
        string code, string? population, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (DiversityReport.Find(population) is not { } chosen)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["population"] = [$"must be one of {string.Join(", ", DiversityReport.Populations.Select(p => p.Code))}"] });
        var systemId = await db.Systems.IdOfAsync(code, cancellationToken);
        if (systemId is null) return TypedResults.NotFound();
        return TypedResults.Ok(await DiversityReport.ReadAsync(db, systemId.Value, chosen, UkTime.Today(time), cancellationToken));
    }
}

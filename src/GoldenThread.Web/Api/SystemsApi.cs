using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GoldenThread.Web.Api;

public static class SystemsApi
{
    public static void MapSystemsApi(this RouteGroupBuilder v1)
    {
        var systems = v1.MapGroup("/systems").WithTags("Systems");
        systems.MapGet("/", ListSystems).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The systems the signed-in account holds a role in.");
        systems.MapGet("/{code}", GetSystem).RequireAuthorization(Policies.SystemMember)
            .WithSummary("One system and the size of its leadership network.");
    }

    private static async Task<Results<Ok<PageOf<SystemSummary>>, ValidationProblem>> ListSystems(
        HttpContext http, GoldenThreadDbContext db, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (Paging.Read(page, pageSize, errors) is not { } paging) return TypedResults.ValidationProblem(errors);
        var codes = http.User.RoleGrants().Select(g => g.SystemCode).OfType<string>().Distinct().ToList();
        var all = await SystemSummary.ReadAsync(db, codes, cancellationToken);
        var items = all.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).ToList();
        return TypedResults.Ok(new PageOf<SystemSummary>(items, paging.Page, paging.PageSize, all.Count));
    }

    private static async Task<Results<Ok<SystemSummary>, NotFound>> GetSystem(string code, GoldenThreadDbContext db, CancellationToken cancellationToken) =>
        await SystemSummary.ReadAsync(db, code, cancellationToken) is { } summary ? TypedResults.Ok(summary) : TypedResults.NotFound();
}

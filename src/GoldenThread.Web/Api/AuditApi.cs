using GoldenThread.Data.Network;
using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Audit;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/systems/{code}/audit", ReadAudit).RequireAuthorization(Policies.SystemLeadership).WithTags("Audit")
            .WithSummary("The system's audit trail, newest first; filter by entity and by actor (an account id, or process:NAME for changes made without an account).");

    private static async Task<Results<Ok<PageOf<AuditLog.Row>>, ValidationProblem, NotFound>> ReadAudit(
        string code, string? entity, string? actor, int? page, int? pageSize, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (Paging.Read(page, pageSize, errors) is not { } paging) return TypedResults.ValidationProblem(errors);
        var systemId = await db.Systems.IdOfAsync(code, cancellationToken);
        if (systemId is null) return TypedResults.NotFound();
        return TypedResults.Ok(await AuditLog.ReadAsync(db, systemId.Value, new AuditLog.Filter(entity, actor), paging, cancellationToken));
    }
}

using GoldenThread.Data;
using GoldenThread.Data.Network;
using Microsoft.AspNetCore.Authorization;

namespace GoldenThread.Web.Access;

/// <summary>What a handler of a row-level policy reads from the route: the system it is in and the id of the row.</summary>
public static class RouteRow
{
    /// <summary>
    /// The route's system (the user must hold a role in it) and the id in route value <paramref name="key"/>; null, after
    /// failing the requirement so that it answers 404, when there is no such system, the user is not in it, or the id is
    /// not one.
    /// </summary>
    public static async Task<(HttpContext Http, Guid SystemId, Guid Id)?> ReadAsync(AuthorizationHandlerContext context, IAuthorizationHandler handler,
        GoldenThreadDbContext db, string key)
    {
        var http = context.Resource as HttpContext;
        var code = http?.GetRouteValue("code") as string;
        if (http is not null && code is not null && context.User.HasSystemRole(code)
            && Guid.TryParse(http.GetRouteValue(key) as string, out var id)
            && await db.Systems.IdOfAsync(code, http.RequestAborted) is { } systemId)
            return (http, systemId, id);
        NotFound(context, handler);
        return null;
    }

    /// <summary>Fails the requirement so that it answers 404: the caller may not know the row exists.</summary>
    public static void NotFound(AuthorizationHandlerContext context, IAuthorizationHandler handler) =>
        context.Fail(new AuthorizationFailureReason(handler, SystemRoleHandler.NotInSystem));
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GoldenThread.Web.Access;

/// <summary>
/// A signed-in user asking for a system they hold no role in is answered 404, as if the system did
/// not exist; everything else is the framework's default (challenge to sign in, 403).
/// </summary>
public sealed class NotFoundOutsideSystem : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var notInSystem = authorizeResult.AuthorizationFailure?.FailureReasons
            .Any(r => r.Message == SystemRoleHandler.NotInSystem) == true;
        if (authorizeResult.Forbidden && notInSystem)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}

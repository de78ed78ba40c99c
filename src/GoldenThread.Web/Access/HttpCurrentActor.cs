using System.Security.Claims;
using GoldenThread.Data.Access;

namespace GoldenThread.Web.Access;

/// <summary>The signed-in user of the current request, for the audit trail.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string? AccountId => User?.AccountId();

    public string Name => User?.Identity?.IsAuthenticated == true ? User.DisplayName()
        : accessor.HttpContext is null ? "GoldenThread" : "anonymous";
}

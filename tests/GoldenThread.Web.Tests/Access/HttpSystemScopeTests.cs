using System.Security.Claims;
using GoldenThread.Access;
using GoldenThread.Data.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GoldenThread.Web.Access;

public class HttpSystemScopeTests
{
    private static readonly Guid Qxv = Guid.NewGuid(), Qaa = Guid.NewGuid();

    private static HttpSystemScope ScopeFor(ClaimsPrincipal? user, string? routeCode, bool request = true)
    {
        var context = new DefaultHttpContext { User = user ?? new ClaimsPrincipal(new ClaimsIdentity()) };
        if (routeCode is not null) context.Request.RouteValues["code"] = routeCode;
        return new HttpSystemScope(new HttpContextAccessor { HttpContext = request ? context : null });
    }

    private static ClaimsPrincipal InBoth() => new(new ClaimsIdentity(
    [
        new Claim(RoleGrant.ClaimType, "professional@QXV"), ClaimsPrincipalExtensions.SystemClaimFor("QXV", Qxv),
        new Claim(RoleGrant.ClaimType, "leadership-team@QAA"), ClaimsPrincipalExtensions.SystemClaimFor("QAA", Qaa),
    ], "test"));

    [Fact]
    public void Current_UnderOneSystemsRoute_IsThatSystemOnly()
    {
        var scope = ScopeFor(InBoth(), "qaa").Current;

        Assert.Equal([Qaa], scope.SystemIds);
        Assert.False(scope.EverySystem);
    }

    [Fact]
    public void Current_UnderAnotherSystemsRoute_IsNothing() =>
        Assert.Empty(ScopeFor(InBoth(), "QZZ").Current.SystemIds);

    [Fact]
    public void Current_WithoutASystemInTheRoute_IsEverySystemOfTheUser() =>
        Assert.Equal(new[] { Qxv, Qaa }.Order(), ScopeFor(InBoth(), null).Current.SystemIds.Order());

    [Fact]
    public void Current_Anonymous_IsNothing() => Assert.Empty(ScopeFor(null, null).Current.SystemIds);

    [Fact]
    public void Current_OutsideARequest_IsNothingUntilUnrestricted()
    {
        var scope = ScopeFor(null, null, request: false);
        Assert.False(scope.Current.EverySystem);
        Assert.Empty(scope.Current.SystemIds);

        scope.Unrestrict();

        Assert.True(scope.Current.EverySystem);
    }
}

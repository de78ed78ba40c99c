using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace GoldenThread.Web.Access;

/// <summary>Sign-in (local accounts, optional OpenID Connect, bearer tokens for the API) and the permission policies.</summary>
public static class AccessSetup
{
    public static IServiceCollection AddGoldenThreadAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<HttpSystemScope>();
        services.AddScoped<ISystemScopeSource>(sp => sp.GetRequiredService<HttpSystemScope>());

        services.AddDataProtection().SetApplicationName("GoldenThread").PersistKeysToDbContext<GoldenThreadDbContext>();

        services.AddIdentity<Account, IdentityRole>(AccountRules.Apply)
            .AddEntityFrameworkStores<GoldenThreadDbContext>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddSignInManager<GoldenThreadSignInManager>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "goldenthread";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = RedirectPagesToSignIn;
            // 403 in place: the status-code page explains it without changing the address.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        var authentication = services.AddAuthentication(o =>
        {
            // AddIdentity names the cookie as the default for each action; the policy scheme must replace all of them.
            o.DefaultScheme = "cookie-or-bearer";
            o.DefaultAuthenticateScheme = "cookie-or-bearer";
            o.DefaultChallengeScheme = "cookie-or-bearer";
            o.DefaultForbidScheme = "cookie-or-bearer";
        });
        authentication.AddPolicyScheme("cookie-or-bearer", "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
            ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? IdentityConstants.BearerScheme
                : IdentityConstants.ApplicationScheme);
        authentication.AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        AddOpenIdConnect(authentication, configuration);

        services.AddSingleton<IAuthorizationHandler, SystemRoleHandler>();
        services.AddSingleton<IAuthorizationHandler, NationalRoleHandler>();
        services.AddSingleton<IAuthorizationHandler, RegisterEditorsHandler>();
        services.AddScoped<IAuthorizationHandler, AssessmentRaterHandler>();
        services.AddScoped<IAuthorizationHandler, MentoringPairHandler>();
        services.AddScoped<IAuthorizationHandler, LearningSetHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, NotFoundOutsideSystem>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Public, p => p.RequireAssertion(_ => true))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.SystemMember, p => SystemPolicy(p, Policies.SystemMember))
            .AddPolicy(Policies.SystemLeadership, p => SystemPolicy(p, Policies.SystemLeadership))
            .AddPolicy(Policies.SystemAdmin, p => SystemPolicy(p, Policies.SystemAdmin))
            .AddPolicy(Policies.BodyMembers, p => p.RequireAuthenticatedUser().AddRequirements(new BodyMembersRequirement()))
            .AddPolicy(Policies.PersonProfile, p => p.RequireAuthenticatedUser().AddRequirements(new PersonProfileRequirement()))
            .AddPolicy(Policies.AssessmentRater, p => p.RequireAuthenticatedUser().AddRequirements(new AssessmentRaterRequirement()))
            .AddPolicy(Policies.MentoringPair, p => p.RequireAuthenticatedUser().AddRequirements(new MentoringPairRequirement()))
            .AddPolicy(Policies.LearningSetFacilitator, p => p.RequireAuthenticatedUser().AddRequirements(new LearningSetFacilitatorRequirement()))
            .AddPolicy(Policies.LearningSetMember, p => p.RequireAuthenticatedUser().AddRequirements(new LearningSetMemberRequirement()))
            .AddPolicy(Policies.ProgrammeOperator, p => p.RequireAuthenticatedUser().AddRequirements(new NationalRoleRequirement(Roles.ProgrammeOperator)))
            .AddPolicy(Policies.Reviewer, p => p.RequireAuthenticatedUser().AddRequirements(new NationalRoleRequirement(Roles.Reviewer)))
            // An endpoint that names no policy is refused to everyone: forgetting one cannot open a page.
            // Unmatched addresses reach the public not-found fallback (Program.cs), not this policy.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build());
        return services;
    }

    private static void SystemPolicy(AuthorizationPolicyBuilder policy, string name) =>
        policy.RequireAuthenticatedUser().AddRequirements(new SystemRoleRequirement(Policies.SystemPolicyRoles[name]));

    private static Task RedirectPagesToSignIn(RedirectContext<CookieAuthenticationOptions> ctx)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddOpenIdConnect(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var settings = OpenIdConnectSettings.From(configuration);
        if (settings is null) return;
        authentication.AddOpenIdConnect(OpenIdConnectSettings.Scheme, settings.DisplayName, o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.Scope.Clear();
            foreach (var scope in settings.Scopes) o.Scope.Add(scope);
            o.CallbackPath = "/account/oidc-callback";
            o.MapInboundClaims = false;
            // Claims that may arrive only from the userinfo endpoint, which are otherwise dropped.
            o.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
            o.ClaimActions.MapJsonKey(settings.RoleClaimType, settings.RoleClaimType);
        });
    }
}

/// <summary>An OpenID Connect provider (NHS CIS2 or similar), configured under <c>Authentication:OpenIdConnect</c>.</summary>
public sealed record OpenIdConnectSettings(string Authority, string ClientId, string ClientSecret, string DisplayName,
    string RoleClaimType, IReadOnlyList<string> Scopes)
{
    public const string Scheme = "oidc";

    public static OpenIdConnectSettings? From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:OpenIdConnect");
        var authority = section["Authority"];
        var clientId = section["ClientId"];
        if (string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(clientId)) return null;
        var scopes = section.GetSection("Scopes").Get<string[]>() is { Length: > 0 } s ? s : ["openid", "profile", "email"];
        return new(authority, clientId, section["ClientSecret"] ?? "", section["DisplayName"] ?? "Single sign-on",
            section["RoleClaimType"] ?? "goldenthread_roles", scopes);
    }
}

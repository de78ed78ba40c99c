using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using GoldenThread.Data;
using GoldenThread.Testing;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Account;

/// <summary>
/// The app with an OpenID Connect provider configured, whose handler is replaced by a stand-in provider: on
/// challenge it signs in <see cref="NextUser"/> with the external cookie and returns to the callback, as a real
/// provider would after the user signed in there.
/// </summary>
public sealed class SingleSignOnApp : GoldenThreadApp
{
    public ClaimsPrincipal NextUser { get; set; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://sso.example.org/realms/nhs");
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", "goldenthread");
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "secret");
        builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "Test SSO");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(this);
            services.PostConfigure<AuthenticationOptions>(o =>
                o.Schemes.Single(s => s.Name == OpenIdConnectSettings.Scheme).HandlerType = typeof(StandInProvider));
        });
    }

    public static ClaimsPrincipal User(string subject, string email, bool verified, params string[] roles) =>
        new(new ClaimsIdentity(
        [
            new Claim("sub", subject), new Claim("email", email), new Claim("email_verified", verified ? "true" : "false"),
            new Claim("name", "Single Sign-On User"), .. roles.Select(r => new Claim("goldenthread_roles", r)),
        ], "stand-in"));

    private sealed class StandInProvider(IOptionsMonitor<OpenIdConnectOptions> options, ILoggerFactory logger, UrlEncoder encoder, SingleSignOnApp app)
        : AuthenticationHandler<OpenIdConnectOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

        protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            var user = new ClaimsPrincipal(new ClaimsIdentity(
                app.NextUser.Claims.Append(new Claim(ClaimTypes.NameIdentifier, app.NextUser.FindFirstValue("sub")!)), "stand-in"));
            await Context.SignInAsync(IdentityConstants.ExternalScheme, user, properties);
            Response.Redirect(properties.RedirectUri!);
        }
    }
}

public class SingleSignOnTests(SingleSignOnApp app) : IClassFixture<SingleSignOnApp>
{
    private async Task<(HttpClient Client, HttpResponseMessage Callback)> SignInThroughProvider(ClaimsPrincipal user)
    {
        app.NextUser = user;
        var client = await app.ClientFor(null);
        var token = await GoldenThreadApp.AntiforgeryToken(client, "/account/sign-in");
        var challenge = await client.PostAsync("/account/external", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        return (client, await client.GetAsync(challenge.Headers.Location));
    }

    [Fact]
    public async Task Configured_RegistersTheSchemeAndOffersTheButton()
    {
        using var client = await app.ClientFor(null);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/account/sign-in"));
        var scheme = await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSettings.Scheme);

        Assert.Equal("Test SSO", scheme!.DisplayName);
        var form = page.QuerySelector("form[action='/account/external']")!;
        Assert.Equal("Sign in with Test SSO", form.QuerySelector("button")!.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task NewVerifiedUser_WithAssertedRole_IsCreatedAndSignedInWithThatRole()
    {
        var (client, callback) = await SignInThroughProvider(SingleSignOnApp.User("sub-new", "new.user@nhs.example", true, "leadership-team@QXV"));
        using var _ = client;

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var home = GoldenThreadApp.Parse(await client.GetStringAsync("/"));
        Assert.Equal("/systems/QXV", home.QuerySelector(".nhsuk-card__link")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/systems/QXV/audit")).StatusCode);
    }

    [Fact]
    public async Task AssertedRoleInLowerCase_IsTheSameSystem()
    {
        var (client, callback) = await SignInThroughProvider(SingleSignOnApp.User("sub-lower", "lower.case@nhs.example", true, "leadership-team@qxv"));
        using var _ = client;

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Contains("\"roles\":[\"leadership-team@QXV\"]", await client.GetStringAsync("/api/v1/me"));
    }

    [Fact]
    public async Task EmailOfAPasswordAccount_IsNotLinked()
    {
        var (client, callback) = await SignInThroughProvider(SingleSignOnApp.User("sub-attacker", "leader@goldenthread.example", true));
        using var _ = client;

        var page = GoldenThreadApp.Parse(await callback.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Equal("You cannot sign in with that account yet", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/systems/QXV")).StatusCode); // still anonymous
        Assert.Empty(await Logins("leader@goldenthread.example"));
    }

    [Fact]
    public async Task UnverifiedEmail_IsRefused()
    {
        var (client, callback) = await SignInThroughProvider(SingleSignOnApp.User("sub-unverified", "someone@nhs.example", false));
        using var _ = client;

        Assert.Contains("did not confirm your email address", await callback.Content.ReadAsStringAsync());
        Assert.Empty(await Logins("someone@nhs.example"));
    }

    [Fact]
    public async Task AssertedGrantsForUnknownSystemsOrForeignBodies_AreIgnored()
    {
        Guid foreignBody;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
            var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
            var qaa = await db.Systems.Where(s => s.Code == GoldenThreadApp.OtherSystem).Select(s => s.Id).SingleAsync();
            foreignBody = await db.Bodies.Where(b => b.SystemId == qaa).Select(b => b.Id).FirstAsync();
        }

        var (client, callback) = await SignInThroughProvider(SingleSignOnApp.User("sub-mixed", "mixed@nhs.example", true,
            "professional@QXV", "leadership-team@QZZ", $"body-secretary@QXV#{foreignBody}", "professional@QXV", "professional@qxv"));
        using var _ = client;

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var me = await client.GetStringAsync("/api/v1/me");
        Assert.Contains("\"roles\":[\"professional@QXV\"]", me);
    }

    private async Task<List<string>> Logins(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThread.Data.Access.Account>>();
        var account = await users.FindByEmailAsync(email);
        return account is null ? [] : [.. (await users.GetLoginsAsync(account)).Select(l => l.ProviderKey)];
    }
}

public class WithoutSingleSignOnTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task NotConfigured_OffersNoButtonAndRefusesTheChallenge()
    {
        using var client = await app.ClientFor(null);
        var token = await GoldenThreadApp.AntiforgeryToken(client, "/account/sign-in");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/account/sign-in"));
        var challenge = await client.PostAsync("/account/external", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Null(page.QuerySelector("form[action='/account/external']"));
        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
        Assert.Null(await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSettings.Scheme));
    }
}

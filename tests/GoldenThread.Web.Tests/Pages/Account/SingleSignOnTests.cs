using GoldenThread.Testing;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Pages.Account;

/// <summary>The app with an OpenID Connect provider configured (nothing is contacted until someone uses it).</summary>
public sealed class SingleSignOnApp : GoldenThreadApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://sso.example.org/realms/nhs");
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", "goldenthread");
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "secret");
        builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "Test SSO");
    }
}

public class SingleSignOnTests(SingleSignOnApp app) : IClassFixture<SingleSignOnApp>
{
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
        Assert.Equal(System.Net.HttpStatusCode.NotFound, challenge.StatusCode);
        Assert.Null(await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSettings.Scheme));
    }
}

using System.Net;
using GoldenThread.Testing;
using GoldenThread.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Pages.Account;

/// <summary>The same database, restarted with demo mode off (as in Production).</summary>
public sealed class DemoModeOffApp : GoldenThreadApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GoldenThread:Demo", "false");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // As if the database had been seeded in demo mode before.
        await CreateAccount(DemoAccount, "leadership-team", OtherSystem, isDemo: true);
    }

    public const string DemoAccount = "old.demo@goldenthread.example";
}

public class DemoModeOffTests(DemoModeOffApp app) : IClassFixture<DemoModeOffApp>
{
    [Fact]
    public async Task SignIn_DemoAccountWhenDemoModeIsOff_IsRefused()
    {
        using var client = await app.ClientFor(null);

        var response = await GoldenThreadApp.SignIn(client, DemoModeOffApp.DemoAccount, DemoSeeder.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("The email address or password is not correct", page.QuerySelector("#email-error")!.TextContent.Replace("Error:", "").Trim());
        Assert.Empty(page.QuerySelectorAll(".nhsuk-inset-text li"));
    }

    [Fact]
    public async Task Start_DemoModeOff_SeedsNoDemoSystem()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThread.Data.GoldenThreadDbContext>();

        Assert.Equal([GoldenThreadApp.OtherSystem], db.Systems.Select(s => s.Code).ToList());
    }

    [Fact]
    public async Task SignIn_RealAccountWhenDemoModeIsOff_Works()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var home = GoldenThreadApp.Parse(await client.GetStringAsync("/"));

        Assert.Equal("NHS Other Vale ICB", home.QuerySelector(".nhsuk-card__link")!.TextContent.Trim());
    }
}

using System.Net;
using GoldenThread.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GoldenThread.Browser;

/// <summary>
/// The real app on a real socket (127.0.0.1, any free port) and Debian's Chromium driven by Playwright:
/// no browser is downloaded, and every request that would leave 127.0.0.1 is blocked.
/// </summary>
public sealed class BrowserFixture : GoldenThreadApp
{
    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright playwright = null!;

    public BrowserFixture() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("GOLDENTHREAD_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies) whose requests may reach only the app.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 1280, Height = 900 },
        });
        await context.RouteAsync("**/*", route =>
            new Uri(route.Request.Url).Host == BaseAddress.Host ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        // Resource failures are judged from the responses (a 404 page's own status is not a fault; a missing stylesheet is).
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                PageChecks.ConsoleErrors.GetOrCreateValue(page).Add(message.Text);
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
                PageChecks.ConsoleErrors.GetOrCreateValue(page).Add($"{response.Status} {response.Url}");
        };
        return page;
    }
}

using System.Reflection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GoldenThread.Browser;

/// <summary>
/// A browser test's pages: whatever state each page is in when the test ends, passed or failed, is saved as
/// <c>artifacts/browser/{test}-{n}.png</c>, so a failure can be looked at; then the page is closed.
/// </summary>
public abstract class BrowserTest(BrowserFixture app, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<IPage> pages = [];

    protected ITestOutputHelper Output => output;

    protected async Task<IPage> OpenAsync(bool javaScript = true)
    {
        var page = await app.NewPageAsync(javaScript);
        pages.Add(page);
        return page;
    }

    /// <summary>Signs in through the sign-in page with the demo password.</summary>
    protected static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(GoldenThread.Web.Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Follows a link of the header navigation. NHS.UK frontend moves the links that do not fit into a "More" menu a
    /// frame after each resize (fonts loading count), so whether a link is showing at a given moment is a race; the link
    /// is found whether shown or not and its address opened.
    /// </summary>
    /// <summary>Goes to one of leadership development's parts the way a user does: the header's Development, then its card.</summary>
    protected static async Task DevelopmentAsync(IPage page, string name)
    {
        await NavigateAsync(page, "Development");
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
    }

    protected static async Task NavigateAsync(IPage page, string name)
    {
        var link = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
            .GetByRole(AriaRole.Link, new() { Name = name, Exact = true, IncludeHidden = true });
        await page.GotoAsync((await link.GetAttributeAsync("href"))!);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        for (var i = 0; i < pages.Count; i++)
        {
            await pages[i].ScreenshotAsync($"last-{TestName()}-{i + 1}");
            await pages[i].Context.CloseAsync();
        }
    }

    /// <summary>xunit 2 keeps the running test on its output helper, not in any public member.</summary>
    private string TestName()
    {
        var test = output.GetType().GetField("test", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(output) as ITest;
        var name = test?.TestCase.TestMethod.Method.Name ?? GetType().Name;
        return string.Concat(name.Where(c => char.IsLetterOrDigit(c) || c == '_'));
    }
}

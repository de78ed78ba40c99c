using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GoldenThread.Browser;

/// <summary>What every page reached in a browser test must pass: axe-core with no violations. Each page is also
/// saved as a screenshot under <c>artifacts/browser/</c>, so a failure can be looked at.</summary>
public static class PageChecks
{
    public static string ArtifactsFolder { get; } = FindArtifacts();

    /// <summary>What each page has logged as an error in the browser console.</summary>
    public static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> ConsoleErrors = new();

    public static async Task LookAsync(this IPage page, string name, ITestOutputHelper output)
    {
        await page.ScreenshotAsync(name);
        var result = await page.RunAxe();
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        output.WriteLine($"{name}: {page.Url} axe violations: {violations.Count}");
        Assert.True(violations.Count == 0, $"{name} ({page.Url}) has accessibility violations:\n" + string.Join("\n", violations));
        // A script or style refused by the content security policy, a script error, or a missing asset is a fault.
        var errors = ConsoleErrors.TryGetValue(page, out var logged) ? logged : [];
        Assert.True(errors.Count == 0, $"{name} ({page.Url}) logged errors:\n" + string.Join("\n", errors));
    }

    /// <summary>Only a screenshot: for pages opened with JavaScript off, where axe cannot run (the same pages are checked with it on).</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsFolder, name + ".png"), FullPage = true });

    private static string FindArtifacts()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GoldenThread.slnx"))) folder = folder.Parent;
        var artifacts = Path.Combine(folder?.FullName ?? Path.GetTempPath(), "artifacts", "browser");
        Directory.CreateDirectory(artifacts);
        return artifacts;
    }
}

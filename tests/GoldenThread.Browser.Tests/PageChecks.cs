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
        var violations = await page.AxeViolationsAsync();
        output.WriteLine($"{name}: {page.Url} axe violations: {violations.Length}");
        Assert.True(violations.Length == 0, $"{name} ({page.Url}) has accessibility violations:\n" + string.Join("\n", violations));
        // A script or style refused by the content security policy, a script error, or a missing asset is a fault.
        var errors = ConsoleErrors.TryGetValue(page, out var logged) ? logged : [];
        Assert.True(errors.Count == 0, $"{name} ({page.Url}) logged errors:\n" + string.Join("\n", errors));
    }

    /// <summary>
    /// axe-core's violations of the page with its default rules, one line each. axe is evaluated into the page straight
    /// from the script the Deque package carries and run for violations only: the package's own runner took about two
    /// seconds a page on this machine, mostly in its wrapping, where this takes a fifth of a second.
    /// </summary>
    public static async Task<string[]> AxeViolationsAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'")) await page.EvaluateAsync(AxeSource.Value);
        return await page.EvaluateAsync<string[]>(RunAxe);
    }

    /// <summary>axe-core's own script, as the Deque package carries it.</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")!;
        return new StreamReader(stream).ReadToEnd();
    });

    /// <summary>Runs axe with its default rules on the page and answers each violation as one line.</summary>
    private const string RunAxe = """
        async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
            .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)
        """;

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

using System.Text;
using GoldenThread.Interchange;
using GoldenThread.Network;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class NetworkImportTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    private static FilePayload File(string name, string json) =>
        new() { Name = name, MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) };

    [Fact]
    public async Task LeadershipTeam_UploadsAFile_SeesWhatChangesAndConfirms()
    {
        var demo = GoldenThread.Web.Demo.DemoSeeder.Document();
        var edited = demo with
        {
            People = [.. demo.People.Select((p, i) => i == 0 ? p with { Fte = 0.5m } : p),
                new PersonRecord("u-new", "Imogen Newcombe", "pharmacy", null, "primary-care", null, "senior", 1m, false)],
        };
        var page = await OpenAsync();
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GotoAsync("/systems/QXV");

        await NavigateAsync(page, "Network file");
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload a network file" }).ClickAsync();
        await page.LookAsync("import-upload", Output);
        await page.Locator("input[type=file]").SetInputFilesAsync(File("severn-vale.json", NetworkFile.Write(edited)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the changes" })).ToBeVisibleAsync();
        var people = page.Locator("tbody tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "People", Exact = true }) });
        await Expect(people.Locator("td")).ToHaveTextAsync(["1", "1", "0", "297"]);
        await page.GetByText("People: what changes").ClickAsync();
        await Expect(page.GetByText("Imogen Newcombe")).ToBeVisibleAsync();
        await page.LookAsync("import-preview", Output);

        await page.GetByRole(AriaRole.Button, new() { Name = "Import these changes" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Network imported" })).ToBeVisibleAsync();
        await Expect(page.Locator(".nhsuk-panel")).ToContainTextAsync("1 added, 1 changed, 0 removed");
        await page.LookAsync("import-done", Output);
    }

    [Fact]
    public async Task LeadershipTeam_UploadsABrokenFile_SeesEachProblemInTheErrorSummary()
    {
        var demo = GoldenThread.Web.Demo.DemoSeeder.Document();
        var broken = NetworkFile.Write(demo).Replace($"\"bodyId\": \"{demo.Memberships[3].BodyId}\"", "\"bodyId\": \"nowhere\"");
        var page = await OpenAsync();
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GotoAsync("/systems/QXV/network/import");

        await page.Locator("input[type=file]").SetInputFilesAsync(File("broken.json", broken));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error:"));
        await Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("The selected file has");
        await Expect(page.Locator("#problems")).ToContainTextAsync("bodyId");
        await page.LookAsync("import-problems", Output);
    }
}

using GoldenThread.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser.Development;

public class LearningSetRegistrationTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public LearningSetRegistrationTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    [Fact]
    public async Task Professional_RegistersAlone_ThenTheLeaderClosesFormsAndCreatesTheSets()
    {
        // A registration of its own, for sets of 3 to 4, with five people of the register already in: with the demo
        // professional, six, so two sets of three.
        const string title = "Browser learning sets";
        var registration = await app.AddRegistrationAsync(title, minSize: 3, maxSize: 4);
        await app.AddRegistrantsAsync(registration, await app.RegistrablePeopleAsync(5));
        var professional = await OpenAsync();
        await SignInAsync(professional, FrameworkRows.Professional);

        await professional.GotoAsync("/systems/QXV");
        await DevelopmentAsync(professional, "Register for a learning set");
        await Expect(professional.Locator("#register")).ToBeVisibleAsync();
        await professional.LookAsync("learning-set-registrations-open", Output);
        await professional.Locator(".nhsuk-card", new() { HasText = title }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(professional.Locator("#record")).ToContainTextAsync("Sector");
        await professional.LookAsync("learning-set-register", Output);
        await professional.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(professional.Locator(".nhsuk-notification-banner")).ToContainTextAsync($"You are registered for {title}");
        await Expect(professional.Locator(".nhsuk-card", new() { HasText = title })).ToContainTextAsync("Registered");

        var leader = await OpenAsync();
        await SignInAsync(leader, FrameworkRows.Leader);
        await leader.GotoAsync("/systems/QXV");
        await DevelopmentAsync(leader, "Learning sets");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Manage learning set registrations" }).ClickAsync();
        await leader.LookAsync("learning-set-registrations", Output);
        await leader.GetByRole(AriaRole.Link, new() { Name = "Open a registration" }).ClickAsync();
        await leader.GetByLabel("Smallest set size").FillAsync("1");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Open registration" }).ClickAsync();
        await Expect(leader.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter a title for the registration");
        await Expect(leader.Locator(".nhsuk-error-summary")).ToContainTextAsync("Smallest set size must be between 2 and 12");
        await leader.LookAsync("learning-set-registration-new-error", Output);

        await leader.GotoAsync("/systems/QXV/learning-sets/registrations");
        await leader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(leader.Locator("#registrants-count")).ToHaveTextAsync("6 people");
        await leader.LookAsync("learning-set-registration-open", Output);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Close and form sets" }).ClickAsync();
        await Expect(leader.Locator(".nhsuk-notification-banner")).ToContainTextAsync("2 sets proposed");
        await Expect(leader.Locator("#unplaced")).ToContainTextAsync("Everyone who registered is in a set");
        await leader.LookAsync("learning-set-registration-proposed", Output);
        await leader.GetByLabel("Name of set 1").FillAsync("Browser set one");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Create 2 learning sets" }).ClickAsync();
        await Expect(leader.Locator(".nhsuk-notification-banner")).ToContainTextAsync("2 learning sets created");
        await leader.LookAsync("learning-set-registration-formed", Output);
        await leader.GetByRole(AriaRole.Link, new() { Name = "Browser set one" }).ClickAsync();
        await Expect(leader.Locator("h1")).ToHaveTextAsync("Browser set one");
        await Expect(leader.Locator("#members tbody tr")).ToHaveCountAsync(3);
        await leader.LookAsync("learning-set-from-registration", Output);
    }
}

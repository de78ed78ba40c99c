using GoldenThread.Development;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser.Development;

public class ExchangeTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public ExchangeTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    [Fact]
    public async Task ProfessionalSignsUp_CoordinatorPairsAndPublishes_ParticipantReflects()
    {
        var slots = ExchangeRows.Slots();
        var closes = GoldenThread.Network.UkDate.Today(TimeProvider.System).AddDays(7);
        var leader = await OpenAsync();
        await SignInAsync(leader, FrameworkRows.Leader);

        // The coordinator opens the round, forgetting the half-days at first.
        await leader.GotoAsync("/systems/QXV/development/exchanges");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Open a round" }).ClickAsync();
        await leader.GetByLabel("Title", new() { Exact = true }).FillAsync("Browser exchange round");
        await leader.GetByLabel("Day", new() { Exact = true }).FillAsync(closes.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await leader.GetByLabel("Month", new() { Exact = true }).FillAsync(closes.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await leader.GetByLabel("Year", new() { Exact = true }).FillAsync(closes.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await leader.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Expect(leader).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(leader.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter at least 2 half-days");
        await leader.LookAsync("exchange-new-error", Output);
        await leader.GetByLabel("Half-days offered").FillAsync(string.Join("\n", slots));
        await leader.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Expect(leader.Locator(".nhsuk-notification-banner")).ToContainTextAsync("is open for sign-up");
        await leader.LookAsync("exchange-round-open", Output);
        var round = Guid.Parse(leader.Url.Split('/')[^1]);

        // Someone from another setting has signed up already.
        var professional = await app.PersonOfAsync(FrameworkRows.Professional);
        var setting = await app.Query(db => db.People.Where(p => p.Id == professional).Select(p => p.Setting).SingleAsync());
        var partner = (await app.FreshPeopleAsync(setting == "social-care" ? "acute" : "social-care"))[0];
        await app.SignUpAsync(round, partner);

        var member = await OpenAsync();
        await SignInAsync(member, FrameworkRows.Professional);
        await member.GotoAsync("/systems/QXV");
        await DevelopmentAsync(member, "Workplace exchanges");
        await member.LookAsync("exchanges", Output);
        await member.GetByRole(AriaRole.Link, new() { Name = "Sign up for Browser exchange round" }).ClickAsync();
        await member.LookAsync("exchange-sign-up", Output);
        await member.GetByLabel(ExchangeSlot.Parse(slots[0])!.Value.Describe()).CheckAsync();
        await member.GetByLabel(ExchangeSlot.Parse(slots[2])!.Value.Describe()).CheckAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Sign up", Exact = true }).ClickAsync();
        await Expect(member.Locator(".nhsuk-notification-banner")).ToContainTextAsync("You are signed up for Browser exchange round");
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "Change your sign-up for Browser exchange round" })).ToBeVisibleAsync();

        await leader.ReloadAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Close sign-up and pair" }).ClickAsync();
        await leader.LookAsync("exchange-close", Output);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Close sign-up and pair" }).ClickAsync();
        await Expect(leader.Locator(".nhsuk-notification-banner")).ToContainTextAsync("1 pair proposed");
        await Expect(leader.Locator("#pairs tbody tr")).ToHaveCountAsync(1);
        await leader.LookAsync("exchange-pairs", Output);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Publish the pairs" }).ClickAsync();
        await leader.LookAsync("exchange-publish", Output);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Publish the pairs" }).ClickAsync();
        await Expect(leader.Locator("#status")).ToHaveTextAsync("Pairs published");
        await leader.LookAsync("exchange-published", Output);

        // Time passes: the first visit was yesterday.
        await app.Query(async db =>
        {
            var pairing = await db.ExchangePairings.SingleAsync(p => p.RoundId == round);
            pairing.FirstVisit = new ExchangeSlot(GoldenThread.Network.UkDate.Today(TimeProvider.System).AddDays(-1), false).ToString();
            return await db.SaveChangesAsync();
        });
        await DevelopmentAsync(member, "Workplace exchanges");
        await member.GetByRole(AriaRole.Link, new() { Name = "Your exchange in Browser exchange round" }).ClickAsync();
        await Expect(member.Locator("#partner")).ToContainTextAsync(await app.Query(db => db.People.Where(p => p.Id == partner).Select(p => p.Name).SingleAsync()));
        await member.LookAsync("exchange-mine", Output);
        await member.GetByRole(AriaRole.Link, new() { Name = "Record your reflection on visit 1" }).ClickAsync();
        await member.GetByLabel("What did you learn?").FillAsync("How a council duty team decides which calls to take first.");
        await member.Locator("#ideas-0-text").FillAsync("One phone number for discharge queries");
        await member.GetByRole(AriaRole.Button, new() { Name = "Save reflection" }).ClickAsync();
        await Expect(member.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select a theme for idea 1");
        await member.LookAsync("exchange-reflection-error", Output);
        await member.Locator("#ideas-0-theme").SelectOptionAsync("patient-flow");
        await member.GetByRole(AriaRole.Button, new() { Name = "Save reflection" }).ClickAsync();
        await Expect(member.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Your reflection on visit 1 is saved");
        await Expect(member.Locator("[data-reflection='1-mine']")).ToContainTextAsync("One phone number for discharge queries");
        await member.LookAsync("exchange-reflected", Output);
    }
}

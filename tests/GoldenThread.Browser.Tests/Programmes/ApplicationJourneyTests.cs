using GoldenThread.Network;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser.Programmes;

/// <summary>
/// A professional applies for their team from the system's programmes page to the confirmation: one mistake on a
/// question page, measures, sponsors, members found in the register and added by hand, live eligibility on check your
/// answers (five members fail the team size; a sixth mends it), then submitting. Every page passes axe.
/// </summary>
public class ApplicationJourneyTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public ApplicationJourneyTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    private const string RoundName = "Learning sets, browser round";

    /// <summary>A round open today to the demo system, with the priority areas of the system's record, as the operator would open it.</summary>
    private Task<string> OpenRoundAsync() => app.Query(async db =>
    {
        var system = await db.Systems.SingleAsync(s => s.Code == DemoNetwork.SystemCode);
        var today = UkDate.Today(TimeProvider.System);
        db.ProgrammeRounds.Add(new ProgrammeRound
        {
            Code = "browser-" + Guid.NewGuid().ToString("N"), Name = RoundName, OpensOn = today.AddDays(-1), ClosesOn = today.AddDays(30),
            Systems = [new(system.Code, system.PriorityAreas)],
        });
        await db.SaveChangesAsync();
        return system.PriorityAreas[0];
    });

    /// <summary>Three people of the demo register with different employers, by a name the search finds.</summary>
    private Task<List<string>> RegisterPeopleAsync() => app.Query(async db =>
    {
        var people = await db.People.Where(p => p.OrganisationId != null && db.Systems.Any(s => s.Id == p.SystemId && s.Code == DemoNetwork.SystemCode))
            .OrderBy(p => p.Name).Select(p => new { p.Name, p.OrganisationId }).ToListAsync();
        return people.Where(p => p.Name.All(char.IsAscii)).DistinctBy(p => p.OrganisationId).Take(3).Select(p => p.Name).ToList();
    });

    private static ILocator Continue(IPage page) =>
        page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true })
            .Or(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Continue", Exact = true }));

    private static ILocator Question(IPage page, string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend });

    [Fact]
    public async Task Professional_AppliesForTheirTeam_MendsEligibilityOnCheckAnswers_AndSubmits()
    {
        var priorityArea = await OpenRoundAsync();
        var registerPeople = await RegisterPeopleAsync();
        var page = await OpenAsync();
        await SignInAsync(page, "professional@goldenthread.example");
        await page.GotoAsync("/systems/QXV");
        await NavigateAsync(page, "Programmes");
        await page.LookAsync("programmes", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Start an application to {RoundName}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Apply to {RoundName}", Level = 1 })).ToBeVisibleAsync();
        await page.LookAsync("apply-start", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        // A mistake on the first question: nothing typed.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What is your team called?", Level = 1 })).ToBeVisibleAsync();
        await page.LookAsync("apply-team-name", Output);
        await Continue(page).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: What is your team called"));
        await Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await page.LookAsync("apply-team-name-error", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your team’s name" }).ClickAsync();
        await Expect(page.GetByLabel("What is your team called?")).ToBeFocusedAsync();
        await page.GetByLabel("What is your team called?").FillAsync("Frailty at home");
        await Continue(page).ClickAsync();

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Frail older people admitted to hospital from home");
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Too many frail older people are admitted in a crisis that a joined-up response at home would have avoided.");
        await page.GetByLabel(priorityArea, new() { Exact = true }).CheckAsync();
        await page.LookAsync("apply-wicked-issue", Output);
        await Continue(page).ClickAsync();

        foreach (var (question, answer, name) in new[]
        {
            ("What will local citizens and communities gain?", "Fewer crises and admissions for frail older people living at home.", "citizen-gains"),
            ("How is your team committed to equality, diversity and inclusion?", "We will reach carers and communities that services miss today.", "edi"),
            ("How will patients, citizens or communities be involved from the outset?", "A carers' group co-designs the work from the team's first meeting.", "community"),
            ("What will the team gain for leadership across the system?", "Leaders from the council, the trusts and the voluntary sector learn to share risk.", "system-gains"),
        })
        {
            await page.GetByLabel(question).FillAsync(answer);
            await page.LookAsync($"apply-{name}", Output);
            await Continue(page).ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Measures", Level = 1 })).ToBeVisibleAsync();
        await page.LookAsync("apply-measures-empty", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a measure" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Emergency admissions of people aged 75 and over from home");
        await page.GetByLabel("Baseline", new() { Exact = true }).FillAsync("42");
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("30");
        await page.GetByLabel("Unit", new() { Exact = true }).FillAsync("admissions a month");
        await page.LookAsync("apply-measure", Output);
        await Continue(page).ClickAsync();
        await Expect(page.Locator(".nhsuk-summary-list")).ToContainTextAsync("From 42 to 30 admissions a month");
        await page.LookAsync("apply-measures", Output);

        // A measure added by mistake, and taken off again.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a measure" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Measure added by mistake");
        await page.GetByLabel("Baseline", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("2");
        await page.GetByLabel("Unit", new() { Exact = true }).FillAsync("mistakes");
        await Continue(page).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Measure added by mistake" }).ClickAsync();
        await page.LookAsync("apply-remove-measure", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, remove Measure added by mistake" }).ClickAsync();
        await Expect(page.Locator("main .nhsuk-summary-list__row")).ToHaveCountAsync(1);

        // Leaving for the application's own page: it shows what is done, and carries on where the team stopped.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })
            .GetByRole(AriaRole.Link, new() { Name = "GT-0001 Frailty at home", Exact = true }).ClickAsync();
        await Expect(page.Locator(".nhsuk-task-list__status")).ToHaveTextAsync(["Completed", "Completed", "Completed", "Completed", "Completed", "Completed",
            "Completed", "Incomplete", "Incomplete", "Incomplete"]);
        await page.LookAsync("application-draft", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue your application" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Senior sponsors", Level = 1 })).ToBeVisibleAsync();

        foreach (var (name, role, organisation, sector) in new[]
        {
            ("Ann Cole", "Director of adult social care", "Severn Vale Council", "local-authority-unitary"),
            ("Ben Dale", "Chief nurse", "Severn Vale Hospitals", "nhs-acute"),
        })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Add a senior sponsor" }).ClickAsync();
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await page.GetByLabel("Role", new() { Exact = true }).FillAsync(role);
            await page.GetByLabel("Organisation", new() { Exact = true }).FillAsync(organisation);
            await page.GetByLabel("Sector of their organisation").SelectOptionAsync(sector);
            await Question(page, "Is the sponsor a senior leader in their organisation?").GetByLabel("Yes").CheckAsync();
            await page.LookAsync("apply-sponsor", Output);
            await Continue(page).ClickAsync();
        }
        await page.LookAsync("apply-sponsors", Output);
        await Continue(page).ClickAsync();

        await page.LookAsync("apply-members-empty", Output);
        var seniorities = new[] { "Senior", "Middle", "Early career" };
        for (var i = 0; i < registerPeople.Count; i++)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Find someone in the register" }).ClickAsync();
            await page.GetByLabel("Find a team member in the register").FillAsync(registerPeople[i]);
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            if (i == 0) await page.LookAsync("apply-find-member", Output);
            await page.GetByRole(AriaRole.Link, new() { Name = $"Add {registerPeople[i]}", Exact = true }).First.ClickAsync();
            await Expect(page.Locator("main .nhsuk-summary-list")).ToContainTextAsync(registerPeople[i]);
            await AnswerMemberAsync(page, seniorities[i], "Clinical");
            if (i == 0) await page.LookAsync("apply-member-from-register", Output);
            await Continue(page).ClickAsync();
        }
        await AddByHandAsync(page, "Dee Ellis", "Carers Together", "voluntary-community", "Senior", "Community or voluntary sector");
        await page.LookAsync("apply-member-by-hand", Output);
        await Continue(page).ClickAsync();
        await AddByHandAsync(page, "Sam Price", "Severn Vale Council", "local-authority-unitary", "Executive", "Managerial");
        await Continue(page).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("5 members.");
        await page.LookAsync("apply-members", Output);
        await Continue(page).ClickAsync();

        await Question(page, "Have the members’ employers confirmed they will release them?").GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("How many days a month will each member be released for?").FillAsync("2");
        await page.LookAsync("apply-time", Output);
        await Continue(page).ClickAsync();

        // Live eligibility: five members are one short of the team size; the criterion links to the members page.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before submitting your application" })).ToBeVisibleAsync();
        var teamSize = page.Locator("tr[data-criterion=E-TEAM-SIZE]");
        await Expect(teamSize).ToHaveAttributeAsync("data-status", "fail");
        await Expect(teamSize).ToContainTextAsync("5 members; at least 6 needed");
        await Expect(page.Locator("tr[data-status=fail]")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit application anyway" })).ToBeVisibleAsync();
        await page.LookAsync("apply-check-answers-ineligible", Output);

        await teamSize.GetByRole(AriaRole.Link, new() { Name = "Change team members" }).ClickAsync();
        await AddByHandAsync(page, "Ali Khan", "Severn Vale Council", "local-authority-unitary", "Middle", "Public health");
        await Continue(page).ClickAsync();
        await Continue(page).ClickAsync(); // from the members list, back to check your answers

        await Expect(page.Locator("tr[data-criterion=E-TEAM-SIZE]")).ToHaveAttributeAsync("data-status", "pass");
        await Expect(page.Locator("tr[data-status=fail]")).ToHaveCountAsync(0);
        await Expect(page.Locator("#eligibility-summary")).ToContainTextAsync("meets every eligibility criterion");
        await page.LookAsync("apply-check-answers-eligible", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application", Exact = true }).ClickAsync();

        await Expect(page.Locator(".nhsuk-panel h1")).ToHaveTextAsync("Application submitted");
        await Expect(page.Locator(".nhsuk-panel__body")).ToContainTextAsync("GT-0001");
        await page.LookAsync("apply-submitted", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the application" }).ClickAsync();
        await Expect(page.Locator("#outcome")).ToHaveTextAsync("The programme has not published its outcomes yet.");
        await page.LookAsync("application-submitted", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Withdraw the application" }).ClickAsync();
        await page.LookAsync("application-withdraw", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "No, go back" }).ClickAsync();
        await Expect(page.Locator("main .nhsuk-tag").First).ToHaveTextAsync("Submitted");
    }

    private static async Task AddByHandAsync(IPage page, string name, string organisation, string sector, string seniority, string function)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add someone who is not in the register" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Organisation", new() { Exact = true }).FillAsync(organisation);
        await page.GetByLabel("Sector of their organisation").SelectOptionAsync(sector);
        await AnswerMemberAsync(page, seniority, function);
    }

    private static async Task AnswerMemberAsync(IPage page, string seniority, string function)
    {
        await Question(page, "Seniority").GetByLabel(seniority, new() { Exact = true }).CheckAsync();
        await Question(page, "What do they do?").GetByLabel(function, new() { Exact = true }).CheckAsync();
        await Question(page, "Are they committed to the work beyond the programme?").GetByLabel("Yes").CheckAsync();
        await Question(page, "Will they share what they learn with others in the system?").GetByLabel("Yes").CheckAsync();
    }
}

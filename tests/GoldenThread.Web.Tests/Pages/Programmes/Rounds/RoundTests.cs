using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>The operator's list of rounds, their home, opening a round and its overview; who may not.</summary>
public class RoundTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static Dictionary<string, string> ValidRound(string code) => new()
    {
        ["Name"] = "Spring 2027 round", ["Code"] = code, ["Description"] = "Teams of six or more.",
        ["OpensOn.Day"] = "1", ["OpensOn.Month"] = "3", ["OpensOn.Year"] = "2027",
        ["ClosesOn.Day"] = "30", ["ClosesOn.Month"] = "4", ["ClosesOn.Year"] = "2027",
        ["MinTeamSize"] = "6", ["MaxTeamsPerSystem"] = "5", ["PeoplePerSystem"] = "40", ["MinDaysPerMonth"] = "1", ["ReviewersPerApplication"] = "2",
        ["Version"] = "0",
    };

    [Fact]
    public async Task Home_OperatorWithNoSystem_GoesToTheRoundsWithTheProgrammeNavigation()
    {
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var home = await client.GetAsync("/");
        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/programmes"));

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/programmes", home.Headers.Location!.OriginalString);
        var menu = page.QuerySelectorAll("nav[aria-label=Menu] a.nhsuk-header__navigation-link").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Programme rounds", "/programmes")], menu);
    }

    [Fact]
    public async Task List_ShowsTheDemoRoundsWithTheirStateAndCounts()
    {
        var closed = await app.DemoClosedRound();
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/programmes"));
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/programmes/rounds/{closed.Id}");

        Assert.Equal("Closed", row.QuerySelector(".nhsuk-tag")!.TextContent);
        Assert.Equal(("12", "7"), (Count(row, "submitted"), Count(row, "eligible")));
        Assert.Contains(page.QuerySelectorAll(".nhsuk-tag"), t => t.TextContent == "Taking applications");
    }

    private static string Count(AngleSharp.Dom.IElement row, string what) =>
        row.QuerySelector($"[data-count={what}]")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    [Fact]
    public async Task New_OffersTheDefaultsAndEverySystemWithItsPriorityAreas()
    {
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/programmes/rounds/new"));

        Assert.Equal(("6", "5", "40", "1", "2"), (Value(page, "minteamsize"), Value(page, "maxteamspersystem"), Value(page, "peoplepersystem"),
            Value(page, "mindayspermonth"), Value(page, "reviewersperapplication")));
        var systems = page.QuerySelectorAll("input[name=Systems]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([GoldenThreadApp.OtherSystem, "QKS", "QOP", "QXV"], systems.Order(StringComparer.Ordinal));
        var qxv = page.QuerySelector("input[name=Systems][value=QXV]")!;
        Assert.Contains("South West · priority areas: mental health, care homes, frailty, children and young people, health inequalities",
            page.GetElementById(qxv.GetAttribute("aria-describedby")!)!.TextContent);
    }

    private static string? Value(AngleSharp.Html.Dom.IHtmlDocument page, string id) => page.QuerySelector($"#{id}")!.GetAttribute("value");

    [Fact]
    public async Task New_WithProblems_ShowsEachBesideItsFieldInFormOrderAndOpensNothing()
    {
        var taken = (await app.DemoClosedRound()).Code;
        var rounds = await app.Query(db => db.ProgrammeRounds.CountAsync());
        using var client = await app.ClientFor(ProgrammeRows.Operator);
        var form = ValidRound(taken);
        (form["Name"], form["ClosesOn.Year"], form["MinTeamSize"], form["PeoplePerSystem"]) = ("  ", "2026", "six", "0");

        var response = await GoldenThreadApp.PostForm(client, "/programmes/rounds/new", form);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#name", "#code", "#closeson", "#minteamsize", "#peoplepersystem", "#systems"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"Error: Another round has the code {taken}: choose another", page.QuerySelector("#code-error")!.TextContent.Trim());
        Assert.Equal("Error: Closing date must be the same as or after the opening date, 1 Mar 2027", page.QuerySelector("#closeson-error")!.TextContent.Trim());
        Assert.Equal("Error: Minimum team size must be a whole number, like 6", page.QuerySelector("#minteamsize-error")!.TextContent.Trim());
        Assert.Equal("Error: Select at least one system that may apply", page.QuerySelector("#systems-error")!.TextContent.Trim());
        Assert.Equal(rounds, await app.Query(db => db.ProgrammeRounds.CountAsync()));
    }

    [Fact]
    public async Task New_Valid_OpensTheRoundWithTheSystemsPriorityAreasAndTheRubric()
    {
        using var client = await app.ClientFor(ProgrammeRows.Operator);
        var form = ValidRound("2027-spring").Concat([new("Systems", "QXV"), new("Systems", "QKS")]);

        var response = await GoldenThreadApp.PostForm(client, "/programmes/rounds/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var round = await app.Query(db => db.ProgrammeRounds.AsNoTracking().SingleAsync(r => r.Code == "2027-spring"));
        Assert.Equal($"/programmes/rounds/{round.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((RoundState.Open, new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 30), 6, 5, 40, 1m, 2),
            (round.State, round.OpensOn, round.ClosesOn, round.MinTeamSize, round.MaxTeamsPerSystem, round.PeoplePerSystem, round.MinDaysPerMonth, round.ReviewersPerApplication));
        var qks = await app.Query(db => db.Systems.SingleAsync(s => s.Code == "QKS"));
        Assert.Equal(["QKS", "QXV"], round.Systems.Select(s => s.Code).Order());
        Assert.Equal(qks.PriorityAreas, round.Systems.Single(s => s.Code == "QKS").PriorityAreas);
        Assert.Equal(ReviewRubric.Default.Criteria.Select(c => c.Id), round.Rubric.Select(c => c.Id));

        var overview = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Spring 2027 round opened", overview.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        Assert.Equal("Opens 1 Mar 2027", overview.QuerySelector("#state .nhsuk-tag")!.TextContent);
        Assert.Equal("0 submitted, 0 eligible, 0 withdrawn", overview.QuerySelector("#counts")!.TextContent.Trim());
        Assert.Contains("Opened the round", overview.QuerySelector("#changes")!.TextContent);
        Assert.Equal(["applications", "import", "review", "review/results", "selection", "summary"],
            overview.QuerySelectorAll("#stages a").Select(a => a.GetAttribute("href")![$"/programmes/rounds/{round.Id}/".Length..]));
    }

    [Fact]
    public async Task Overview_DemoClosedRound_CountsSubmittedEligibleAndWithdrawnPerSystem()
    {
        var closed = await app.DemoClosedRound();
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{closed.Id}"));

        // Drafts do not count; 12 submitted, 7 eligible, QXV's 6 warned of its people; GT-0013 withdrawn.
        Assert.Equal("12 submitted, 7 eligible (6 with a warning), 1 withdrawn", page.QuerySelector("#counts")!.TextContent.Trim());
        var systems = page.QuerySelectorAll("#systems tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.LastChild!.TextContent.Trim()).ToArray()).Select(c => (c[2], c[3])).ToList();
        Assert.Equal([("3", "1"), ("3", "1"), ("6", "5")], systems);
    }

    [Theory]
    [InlineData("/programmes")]
    [InlineData("/programmes/rounds/new")]
    public async Task Get_SignedInNonOperator_IsRefused_AnonymousIsSentToSignIn(string path)
    {
        using var leader = await app.ClientFor("leader@goldenthread.example");
        using var reviewer = await app.ClientFor("reviewer@goldenthread.example");
        using var anonymous = await app.ClientFor(null);

        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(path)).StatusCode);
        var redirect = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("/account/sign-in?ReturnUrl=", redirect.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Post_New_SignedInNonOperator_IsRefusedAndOpensNothing()
    {
        using var leader = await app.ClientFor("leader@goldenthread.example");

        var response = await GoldenThreadApp.PostForm(leader, "/programmes/rounds/new", ValidRound("2027-leader"), tokenFrom: "/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.Query(db => db.ProgrammeRounds.AnyAsync(r => r.Code == "2027-leader")));
    }
}

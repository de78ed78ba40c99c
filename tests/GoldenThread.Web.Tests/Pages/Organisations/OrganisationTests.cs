using System.Net;
using GoldenThread.Access;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using GoldenThread.Web.Pages.People;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Organisations;

/// <summary>The organisations list, an organisation's page, and adding and changing one.</summary>
public class OrganisationTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    private static Dictionary<string, string> FormOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        GoldenThreadApp.FormValues(page).ToDictionary(f => f.Key, f => f.Value);

    private Task<Guid> Organisation(string name) =>
        app.Query(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    [Theory]
    [InlineData("?q=rt1", "Riverton Hospitals NHS Foundation Trust")]
    [InlineData("?q=county", "Hillshire County Council")]
    [InlineData("?sector=local-authority-county", "Hillshire County Council")]
    public async Task List_SearchOrFilter_ShowsOnlyTheMatchingOrganisations(string query, string expected)
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/organisations" + query));

        Assert.Equal([expected], Names(page));
    }

    [Fact]
    public async Task List_FilterByPlace_ShowsTheOrganisationsServingIt()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/organisations"));
        var hillshire = page.QuerySelectorAll("#place option").Single(o => o.TextContent == "Hillshire").GetAttribute("value");

        var filtered = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/organisations?place={hillshire}"));

        Assert.Equal(["Hillshire County Council"], Names(filtered));
    }

    [Fact]
    public async Task Detail_LinksThePeopleItEmploysAndThePostsItFunds()
    {
        var trust = await Organisation("Riverton Hospitals NHS Foundation Trust");
        var ada = await app.Person("QAA", "Ada Brook");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/organisations/{trust}"));

        var links = page.QuerySelectorAll("main a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Ada Brook", $"/systems/QAA/people/{ada}"), links);
        Assert.Contains(links, l => l.TextContent == "Place clinical director – Riverton" && l.Item2!.StartsWith("/systems/QAA/posts/"));
        Assert.Contains(links, l => l.TextContent == "Ada Brook, member of Test Vale ICB board");
        Assert.Contains("RT1", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
        Assert.Contains("NHS acute", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
    }

    [Fact]
    public async Task New_LowerCaseOdsCode_IsSavedInCapitals()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/organisations/new",
            new Dictionary<string, string> { ["Name"] = "Riverton Primary Care Network", ["OdsCode"] = " u12345 ", ["Sector"] = "nhs-primary-care" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Riverton Primary Care Network", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("U12345", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
        Assert.Contains("The whole system", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
    }

    [Fact]
    public async Task New_OdsCodeOfAnotherOrganisation_IsRefusedNamingIt()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/organisations/new",
            new Dictionary<string, string> { ["Name"] = "Riverton Hospitals again", ["OdsCode"] = "rt1", ["Sector"] = "nhs-acute" });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ODS code RT1 is already used by Riverton Hospitals NHS Foundation Trust", page.QuerySelector("#odscode-error")!.TextContent);
        Assert.Equal(0, await app.Query(db => db.Organisations.CountAsync(o => o.Name == "Riverton Hospitals again")));
    }

    [Fact]
    public async Task New_NothingAndABadOdsCode_NamesEachFieldInTheSummaryAndBesideIt()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/organisations/new", new Dictionary<string, string> { ["OdsCode"] = "R-1" });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#name", "#odscode", "#sector"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("ODS code must be 3 to 9 letters and numbers", page.QuerySelector("#odscode-error")!.TextContent);
    }

    [Fact]
    public async Task Edit_KeepingItsOwnOdsCode_SavesAndMovesToTheNextVersion()
    {
        var system = await app.SystemId("QAA");
        var council = await app.Query(async db =>
        {
            var added = new GoldenThread.Network.Organisation { SystemId = system, Name = "Hillshire District Council", OdsCode = "HD1", Sector = "local-authority-district" };
            db.Organisations.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/organisations/{council}/edit")));
        form["Name"] = "Hillshire Borough Council";

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/organisations/{council}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.Query(db => db.Organisations.SingleAsync(o => o.Id == council));
        Assert.Equal(("Hillshire Borough Council", "HD1", 2), (saved.Name, saved.OdsCode, saved.Version));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_IsRefusedAndChangesNothing()
    {
        var trust = await Organisation("Riverton Hospitals NHS Foundation Trust");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/organisations/{trust}/edit")));
        await app.Query(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == trust)).Sector = "nhs-community";
            return await db.SaveChangesAsync();
        });
        form["Name"] = "Riverton Trust";

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/organisations/{trust}/edit", form);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this organisation while you were editing it", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("Riverton Hospitals NHS Foundation Trust", await app.Query(db => db.Organisations.Where(o => o.Id == trust).Select(o => o.Name).SingleAsync()));
        await app.Query(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == trust)).Sector = "nhs-acute";
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Detail_OrganisationOfAnotherSystem_IsNotFound()
    {
        var qaa = await Organisation("Hillshire County Council");
        using var client = await app.ClientFor("leader@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/organisations/{qaa}")).StatusCode);
    }

    [Fact]
    public async Task New_ByProfessional_IsForbidden_AndTheListHasNoAddButton()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var list = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/organisations"));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/systems/QXV/organisations/new")).StatusCode);
        Assert.NotEmpty(Names(list));
        Assert.DoesNotContain(list.QuerySelectorAll("a"), a => a.TextContent == "Add an organisation");
    }

    [Fact]
    public async Task Get_LeadershipTeam_SeesTheTimeReleasedForItsPeoplesDevelopment_OthersDoNot()
    {
        // Ben Carter, Hillshire's only person, in DevelopmentRows: visited Ada on 1 Sep 2026 (3.5 h) and mentored her
        // 1.5 h on 12 Oct 2026 and 1 h on 15 Mar 2026; his visit of 2030 is to come. 2026/27: 5 hours; 2025/26: 1 hour.
        await app.AdaDevelopmentAsync();
        await app.CreateAccountOnceAsync("qaa.organisation.reader@example.org", Roles.Professional, GoldenThreadApp.OtherSystem);
        var hillshire = await app.Query(db => db.Organisations.Where(o => o.Name == "Hillshire County Council").Select(o => o.Id).SingleAsync());
        using var leader = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        using var professional = await app.ClientFor("qaa.organisation.reader@example.org");

        var page = GoldenThreadApp.Parse(await leader.GetStringAsync($"/systems/QAA/organisations/{hillshire}"));
        var other = GoldenThreadApp.Parse(await professional.GetStringAsync($"/systems/QAA/organisations/{hillshire}"));

        Assert.Equal([["2026/27", "1", "3.5", "1.5", "0", "5 hours (0.7 days)"], ["2025/26", "1", "0", "1", "0", "1 hour"]],
            DevelopmentRows.Cells(page.QuerySelector("#development ~ table")!));
        Assert.Null(other.QuerySelector("#development"));
    }
}

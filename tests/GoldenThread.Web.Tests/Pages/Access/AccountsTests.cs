using System.Net;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Access;

public class AccountsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Page = "/systems/QXV/accounts";

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> Post(HttpClient client, string handler, Dictionary<string, string> form) =>
        GoldenThreadApp.PostForm(client, Page, handler, form);

    [Fact]
    public async Task Get_ListsEveryoneWithARoleHereAndNoOneElse()
    {
        using var client = await app.ClientFor("admin@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page));
        var emails = page.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();

        Assert.Contains("secretary@goldenthread.example", emails);
        Assert.Contains(GoldenThreadApp.TwoSystemsUser, emails);
        Assert.DoesNotContain(GoldenThreadApp.OtherSystemLeader, emails);
        Assert.DoesNotContain("reviewer@goldenthread.example", emails); // national roles belong to no system
        Assert.Contains(" of ", page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("secretary@")).TextContent);
    }

    [Fact]
    public async Task Grant_NewEmail_CreatesAccountWhoseOneTimePasswordSignsIn()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Grant", new() { ["Email"] = "new.lead@nhs.example", ["Name"] = "Nia Lead", ["Role"] = "leadership-team" });
        var password = page.QuerySelector("#new-password")!.TextContent;

        using var newcomer = await app.ClientFor(null);
        var signIn = await GoldenThreadApp.SignIn(newcomer, "new.lead@nhs.example", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/systems/QXV/audit")).StatusCode);
        Assert.Contains("Nia Lead", GoldenThreadApp.Parse(await admin.GetStringAsync(Page)).QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Grant_Mistakes_AreNamedBesideEachFieldAndChangeNothing()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Grant", new() { ["Email"] = "not-an-email", ["Role"] = "body-secretary" });

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#email", "#bodyid"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        Assert.NotNull(page.QuerySelector("#email-error"));
    }

    [Fact]
    public async Task Grant_NewEmailWithoutName_AsksForTheName()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Grant", new() { ["Email"] = "nobody.yet@nhs.example", ["Role"] = "professional" });

        Assert.Contains("Enter their name", page.QuerySelector("#name-error")!.TextContent);
    }

    [Fact]
    public async Task Grant_RoleAlreadyHeld_SaysSo()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Grant", new() { ["Email"] = "leader@goldenthread.example", ["Role"] = "leadership-team" });

        Assert.Contains("already holds this role", page.QuerySelector("#role-error")!.TextContent);
    }

    [Fact]
    public async Task Grant_AccountOfAnotherSystem_IsRefused()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Grant", new() { ["Email"] = GoldenThreadApp.OtherSystemLeader, ["Role"] = "system-admin" });

        Assert.Contains("is not part of this system", page.QuerySelector("#email-error")!.TextContent);
        using var other = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/systems/QXV")).StatusCode);
    }

    [Fact]
    public async Task Grant_AnotherRoleToSomeoneAlreadyHere_Works()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Grant", new() { ["Email"] = "professional@goldenthread.example", ["Role"] = "body-secretary",
            ["BodyId"] = GoldenThreadApp.Parse(await admin.GetStringAsync(Page)).QuerySelectorAll("#bodyid option")[2].GetAttribute("value")! });

        Assert.Contains("is now body secretary", page.QuerySelector(".nhsuk-notification-banner--success")!.TextContent);
    }

    [Fact]
    public async Task Post_UnknownHandler_IsNotFound()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var response = await admin.PostAsync($"{Page}?handler=Nonsense", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = await GoldenThreadApp.AntiforgeryToken(admin, Page) }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Revoke_TakesTheRoleAwayAtOnce()
    {
        await app.CreateAccount("short.term@nhs.example", "leadership-team", "QXV");
        using var admin = await app.ClientFor("admin@goldenthread.example");
        var list = GoldenThreadApp.Parse(await admin.GetStringAsync(Page));
        var assignment = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("short.term@"))
            .QuerySelector("input[name=assignmentId]")!.GetAttribute("value")!;

        var page = await Post(admin, "Revoke", new() { ["assignmentId"] = assignment });

        Assert.Contains("is no longer leadership team", page.QuerySelector(".nhsuk-notification-banner--success")!.TextContent);
        Assert.DoesNotContain("short.term@", page.QuerySelector("tbody")!.TextContent);
        using var again = await app.ClientFor("short.term@nhs.example");
        Assert.Equal(HttpStatusCode.NotFound, (await again.GetAsync("/systems/QXV")).StatusCode);
    }

    [Fact]
    public async Task Revoke_OwnSystemAdminRole_IsRefused()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");
        var list = GoldenThreadApp.Parse(await admin.GetStringAsync(Page));
        var own = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("admin@goldenthread.example"))
            .QuerySelector("input[name=assignmentId]")!.GetAttribute("value")!;

        var page = await Post(admin, "Revoke", new() { ["assignmentId"] = own });

        Assert.Contains("cannot remove your own system admin role", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Page)).StatusCode);
    }

    [Fact]
    public async Task Revoke_AnotherSystemsAssignment_IsNotFound()
    {
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var response = await admin.PostAsync($"{Page}?handler=Revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["assignmentId"] = Guid.NewGuid().ToString(), ["__RequestVerificationToken"] = await GoldenThreadApp.AntiforgeryToken(admin, Page),
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Link_AccountToAPersonOfTheRegister_LinksItAndAuditsTheChange()
    {
        var secretary = await app.AccountIdAsync("secretary@goldenthread.example");
        var professional = await app.PersonOfAsync(FrameworkRows.Professional);
        var person = (await app.PeopleAsync(5)).First(p => p != professional);
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Link", new() { ["LinkAccountId"] = secretary, ["PersonId"] = person.ToString() });

        Assert.Contains("is linked to", page.QuerySelector(".nhsuk-notification-banner")!.TextContent);
        Assert.Equal(person, await app.Query(db => db.Users.Where(u => u.Id == secretary).Select(u => u.PersonId).SingleAsync()));
        Assert.True(await app.Query(db => db.AuditEntries.AnyAsync(e => e.Entity == "Account" && e.EntityId == secretary && e.Action == "update")));
    }

    [Fact]
    public async Task Link_APersonAlreadyLinkedToAnotherAccount_IsRefused()
    {
        var leader = await app.AccountIdAsync("leader@goldenthread.example");
        var professional = await app.PersonOfAsync(FrameworkRows.Professional);
        var before = await app.Query(db => db.Users.Where(u => u.Id == leader).Select(u => u.PersonId).SingleAsync());
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Link", new() { ["LinkAccountId"] = leader, ["PersonId"] = professional.ToString() });

        Assert.StartsWith("Error: ", page.Title);
        Assert.Contains("already linked to", page.QuerySelector("#personid-error")!.TextContent);
        Assert.Equal(before, await app.Query(db => db.Users.Where(u => u.Id == leader).Select(u => u.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task Link_AccountLinkedToSomeoneOfAnotherSystem_IsRefusedAndKeepsItsLink()
    {
        var twoSystems = await app.AccountIdAsync(GoldenThreadApp.TwoSystemsUser);
        var elsewhere = (await app.PeopleAsync(1, GoldenThreadApp.OtherSystem)).Single();
        await app.Query(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == twoSystems)).PersonId = elsewhere;
            return await db.SaveChangesAsync();
        });
        using var admin = await app.ClientFor("admin@goldenthread.example");

        var page = await Post(admin, "Link", new() { ["LinkAccountId"] = twoSystems, ["PersonId"] = "" });

        Assert.StartsWith("Error: ", page.Title);
        Assert.Contains("another system", page.QuerySelector("#linkaccountid-error")!.TextContent);
        Assert.Equal(elsewhere, await app.Query(db => db.Users.Where(u => u.Id == twoSystems).Select(u => u.PersonId).SingleAsync()));
    }
}

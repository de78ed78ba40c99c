using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>Team members: found in the register or added by hand, then their seniority, function and commitment.</summary>
public class MemberTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private sealed record RegisterPerson(Guid Id, string Name, string Organisation, string Sector);

    private Task<RegisterPerson> SomeoneInTheRegister() => app.Query(db =>
        db.People.Where(p => p.OrganisationId != null && db.Systems.Any(s => s.Id == p.SystemId && s.Code == "QXV"))
            .OrderBy(p => p.Name)
            .Select(p => new RegisterPerson(p.Id, p.Name, db.Organisations.Single(o => o.Id == p.OrganisationId).Name,
                db.Organisations.Single(o => o.Id == p.OrganisationId).Sector))
            .FirstAsync());

    private static Dictionary<string, string> Details(string seniority = "senior", string function = "public-health") => new()
    {
        ["Version"] = "1", ["Seniority"] = seniority, ["Function"] = function, ["Committed"] = "yes", ["SharesLearning"] = "yes",
    };

    [Fact]
    public async Task Find_ByPartOfTheName_ListsTheRegistersMatchesEachWithItsAddLink()
    {
        var person = await SomeoneInTheRegister();
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, $"members/find?q={Uri.EscapeDataString(person.Name[1..^1].ToUpperInvariant())}")));

        Assert.Equal("Find a team member in the register", page.QuerySelector("h1 > label[for=q]")!.TextContent);
        var row = page.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("td")!.TextContent == person.Name);
        Assert.Equal(person.Organisation, row.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(PageOf(id, $"members/add?personId={person.Id}"), row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Add_FromTheRegister_TakesNameOrganisationAndSectorFromIt()
    {
        var person = await SomeoneInTheRegister();
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);
        var path = PageOf(id, $"members/add?personId={person.Id}");
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(path));
        var form = Details();
        form["PersonId"] = person.Id.ToString();
        form["Name"] = "Someone else entirely";

        var (status, _, location) = await Answer(client, path, form);

        Assert.Contains(person.Name, page.QuerySelector(".nhsuk-summary-list")!.TextContent);
        Assert.Null(page.QuerySelector("#name"));
        Assert.Equal((HttpStatusCode.Redirect, PageOf(id, "members")), (status, location));
        var member = Assert.Single((await app.ApplicationAsync(id)).Content.Members);
        Assert.Equal((person.Id, person.Name, person.Organisation, person.Sector, "senior", "public-health", true, true),
            (member.PersonId, member.Name, member.Organisation, member.Sector, member.Seniority, member.Function, member.CommittedBeyondProgramme, member.WillShareLearning));
    }

    [Fact]
    public async Task Add_SomeoneFromTheRegisterTwice_IsRefused()
    {
        var person = await SomeoneInTheRegister();
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), new ApplicationContent
        {
            Members = [new() { PersonId = person.Id, Name = person.Name, Organisation = person.Organisation, Sector = person.Sector, Seniority = "middle", Function = "clinical" }],
        });
        using var client = await app.ClientFor(Professional);
        var form = Details();
        form["PersonId"] = person.Id.ToString();

        var (status, page, _) = await Answer(client, PageOf(id, $"members/add?personId={person.Id}"), form);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"{person.Name} is already a member of the team", page!.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Single((await app.ApplicationAsync(id)).Content.Members);
    }

    [Fact]
    public async Task Add_SomeoneNotInTheRegister_NeedsTheirNameOrganisationSectorAndEveryAnswer()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "members/add"), new() { ["Version"] = "1", ["Function"] = "astronaut" });

        Assert.Equal(["#name", "#organisation", "#sector", "#seniority", "#function", "#committed", "#shareslearning"], SummaryLinks(page!));
        Assert.Equal("Select what the member does", InlineError(page!, "function"));
    }

    [Fact]
    public async Task Add_SomeoneNotInTheRegister_IsSavedAsTyped()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);
        var form = Details("early-career", "lived-experience");
        (form["Name"], form["Organisation"], form["Sector"], form["SharesLearning"]) = ("Dee Ellis", "Carers Together", "voluntary-community", "no");

        await Answer(client, PageOf(id, "members/add"), form);
        var list = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "members")));

        var member = Assert.Single((await app.ApplicationAsync(id)).Content.Members);
        Assert.Equal((null, "Dee Ellis", "voluntary-community", false), (member.PersonId, member.Name, member.Sector, member.WillShareLearning));
        Assert.Equal("Carers Together (Voluntary community)Early career, lived experience; committed beyond the programme; will not share learning",
            list.QuerySelector(".nhsuk-summary-list__value")!.TextContent);
    }

    [Fact]
    public async Task Get_APersonOfAnotherSystem_IsNotFound()
    {
        var elsewhere = await app.Query(db => db.People.Where(p => db.Systems.Any(s => s.Id == p.SystemId && s.Code == GoldenThreadApp.OtherSystem)).Select(p => p.Id).FirstAsync());
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PageOf(id, $"members/add?personId={elsewhere}"))).StatusCode);
    }
}

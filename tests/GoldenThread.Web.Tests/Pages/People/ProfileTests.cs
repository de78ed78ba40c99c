using System.Net;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

/// <summary>Adding a person and changing a profile, by the leadership team and by a professional for themselves.</summary>
public class ProfileTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private Task<Guid> ProfessionalsOwnPerson() =>
        app.Query(db => db.Users.Where(u => u.Email == "professional@goldenthread.example").Select(u => u.PersonId!.Value).SingleAsync());

    private static Dictionary<string, string> Form(AngleSharp.Html.Dom.IHtmlDocument page) =>
        GoldenThreadApp.FormValues(page).Where(f => f.Key != "FeedsInto").GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);

    [Fact]
    public async Task Me_Professional_IsTakenToTheirOwnProfile()
    {
        var own = await ProfessionalsOwnPerson();
        using var client = await app.ClientFor("professional@goldenthread.example");

        var response = await client.GetAsync("/systems/QXV/me");

        Assert.Equal($"/systems/QXV/people/{own}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Edit_ProfessionalChangesTheirOwnProfile_IsSaved()
    {
        var own = await ProfessionalsOwnPerson();
        using var client = await app.ClientFor("professional@goldenthread.example");
        var path = $"/systems/QXV/people/{own}/edit";
        var form = Form(GoldenThreadApp.Parse(await client.GetStringAsync(path)));
        form["Fte"] = "0.6";

        var response = await GoldenThreadApp.PostForm(client, path, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0.6m, await app.Query(db => db.People.Where(p => p.Id == own).Select(p => p.Fte).SingleAsync()));
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/people/{own}"));
        Assert.Contains("less than full time", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
    }

    [Fact]
    public async Task Edit_ProfessionalChangingSomeoneElse_IsForbidden()
    {
        var own = await ProfessionalsOwnPerson();
        var someoneElse = await app.Query(db => db.People.Where(p => p.Id != own && db.Systems.Any(s => s.Id == p.SystemId && s.Code == "QXV")).Select(p => p.Id).FirstAsync());
        using var client = await app.ClientFor("professional@goldenthread.example");

        var get = await client.GetAsync($"/systems/QXV/people/{someoneElse}/edit");
        var post = await GoldenThreadApp.PostForm(client, $"/systems/QXV/people/{someoneElse}/edit", new Dictionary<string, string> { ["Name"] = "X" }, tokenFrom: "/systems/QXV/people");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task New_SpecialtyOfAnotherProfessionAndNoFte_AreNamedBesideTheirFields()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/people/new", new Dictionary<string, string>
        {
            ["Name"] = "Ola Ade", ["Profession"] = "medicine", ["Specialty"] = "district-nursing", ["Setting"] = "community", ["Seniority"] = "senior", ["Fte"] = "0",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["#specialty", "#fte"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("is not a specialty of medicine", page.QuerySelector("#specialty-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("#specialty optgroup[label='Nursing'] option[value='district-nursing']"));
    }

    [Fact]
    public async Task New_FteWithADecimalComma_IsRefusedNotReadAsSix()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/people/new", new Dictionary<string, string>
        {
            ["Name"] = "Comma Fte", ["Profession"] = "nursing", ["Setting"] = "community", ["Seniority"] = "senior", ["Fte"] = "0,6",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["#fte"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.False(await app.Query(db => db.People.AnyAsync(p => p.Name == "Comma Fte")));
    }

    [Fact]
    public async Task New_Valid_AddsThePerson()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/people/new", new Dictionary<string, string>
        {
            ["Name"] = "Ola Ade", ["Email"] = "ola@nhs.example", ["Profession"] = "medicine", ["Specialty"] = "general-practice",
            ["Setting"] = "primary-care", ["Seniority"] = "senior", ["Fte"] = "1", ["Lay"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("ola@nhs.example", await app.Query(db => db.People.Where(p => p.Name == "Ola Ade").Select(p => p.Email).SingleAsync()));
    }

    [Fact]
    public async Task Edit_StaleVersion_IsRefusedAndChangesNothing()
    {
        var own = await ProfessionalsOwnPerson();
        using var client = await app.ClientFor("leader@goldenthread.example");
        var path = $"/systems/QXV/people/{own}/edit";
        var form = Form(GoldenThreadApp.Parse(await client.GetStringAsync(path)));
        form["Version"] = "0";
        form["Name"] = "Renamed";

        var page = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, path, form)).Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this profile", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.NotEqual("Renamed", await app.Query(db => db.People.Where(p => p.Id == own).Select(p => p.Name).SingleAsync()));
    }
}

using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>The leadership team's assessment pages: the list, opening one, inviting raters, the overview and closing rating.</summary>
public class AssessmentPagesTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Leader = FrameworkRows.Leader;
    private static DateOnly Today => UkDate.Today(TimeProvider.System);

    private Task<Guid> OpenAssessmentAsync(string name) => app.AddAssessmentAsync(name, opensOn: Today.AddDays(-1), closesOn: Today.AddDays(30));

    [Fact]
    public async Task New_EmptyForm_ListsEachProblemInFormOrderAndOpensNothing()
    {
        await app.FrameworkAsync();
        var before = await app.Query(db => db.Assessments.CountAsync());
        using var client = await app.ClientFor(Leader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/framework/assessments/new", new Dictionary<string, string>
        {
            ["Name"] = "", ["OpensOn.Day"] = "31", ["OpensOn.Month"] = "2", ["OpensOn.Year"] = "2027",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["Enter a name for the assessment", "Opening date must be a real date", "Enter a closing date"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent));
        Assert.Equal(before, await app.Query(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task New_ClosingBeforeOpening_IsRefusedBesideTheClosingDate()
    {
        await app.FrameworkAsync();
        using var client = await app.ClientFor(Leader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/framework/assessments/new", new Dictionary<string, string>
        {
            ["Name"] = "Backwards", ["OpensOn.Day"] = "10", ["OpensOn.Month"] = "3", ["OpensOn.Year"] = "2027",
            ["ClosesOn.Day"] = "10", ["ClosesOn.Month"] = "3", ["ClosesOn.Year"] = "2027",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Closing date must be after the opening date", page.QuerySelector("#closeson-error")!.TextContent.Replace("Error:", "").Trim());
    }

    [Fact]
    public async Task New_ValidForm_OpensAnAssessmentOfTheCurrentVersionAndGoesOnToInviteRaters()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(Leader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/framework/assessments/new", new Dictionary<string, string>
        {
            ["Name"] = "Spring self-assessment", ["OpensOn.Day"] = "1", ["OpensOn.Month"] = "3", ["OpensOn.Year"] = "2027",
            ["ClosesOn.Day"] = "31", ["ClosesOn.Month"] = "3", ["ClosesOn.Year"] = "2027",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.Query(db => db.Assessments.SingleAsync(a => a.Name == "Spring self-assessment"));
        Assert.Equal((adopted.VersionId, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), AssessmentState.Open),
            (saved.FrameworkVersionId, saved.OpensOn, saved.ClosesOn, saved.State));
        Assert.EndsWith($"/assessments/{saved.Id}/raters", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task New_SystemWithoutFramework_SaysSoAndLinksToTheFrameworkPage()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/{GoldenThreadApp.OtherSystem}/framework/assessments/new"));

        Assert.Null(page.QuerySelector("main form"));
        Assert.NotNull(page.QuerySelector($"main a[href='/systems/{GoldenThreadApp.OtherSystem}/framework']"));
    }

    [Fact]
    public async Task Raters_InvitingTwoPeople_ShowsThemWithTheMixAndWhoCanRate()
    {
        var id = await OpenAssessmentAsync("Invite test");
        var professional = await app.PersonOfAsync(FrameworkRows.Professional);
        var other = (await app.PeopleAsync(5)).First(p => p != professional);
        using var client = await app.ClientFor(Leader);
        var path = $"/systems/QXV/framework/assessments/{id}/raters";

        var response = await GoldenThreadApp.PostForm(client, path + "?handler=Invite",
            [new("PersonIds", professional.ToString()), new("PersonIds", other.ToString())], tokenFrom: path);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, page.QuerySelectorAll("#invited tbody tr").Length);
        Assert.Equal("2 invited; 1 of them has an account linked to their register entry and can rate. A system admin links accounts to people on the accounts page.",
            page.QuerySelector("#can-rate")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#mix-profession tbody td.nhsuk-table__cell--numeric").Sum(td => int.Parse(td.TextContent)));
        Assert.Empty(page.QuerySelectorAll($"input[name=PersonIds][value='{professional}']"));
    }

    [Fact]
    public async Task Raters_InviteWithNoOneTicked_ShowsTheErrorSummary()
    {
        var id = await OpenAssessmentAsync("Invite nobody");
        using var client = await app.ClientFor(Leader);

        var page = await GoldenThreadApp.PostForm(client, $"/systems/QXV/framework/assessments/{id}/raters", "Invite", []);

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("Select at least one person of this system to invite", page.QuerySelector(".nhsuk-error-summary__list a[href='#personids']")!.TextContent);
    }

    [Fact]
    public async Task Raters_RemovingARaterWhoHasRated_KeepsTheInvitation()
    {
        var id = await OpenAssessmentAsync("Remove test");
        var people = await app.PeopleAsync(2);
        var rated = await app.AddRaterAsync(id, people[0]);
        var fresh = await app.AddRaterAsync(id, people[1]);
        await app.RateAsync(rated, new Dictionary<string, int?> { ["P1.1"] = 2 });
        using var client = await app.ClientFor(Leader);
        var path = $"/systems/QXV/framework/assessments/{id}/raters";

        var refused = await GoldenThreadApp.PostForm(client, path, "Remove", new() { ["raterId"] = rated.ToString() });
        var removed = await GoldenThreadApp.PostForm(client, path + "?handler=Remove", [new("raterId", fresh.ToString())], tokenFrom: path);

        Assert.Contains("so their invitation stays", refused.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal([rated], await app.Query(db => db.AssessmentRaters.Where(r => r.AssessmentId == id).Select(r => r.Id).ToListAsync()));
    }

    [Fact]
    public async Task Overview_ShowsEachRatersProgressButNeverTheirRatings()
    {
        var id = await OpenAssessmentAsync("Overview test");
        var people = await app.PeopleAsync(2);
        var first = await app.AddRaterAsync(id, people[0], submitted: true);
        await app.AddRaterAsync(id, people[1]);
        await app.RateAsync(first, new Dictionary<string, int?> { ["P1.1"] = 3, ["P1.2"] = null, ["P2.1"] = 1 });
        using var client = await app.ClientFor(Leader);

        var html = await client.GetStringAsync($"/systems/QXV/framework/assessments/{id}");
        var page = GoldenThreadApp.Parse(html);

        Assert.Equal("1 of 2 raters finished", page.QuerySelector("#raters caption")!.TextContent);
        var total = (await app.FrameworkAsync()).Definition.Criteria.Count();
        Assert.Contains($"3 of {total}", page.QuerySelectorAll("#raters td").Select(td => td.TextContent));
        Assert.DoesNotContain("Rated 3 from what I have seen", html);
        Assert.DoesNotContain("Not something our system does", html);
    }

    [Fact]
    public async Task Close_Confirmed_MovesTheAssessmentToModerating()
    {
        var id = await OpenAssessmentAsync("Close test");
        using var client = await app.ClientFor(Leader);
        var path = $"/systems/QXV/framework/assessments/{id}/close";
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(path)));

        var response = await GoldenThreadApp.PostForm(client, path, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AssessmentState.Moderating, await app.Query(db => db.Assessments.Where(a => a.Id == id).Select(a => a.State).SingleAsync()));
        var overview = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/framework/assessments/{id}"));
        Assert.NotNull(overview.QuerySelector($"a[href='/systems/QXV/framework/assessments/{id}/moderation']"));
    }

    [Fact]
    public async Task Close_FromAStaleVersion_SavesNothingAndSaysSomeoneChangedIt()
    {
        var id = await OpenAssessmentAsync("Stale close test");
        using var client = await app.ClientFor(Leader);
        var path = $"/systems/QXV/framework/assessments/{id}/close";
        await app.Query(async db => { (await db.Assessments.SingleAsync(a => a.Id == id)).Name = "Renamed meanwhile"; return await db.SaveChangesAsync(); });

        var response = await GoldenThreadApp.PostForm(client, path, [new("Version", "1")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this assessment", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(AssessmentState.Open, await app.Query(db => db.Assessments.Where(a => a.Id == id).Select(a => a.State).SingleAsync()));
    }

    [Fact]
    public async Task List_ShowsLeadershipEveryAssessmentAndAProfessionalOnlyThoseTheyAreInvitedTo()
    {
        var invited = await OpenAssessmentAsync("Listed and invited");
        await OpenAssessmentAsync("Listed not invited");
        await app.AddRaterAsync(invited, await app.PersonOfAsync(FrameworkRows.Professional));
        using var leader = await app.ClientFor(Leader);
        using var professional = await app.ClientFor(FrameworkRows.Professional);

        var leaderPage = GoldenThreadApp.Parse(await leader.GetStringAsync("/systems/QXV/framework/assessments"));
        var professionalPage = GoldenThreadApp.Parse(await professional.GetStringAsync("/systems/QXV/framework/assessments"));

        Assert.Contains("Listed not invited", leaderPage.QuerySelector("#assessments")!.TextContent);
        Assert.Null(professionalPage.QuerySelector("#assessments"));
        Assert.Contains("Listed and invited", professionalPage.QuerySelector("#to-rate")!.TextContent);
        Assert.DoesNotContain("Listed not invited", professionalPage.QuerySelector("main")!.TextContent);
        Assert.NotNull(professionalPage.QuerySelector($"#to-rate a[href='/systems/QXV/framework/assessments/{invited}/rate']"));
    }

    [Fact]
    public async Task Overview_AnotherSystemsAssessment_IsNotFound()
    {
        var id = await OpenAssessmentAsync("Not yours");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync($"/systems/{GoldenThreadApp.OtherSystem}/framework/assessments/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Registrations;

/// <summary>The leadership team's side: opening a registration, closing it, reviewing and forming again the proposed sets, creating them.</summary>
public class RegistrationsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Base = "/systems/QXV/learning-sets/registrations";

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> Parse(HttpResponseMessage response) =>
        GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

    private static List<string?> ErrorLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href"))];

    private static Dictionary<string, string> NewForm(string title, DateOnly closes, string min, string max) => new()
    {
        ["RegistrationTitle"] = title, ["ClosesOn.Day"] = $"{closes.Day}", ["ClosesOn.Month"] = $"{closes.Month}", ["ClosesOn.Year"] = $"{closes.Year}",
        ["MinSize"] = min, ["MaxSize"] = max,
    };

    private Task<LearningSetRegistration> StoredAsync(Guid id) => app.Query(db => db.LearningSetRegistrations.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>Closes (or forms again) the registration with the sizes given, from the version stored now.</summary>
    private async Task<HttpResponseMessage> FormAsync(HttpClient client, Guid id, string min = "6", string max = "8") =>
        await GoldenThreadApp.PostForm(client, $"{Base}/{id}?handler=Form",
            [new("Version", $"{(await StoredAsync(id)).Version}"), new("MinSize", min), new("MaxSize", max)], tokenFrom: $"{Base}/{id}");

    private static string Proposal(AngleSharp.Html.Dom.IHtmlDocument page) =>
        string.Join("|", page.QuerySelectorAll("main section[id^='set-'] tbody tr").Select(r => r.TextContent));

    [Fact]
    public async Task New_BadTitleDateAndSizes_ListsEachBesideItsFieldInOrderAndSavesNothing()
    {
        var before = await app.Query(db => db.LearningSetRegistrations.CountAsync());
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = await Parse(await GoldenThreadApp.PostForm(client, $"{Base}/new", NewForm(" ", new DateOnly(2020, 1, 1), "six", "13")));

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#registrationtitle", "#closeson", "#minsize", "#maxsize"], ErrorLinks(page));
        Assert.Contains("Smallest set size must be a whole number, like 6", page.QuerySelector("#minsize-error")!.TextContent);
        Assert.Contains("Largest set size must be between 2 and 12", page.QuerySelector("#maxsize-error")!.TextContent);
        Assert.Equal(before, await app.Query(db => db.LearningSetRegistrations.CountAsync()));
    }

    [Fact]
    public async Task New_LargestBelowSmallest_SaysSoBesideTheLargest()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = await Parse(await GoldenThreadApp.PostForm(client, $"{Base}/new", NewForm("Sizes the wrong way round", UkDate.Today(TimeProvider.System), "8", "6")));

        Assert.Equal(["#maxsize"], ErrorLinks(page));
        Assert.Contains("Largest set size must be at least the smallest set size, 8", page.QuerySelector("#maxsize-error")!.TextContent);
    }

    [Fact]
    public async Task New_Valid_OpensItWithItsSizesAndListsIt()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var closes = UkDate.Today(TimeProvider.System).AddDays(14);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"{Base}/new")));

        var response = await GoldenThreadApp.PostForm(client, $"{Base}/new", NewForm("Opened on the web", closes, "5", "7"));
        var stored = await app.Query(db => db.LearningSetRegistrations.SingleAsync(r => r.Title == "Opened on the web"));
        var list = GoldenThreadApp.Parse(await client.GetStringAsync(Base));

        Assert.Contains(new KeyValuePair<string, string>("MinSize", "6"), form);
        Assert.Contains(new KeyValuePair<string, string>("MaxSize", "8"), form);
        Assert.Equal($"{Base}/{stored.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((LearningSetRegistrationStatus.Open, closes, 5, 7), (stored.Status, stored.ClosesOn, stored.MinSize, stored.MaxSize));
        Assert.Contains("Opened on the web", list.QuerySelector("#registrations")!.TextContent);
    }

    [Fact]
    public async Task Detail_Professional_IsForbiddenAndAnotherSystemsLeaderIsNotFound()
    {
        var registration = await app.AddRegistrationAsync("Leaders only");
        using var professional = await app.ClientFor(FrameworkRows.Professional);
        using var other = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var forbidden = await professional.GetAsync($"{Base}/{registration}");
        var formed = await GoldenThreadApp.PostForm(professional, $"{Base}/{registration}?handler=Form", [new("Version", "1")],
            tokenFrom: "/systems/QXV/learning-sets");
        var notFound = await other.GetAsync($"/systems/QAA/learning-sets/registrations/{registration}");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound], [forbidden.StatusCode, formed.StatusCode, notFound.StatusCode]);
        Assert.Equal(LearningSetRegistrationStatus.Open, (await StoredAsync(registration)).Status);
    }

    [Fact]
    public async Task Form_TwelveRegistrants_ProposesTwoSetsThatReadTheSameOnReloadAndCreateMakesLearningSets()
    {
        var registration = await app.AddRegistrationAsync("Formed on the web");
        var people = await app.RegistrablePeopleAsync(12);
        await app.AddRegistrantsAsync(registration, people);
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var page = $"{Base}/{registration}";

        var open = GoldenThreadApp.Parse(await client.GetStringAsync(page));
        var formed = await FormAsync(client, registration);
        var first = GoldenThreadApp.Parse(await client.GetStringAsync(page));
        var reload = GoldenThreadApp.Parse(await client.GetStringAsync(page));
        var version = $"{(await StoredAsync(registration)).Version}";
        var refused = await Parse(await GoldenThreadApp.PostForm(client, $"{page}?handler=Create",
            [new("Version", version), new("Names[0]", "Falls"), new("Names[1]", " ")], tokenFrom: page));
        var created = await GoldenThreadApp.PostForm(client, $"{page}?handler=Create",
            [new("Version", version), new("Names[0]", "Falls"), new("Names[1]", "Frailty")], tokenFrom: page);
        var sets = await app.Query(db => db.LearningSets.Where(s => s.RegistrationId == registration).OrderBy(s => s.Name).ToListAsync());
        var setIds = sets.Select(s => s.Id).ToList();
        var members = await app.Query(db => db.LearningSetMembers.Where(m => setIds.Contains(m.LearningSetId)).ToListAsync());
        var after = GoldenThreadApp.Parse(await client.GetStringAsync(page));

        Assert.Equal(12, open.QuerySelectorAll("#registrants tbody tr").Length);
        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        // 12 people in sets of 6 to 8: two sets, everyone placed.
        Assert.Equal(2, first.QuerySelectorAll("main section[id^='set-']").Length);
        // Stored, not formed again on each visit: the same members in the same sets.
        Assert.Equal(Proposal(first), Proposal(reload));
        Assert.Matches("^Score -?\\d+: \\d+ sectors? × 3", first.QuerySelector("#set-1 .score-parts")!.TextContent);
        Assert.Contains("Everyone who registered is in a set", first.QuerySelector("#unplaced")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(first.QuerySelector("#outcome")!.TextContent));
        Assert.Equal(["#names-1"], ErrorLinks(refused));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(["Falls", "Frailty"], sets.Select(s => s.Name));
        Assert.All(sets, s => Assert.Equal(UkDate.Today(TimeProvider.System), s.FormedOn));
        Assert.Equal(people.Order(), members.Select(m => m.PersonId!.Value).Order());
        Assert.All(members, m => Assert.NotNull(m.Sector));
        Assert.Equal(LearningSetRegistrationStatus.Formed, (await StoredAsync(registration)).Status);
        Assert.Equal(sets.Select(s => $"/systems/QXV/learning-sets/{s.Id}").Order(), after.QuerySelectorAll("main section h3 a").Select(a => a.GetAttribute("href")).Order());
    }

    [Fact]
    public async Task Create_ASetTooSmallSinceSomeoneLeftTheRegister_AsksToFormAgainAndCreatesNothing()
    {
        var registration = await app.AddRegistrationAsync("Shrunk since forming");
        await app.AddRegistrantsAsync(registration, await app.RegistrablePeopleAsync(12));
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var page = $"{Base}/{registration}";
        await FormAsync(client, registration);
        // Removing someone from the register withdraws their registration: set 1 now has 5, below the smallest size of 6.
        await app.Query(async db =>
        {
            db.Remove(await db.LearningSetRegistrants.FirstAsync(r => r.RegistrationId == registration && r.SetNumber == 1));
            return await db.SaveChangesAsync();
        });

        var refused = await Parse(await GoldenThreadApp.PostForm(client, $"{page}?handler=Create",
            [new("Version", $"{(await StoredAsync(registration)).Version}"), new("Names[0]", "Falls"), new("Names[1]", "Frailty")], tokenFrom: page));

        Assert.Contains("People have left the register since these sets were formed", refused.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Empty(await app.Query(db => db.LearningSets.Where(s => s.RegistrationId == registration).ToListAsync()));
        Assert.Equal(LearningSetRegistrationStatus.Proposed, (await StoredAsync(registration)).Status);
    }

    [Fact]
    public async Task Form_NineRegistrantsInSetsOfSixToEight_LeavesOneOutSayingWhyThenOtherSizesPlaceEveryone()
    {
        var registration = await app.AddRegistrationAsync("Nine registrants");
        await app.AddRegistrantsAsync(registration, await app.RegistrablePeopleAsync(9));
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var page = $"{Base}/{registration}";

        await FormAsync(client, registration);
        var partial = GoldenThreadApp.Parse(await client.GetStringAsync(page));
        var refused = await Parse(await FormAsync(client, registration, "5", "four"));
        await FormAsync(client, registration, "4", "5");
        var again = GoldenThreadApp.Parse(await client.GetStringAsync(page));
        var stored = await StoredAsync(registration);

        Assert.StartsWith("Not everyone could be placed: 1 set of 6 to 8 can hold at most 8 people and 2 sets need at least 12, so 8 of the 9",
            partial.QuerySelector("#outcome")!.TextContent);
        var unplaced = Assert.Single(partial.QuerySelectorAll("#unplaced li"));
        Assert.Contains("8 of the 9 can be placed", unplaced.TextContent);
        Assert.Equal(["#maxsize"], ErrorLinks(refused));
        Assert.Contains("Largest set size must be a whole number", refused.QuerySelector("#maxsize-error")!.TextContent);
        // 9 in sets of 4 to 5: 4 + 5.
        Assert.Equal(2, again.QuerySelectorAll("main section[id^='set-']").Length);
        Assert.Contains("Everyone who registered is in a set", again.QuerySelector("#unplaced")!.TextContent);
        Assert.Equal((4, 5, LearningSetRegistrationStatus.Proposed), (stored.MinSize, stored.MaxSize, stored.Status));
    }

    [Fact]
    public async Task Form_ARegistrantWithoutAnOrganisation_IsLeftOutSayingWhy()
    {
        var registration = await app.AddRegistrationAsync("Someone without an organisation", minSize: 2, maxSize: 3);
        var people = await app.RegistrablePeopleAsync(3);
        await app.AddRegistrantsAsync(registration, people);
        var unplacedName = await app.Query(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == people[0]);
            person.OrganisationId = null;
            await db.SaveChangesAsync();
            return person.Name;
        });
        using var client = await app.ClientFor(FrameworkRows.Leader);

        await FormAsync(client, registration, "2", "3");
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base}/{registration}"));

        var unplaced = Assert.Single(page.QuerySelectorAll("#unplaced li"));
        Assert.Contains(unplacedName, unplaced.TextContent);
        Assert.Contains("no organisation", unplaced.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#set-1-members tbody tr").Length);
    }

    [Fact]
    public async Task Form_SavedFromAnOldVersion_SaysSomeoneElseChangedItAndChangesNothing()
    {
        var registration = await app.AddRegistrationAsync("Stale close");
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = await Parse(await GoldenThreadApp.PostForm(client, $"{Base}/{registration}?handler=Form",
            [new("Version", "7"), new("MinSize", "6"), new("MaxSize", "8")], tokenFrom: $"{Base}/{registration}"));

        Assert.Contains("Someone else changed this registration", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(LearningSetRegistrationStatus.Open, (await StoredAsync(registration)).Status);
    }
}

using System.Net;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Registrations;

/// <summary>A professional registering alone for a learning set, seeing what will be used, and withdrawing before it closes.</summary>
public class RegisterTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Sets = "/systems/QXV/learning-sets";
    private const string Admin = "admin@goldenthread.example";

    private static string RegisterPage(Guid registration) => $"{Sets}/registrations/{registration}/register";

    [Fact]
    public async Task Register_ProfessionalRegistersThenWithdraws_ShowsTheRecordUsedAndKeepsNothingAfterwards()
    {
        var registration = await app.AddRegistrationAsync("Register and withdraw");
        var me = await app.PersonOfAsync(FrameworkRows.Professional);
        var organisation = await app.Query(db => db.People.Where(p => p.Id == me)
            .Select(p => db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).First()).SingleAsync());
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var before = GoldenThreadApp.Parse(await client.GetStringAsync(RegisterPage(registration)));
        var registered = await GoldenThreadApp.PostForm(client, RegisterPage(registration), []);
        var stored = await app.Query(db => db.LearningSetRegistrants.Where(r => r.RegistrationId == registration).Select(r => r.PersonId).ToListAsync());
        var index = GoldenThreadApp.Parse(await client.GetStringAsync(Sets));
        var withdrawn = await GoldenThreadApp.PostForm(client, $"{RegisterPage(registration)}?handler=Withdraw", [], tokenFrom: RegisterPage(registration));

        Assert.Contains(organisation, before.QuerySelector("#record")!.TextContent);
        Assert.NotNull(before.QuerySelector("main form button[type=submit]"));
        Assert.Equal((HttpStatusCode.Redirect, $"{Sets}#register"), (registered.StatusCode, registered.Headers.Location!.OriginalString));
        Assert.Equal([me], stored);
        Assert.Contains("Registered", index.QuerySelector($"#registration-{registration}")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.False(await app.Query(db => db.LearningSetRegistrants.AnyAsync(r => r.RegistrationId == registration)));
    }

    [Fact]
    public async Task Register_Twice_KeepsOneRegistration()
    {
        var registration = await app.AddRegistrationAsync("Registered twice");
        using var client = await app.ClientFor(FrameworkRows.Professional);

        await GoldenThreadApp.PostForm(client, RegisterPage(registration), []);
        var again = await GoldenThreadApp.PostForm(client, RegisterPage(registration), [], tokenFrom: Sets);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await app.Query(db => db.LearningSetRegistrants.CountAsync(r => r.RegistrationId == registration)));
    }

    [Fact]
    public async Task Register_AccountWithoutARegisterPerson_IsToldWhyAndCannotRegister()
    {
        var registration = await app.AddRegistrationAsync("Unlinked account");
        using var client = await app.ClientFor(Admin);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(RegisterPage(registration)));
        var posted = await GoldenThreadApp.PostForm(client, RegisterPage(registration), [], tokenFrom: Sets);

        Assert.Contains("not linked to your record in the register", page.QuerySelector("#not-linked")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.False(await app.Query(db => db.LearningSetRegistrants.AnyAsync(r => r.RegistrationId == registration)));
    }

    [Fact]
    public async Task Register_AfterTheClosingDate_IsNeitherOfferedNorSaved()
    {
        var registration = await app.AddRegistrationAsync("Closed yesterday", closesOn: UkDate.Today(TimeProvider.System).AddDays(-1));
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(RegisterPage(registration)));
        var posted = await GoldenThreadApp.PostForm(client, RegisterPage(registration), [], tokenFrom: Sets);
        var index = GoldenThreadApp.Parse(await client.GetStringAsync(Sets));

        Assert.NotNull(page.QuerySelector("#closed"));
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.False(await app.Query(db => db.LearningSetRegistrants.AnyAsync(r => r.RegistrationId == registration)));
        Assert.Null(index.QuerySelector($"#registration-{registration}"));
    }

    [Fact]
    public async Task Withdraw_AfterTheClosingDate_KeepsTheRegistration()
    {
        var registration = await app.AddRegistrationAsync("Too late to withdraw", closesOn: UkDate.Today(TimeProvider.System).AddDays(-1));
        await app.AddRegistrantsAsync(registration, [await app.PersonOfAsync(FrameworkRows.Professional)]);
        using var client = await app.ClientFor(FrameworkRows.Professional);

        await GoldenThreadApp.PostForm(client, $"{RegisterPage(registration)}?handler=Withdraw", [], tokenFrom: Sets);
        var index = GoldenThreadApp.Parse(await client.GetStringAsync(Sets));

        Assert.True(await app.Query(db => db.LearningSetRegistrants.AnyAsync(r => r.RegistrationId == registration)));
        Assert.Contains(index.QuerySelectorAll(".being-formed"), p => p.TextContent.Contains("Too late to withdraw"));
    }

    [Fact]
    public async Task Register_OnceTheSetsAreCreated_ShowsTheProfessionalTheirSet()
    {
        var registration = await app.AddRegistrationAsync("Sets to find", minSize: 3, maxSize: 4);
        await app.AddRegistrantsAsync(registration, [await app.PersonOfAsync(FrameworkRows.Professional), .. await app.RegistrablePeopleAsync(5)]);
        using var leader = await app.ClientFor(FrameworkRows.Leader);
        var leaderPage = $"{Sets}/registrations/{registration}";
        await GoldenThreadApp.PostForm(leader, $"{leaderPage}?handler=Form", [new("Version", "1"), new("MinSize", "3"), new("MaxSize", "4")], tokenFrom: leaderPage);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await leader.GetStringAsync(leaderPage)))
            .Where(f => f.Key == "Version" || f.Key.StartsWith("Names[", StringComparison.Ordinal)).DistinctBy(f => f.Key).ToList();
        await GoldenThreadApp.PostForm(leader, $"{leaderPage}?handler=Create", form, tokenFrom: leaderPage);
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(RegisterPage(registration)));
        var index = GoldenThreadApp.Parse(await client.GetStringAsync(Sets));

        var link = page.QuerySelector("#placed a")!;
        Assert.StartsWith("Sets to find: set ", link.TextContent);
        Assert.Contains(index.QuerySelectorAll("#mine a"), a => a.GetAttribute("href") == link.GetAttribute("href"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Register_ARegistrationOfAnotherSystem_IsNotFound()
    {
        var theirs = await app.AddRegistrationAsync("Another system's", system: GoldenThreadApp.OtherSystem);
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await client.GetAsync(RegisterPage(theirs));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Index_OpenRegistration_IsOfferedToAProfessionalAndTheHubLeadsThere()
    {
        var registration = await app.AddRegistrationAsync("Offered on the index");
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var index = GoldenThreadApp.Parse(await client.GetStringAsync(Sets));
        var hub = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/development"));

        Assert.Equal(RegisterPage(registration), index.QuerySelector($"#registration-{registration} a")!.GetAttribute("href"));
        Assert.Null(index.QuerySelector("#manage-registrations"));
        Assert.NotNull(hub.QuerySelector($".nhsuk-card a[href='{Sets}#register']"));
    }
}

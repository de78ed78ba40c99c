using System.Net;
using GoldenThread.Access;
using GoldenThread.Data.Access;
using GoldenThread.Diversity;
using GoldenThread.Network;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Shell;

/// <summary>Deleting register rows: refused while something refers to them, cascading only their own children.</summary>
public class DeletePageTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string path) =>
        await GoldenThreadApp.PostForm(client, path, []);

    private async Task<T> AddAsync<T>(Func<Guid, T> row) where T : class
    {
        var system = await app.SystemId("QAA");
        return await app.Query(async db =>
        {
            var added = row(system);
            db.Add(added);
            await db.SaveChangesAsync();
            return added;
        });
    }

    [Fact]
    public async Task Person_StillReferred_IsRefusedNamingWhatRefersAndStays()
    {
        var ben = await app.Person("QAA", "Ben Carter");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/people/{ben}/delete"));
        var posted = await ConfirmAsync(client, $"/systems/QAA/people/{ben}/delete");

        Assert.Equal("Ben Carter cannot be deleted yet", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Ben Carter still has 1 membership and 1 place in a post’s succession: end or remove them first", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.True(await app.Query(db => db.People.AnyAsync(p => p.Id == ben)));
    }

    [Fact]
    public async Task Person_Unreferenced_IsDeletedWithTheirDiversityRecordAndTheirAccountUnlinked()
    {
        var person = await AddAsync(system => new Person { SystemId = system, Name = "Cara Dunn", Profession = "nursing", Setting = "community", Seniority = "senior" });
        await AddAsync(system => new DiversityRecord { SystemId = system, PersonId = person.Id, ConsentGivenAt = DateTimeOffset.UnixEpoch, Sex = "female" });
        await app.CreateAccount("cara.dunn@example.org", Roles.Professional, "QAA");
        await app.Query(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == "cara.dunn@example.org")).PersonId = person.Id;
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/people/{person.Id}/delete"));
        var response = await ConfirmAsync(client, $"/systems/QAA/people/{person.Id}/delete");

        Assert.Equal("Are you sure you want to delete Cara Dunn?", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("diversity information", page.QuerySelector(".nhsuk-warning-callout")!.TextContent);
        Assert.Equal((HttpStatusCode.Redirect, "/systems/QAA/people"), (response.StatusCode, response.Headers.Location!.OriginalString));
        Assert.False(await app.Query(db => db.People.AnyAsync(p => p.Id == person.Id)));
        Assert.False(await app.Query(db => db.DiversityRecords.AnyAsync(d => d.PersonId == person.Id)));
        Assert.Null(await app.Query(db => db.Users.Where(u => u.Email == "cara.dunn@example.org").Select(u => u.PersonId).SingleAsync()));
        Assert.True(await app.Query(db => db.AuditEntries.AnyAsync(a => a.EntityId == person.Id.ToString() && a.Action == "delete")));
        var list = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/people"));
        Assert.Contains("Cara Dunn deleted", list.QuerySelector(".nhsuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task Body_Unreferenced_GoesWithItsFeedsIntoEdgesAndItsSecretaryStopsBeingOne()
    {
        var board = await app.Body("Test Vale ICB board");
        var body = await AddAsync(system => new Body
        {
            SystemId = system, Name = "Short-lived forum", Kind = "clinical-forum", Level = "system", DecisionRights = "advisory",
            FeedsInto = [new BodyFeed { SystemId = system, FeedsIntoBodyId = board }],
        });
        await app.CreateAccount("forum.secretary@example.org", Roles.Professional, "QAA");
        await app.Query(async db =>
        {
            db.RoleAssignments.Add(new RoleAssignment
            {
                AccountId = (await db.Users.SingleAsync(u => u.Email == "forum.secretary@example.org")).Id, Role = Roles.BodySecretary,
                SystemId = body.SystemId, BodyId = body.Id,
            });
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await ConfirmAsync(client, $"/systems/QAA/bodies/{body.Id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.Query(db => db.Bodies.AnyAsync(b => b.Id == body.Id)));
        Assert.False(await app.Query(db => db.BodyFeeds.AnyAsync(f => f.BodyId == body.Id)));
        Assert.False(await app.Query(db => db.RoleAssignments.AnyAsync(r => r.BodyId == body.Id)));
        Assert.True(await app.Query(db => db.Bodies.AnyAsync(b => b.Id == board)));
    }

    [Fact]
    public async Task Post_IsDeletedWithItsSuccessors_AndThePeopleStay()
    {
        var ben = await app.Person("QAA", "Ben Carter");
        var post = await AddAsync(system => new Post { SystemId = system, Title = "Temporary lead", Level = "system" });
        await AddAsync(system => new PostSuccessor { SystemId = system, PostId = post.Id, PersonId = ben, Readiness = "ready-now" });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await ConfirmAsync(client, $"/systems/QAA/posts/{post.Id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.Query(db => db.PostSuccessors.AnyAsync(s => s.PostId == post.Id)));
        Assert.True(await app.Query(db => db.People.AnyAsync(p => p.Id == ben)));
    }

    [Theory]
    [InlineData("organisations", "Riverton Hospitals NHS Foundation Trust still has 1 person it employs, 1 membership it funds and 1 post it funds")]
    [InlineData("places", "Riverton still has 1 organisation serving it, 1 body and 1 post")]
    [InlineData("bodies", "Test Vale ICB board still has 1 current or past membership and 1 body feeding into it")]
    public async Task Referenced_IsRefusedNamingWhatRefersToIt(string list, string message)
    {
        var name = message[..message.IndexOf(" still", StringComparison.Ordinal)];
        var id = await app.Query(db => list switch
        {
            "organisations" => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(),
            "places" => db.Places.Where(p => p.Name == name).Select(p => p.Id).SingleAsync(),
            _ => db.Bodies.Where(b => b.Name == name).Select(b => b.Id).SingleAsync(),
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await ConfirmAsync(client, $"/systems/QAA/{list}/{id}/delete");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".nhsuk-inset-text")!.TextContent);
    }

    [Fact]
    public async Task Neighbourhood_Unreferenced_IsDeletedBackToItsPlace()
    {
        var place = await app.Query(db => db.Places.Where(p => p.Name == "Hillshire").Select(p => p.Id).SingleAsync());
        var hood = await AddAsync(system => new Neighbourhood { SystemId = system, PlaceId = place, Name = "Hillshire West PCN" });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await ConfirmAsync(client, $"/systems/QAA/places/{place}/neighbourhoods/{hood.Id}/delete");

        Assert.Equal((HttpStatusCode.Redirect, $"/systems/QAA/places/{place}"), (response.StatusCode, response.Headers.Location!.OriginalString));
        Assert.False(await app.Query(db => db.Neighbourhoods.AnyAsync(n => n.Id == hood.Id)));
    }

    [Fact]
    public async Task Membership_SecretaryOfItsBody_MayDeleteIt_ButNotOneOfAnotherBody()
    {
        var own = await app.SecretarysBody();
        var (mine, other) = await app.Query(async db => (
            await db.Memberships.Where(m => m.BodyId == own).Select(m => new { m.Id, m.PersonId }).FirstAsync(),
            await db.Memberships.Where(m => m.BodyId != own && db.Systems.Any(s => s.Id == m.SystemId && s.Code == "QXV")).Select(m => new { m.Id, m.BodyId }).FirstAsync()));
        using var client = await app.ClientFor("secretary@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/bodies/{own}/memberships/{mine.Id}/delete"));
        var response = await ConfirmAsync(client, $"/systems/QXV/bodies/{own}/memberships/{mine.Id}/delete");

        Assert.Contains("change their membership and give it an end date instead", page.QuerySelector(".nhsuk-warning-callout")!.TextContent);
        Assert.Equal((HttpStatusCode.Redirect, $"/systems/QXV/bodies/{own}"), (response.StatusCode, response.Headers.Location!.OriginalString));
        Assert.False(await app.Query(db => db.Memberships.AnyAsync(m => m.Id == mine.Id)));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/systems/QXV/bodies/{other.BodyId}/memberships/{other.Id}/delete")).StatusCode);
    }

    [Fact]
    public async Task Delete_ByProfessional_IsForbidden_AndAnotherSystemsRow_IsNotFound()
    {
        var ben = await app.Person("QAA", "Ben Carter");
        using var professional = await app.ClientFor("professional@goldenthread.example");
        using var leader = await app.ClientFor("leader@goldenthread.example");
        var own = await app.Query(db => db.Users.Where(u => u.Email == "professional@goldenthread.example").Select(u => u.PersonId!.Value).SingleAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await professional.GetAsync($"/systems/QXV/people/{own}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/systems/QXV/people/{ben}/delete")).StatusCode);
    }
}

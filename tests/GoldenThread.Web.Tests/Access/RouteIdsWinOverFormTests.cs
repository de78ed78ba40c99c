using GoldenThread.Network;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Access;

/// <summary>Authorization checks the ids in the address; a form field of the same name must never replace them afterwards.</summary>
public class RouteIdsWinOverFormTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private async Task<Guid> OtherBody(Guid own) =>
        await app.Query(db => db.Bodies.Where(b => b.Id != own && db.Systems.Any(s => s.Id == b.SystemId && s.Code == "QXV")).Select(b => b.Id).FirstAsync());

    private async Task<Guid> AnyPersonOfQxv() => await app.Query(db => db.People.Where(p => db.Systems.Any(s => s.Id == p.SystemId && s.Code == "QXV")).Select(p => p.Id).FirstAsync());

    private async Task<Guid> AddMembership(Guid body)
    {
        var membership = new Membership { SystemId = await app.SystemId("QXV"), BodyId = body, PersonId = await AnyPersonOfQxv(), Role = "member", Capacity = "clinical", Start = new DateOnly(2024, 4, 1), HoursPerMonth = 6 };
        await app.Query(db => { db.Memberships.Add(membership); return db.SaveChangesAsync(); });
        return membership.Id;
    }

    [Fact]
    public async Task Secretary_PostingAnotherBodyId_StillAddsToTheirOwnBodyOnly()
    {
        var own = await app.SecretarysBody();
        var other = await OtherBody(own);
        var before = await app.Query(db => db.Memberships.CountAsync(m => m.BodyId == other));
        using var client = await app.ClientFor("secretary@goldenthread.example");

        await GoldenThreadApp.PostForm(client, $"/systems/QXV/bodies/{own}/members/new", new Dictionary<string, string>
        {
            ["bodyId"] = other.ToString(), ["PersonId"] = (await AnyPersonOfQxv()).ToString(), ["Role"] = "member", ["Capacity"] = "clinical",
            ["Start.Day"] = "1", ["Start.Month"] = "4", ["Start.Year"] = "2025", ["HoursPerMonth"] = "6",
        });

        Assert.Equal(before, await app.Query(db => db.Memberships.CountAsync(m => m.BodyId == other)));
    }

    [Fact]
    public async Task Secretary_PostingAnotherBodysMembershipId_CannotChangeIt()
    {
        var own = await app.SecretarysBody();
        var other = await OtherBody(own);
        var victim = await AddMembership(other);
        var ownMembership = await AddMembership(own);
        using var client = await app.ClientFor("secretary@goldenthread.example");

        await GoldenThreadApp.PostForm(client, $"/systems/QXV/bodies/{own}/memberships/{ownMembership}/edit", new Dictionary<string, string>
        {
            ["bodyId"] = other.ToString(), ["membershipId"] = victim.ToString(),
            ["PersonId"] = (await AnyPersonOfQxv()).ToString(), ["Role"] = "member", ["Capacity"] = "clinical",
            ["Start.Day"] = "1", ["Start.Month"] = "4", ["Start.Year"] = "2024", ["HoursPerMonth"] = "99", ["Version"] = "1",
        });

        Assert.Equal(6m, await app.Query(db => db.Memberships.Where(m => m.Id == victim).Select(m => m.HoursPerMonth).SingleAsync()));
    }

    [Fact]
    public async Task Secretary_PostingAnotherBodysMembershipId_CannotDeleteIt()
    {
        var own = await app.SecretarysBody();
        var other = await OtherBody(own);
        var victim = await AddMembership(other);
        var ownMembership = await AddMembership(own);
        using var client = await app.ClientFor("secretary@goldenthread.example");

        await GoldenThreadApp.PostForm(client, $"/systems/QXV/bodies/{own}/memberships/{ownMembership}/delete",
            new Dictionary<string, string> { ["BodyId"] = other.ToString(), ["MembershipId"] = victim.ToString() });

        Assert.True(await app.Query(db => db.Memberships.AnyAsync(m => m.Id == victim)));
    }

    [Fact]
    public async Task Professional_PostingAnotherPersonId_CannotEditTheirProfile()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");
        var me = (await client.GetAsync("/systems/QXV/me")).Headers.Location!.OriginalString; // /systems/QXV/people/{id}
        var myId = Guid.Parse(me.Split('/').Last());
        var victim = await app.Query(db => db.People.Where(p => p.Id != myId && db.Systems.Any(s => s.Id == p.SystemId && s.Code == "QXV")).FirstAsync());
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{me}/edit"));
        var form = GoldenThreadApp.FormValues(page).Where(kv => kv.Key != "Name" && kv.Key != "Version").ToList();
        form.Add(new("Name", "Hijacked"));
        form.Add(new("Version", victim.Version.ToString()));
        form.Add(new("personId", victim.Id.ToString()));

        await GoldenThreadApp.PostForm(client, $"{me}/edit", form);

        Assert.NotEqual("Hijacked", await app.Query(db => db.People.Where(p => p.Id == victim.Id).Select(p => p.Name).SingleAsync()));
    }
}

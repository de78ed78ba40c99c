using System.Net;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies.Members;

/// <summary>Adding a member to a body, and changing or ending a membership (New and Edit share their form).</summary>
public class MembershipTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static Dictionary<string, string> Form(Guid person, string startYear = "2025", params (string Key, string Value)[] more)
    {
        var form = new Dictionary<string, string>
        {
            ["PersonId"] = person.ToString(), ["Role"] = "member", ["Capacity"] = "clinical",
            ["Start.Day"] = "1", ["Start.Month"] = "4", ["Start.Year"] = startYear, ["HoursPerMonth"] = "6",
        };
        foreach (var (key, value) in more) form[key] = value;
        return form;
    }

    private async Task<Guid> AnyPersonOfQxv() => await app.Query(db => db.People.Where(p => db.Systems.Any(s => s.Id == p.SystemId && s.Code == "QXV")).Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task New_BodySecretary_AddsAMemberToTheirOwnBody_AgainAfterAnEarlierPeriod()
    {
        var body = await app.SecretarysBody();
        var person = await AnyPersonOfQxv();
        using var client = await app.ClientFor("secretary@goldenthread.example");
        var path = $"/systems/QXV/bodies/{body}/members/new";

        var earlier = await GoldenThreadApp.PostForm(client, path, Form(person, "2019", ("End.Day", "31"), ("End.Month", "3"), ("End.Year", "2020")));
        var again = await GoldenThreadApp.PostForm(client, path, Form(person, "2025"));

        Assert.True(earlier.StatusCode == HttpStatusCode.Redirect, GoldenThreadApp.Parse(await earlier.Content.ReadAsStringAsync()).QuerySelector(".nhsuk-error-summary")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var periods = await app.Query(db => db.Memberships.Where(m => m.BodyId == body && m.PersonId == person && m.HoursPerMonth == 6).CountAsync());
        Assert.Equal(2, periods);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(again.Headers.Location!.OriginalString));
        Assert.Contains("added as member", page.QuerySelector(".nhsuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task New_BodySecretaryOfAnotherBody_IsForbiddenAndAddsNothing()
    {
        var own = await app.SecretarysBody();
        var other = await app.Query(db => db.Bodies.Where(b => b.Id != own && db.Systems.Any(s => s.Id == b.SystemId && s.Code == "QXV")).Select(b => b.Id).FirstAsync());
        var person = await AnyPersonOfQxv();
        using var client = await app.ClientFor("secretary@goldenthread.example");
        var before = await app.Query(db => db.Memberships.CountAsync(m => m.BodyId == other));

        var get = await client.GetAsync($"/systems/QXV/bodies/{other}/members/new");
        var post = await GoldenThreadApp.PostForm(client, $"/systems/QXV/bodies/{other}/members/new", Form(person), tokenFrom: "/systems/QXV/bodies");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await app.Query(db => db.Memberships.CountAsync(m => m.BodyId == other)));
    }

    [Fact]
    public async Task New_Professional_IsForbidden()
    {
        var body = await app.SecretarysBody();
        using var client = await app.ClientFor("professional@goldenthread.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/systems/QXV/bodies/{body}/members/new")).StatusCode);
    }

    [Fact]
    public async Task New_Mistakes_AreNamedInFieldOrder()
    {
        var body = await app.SecretarysBody();
        using var client = await app.ClientFor("secretary@goldenthread.example");

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/bodies/{body}/members/new",
            new Dictionary<string, string> { ["Role"] = "member", ["Start.Day"] = "1", ["HoursPerMonth"] = "eight" });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["Select a person", "Select a capacity", "Start date must include a month and year", "Hours per month must be a number, like 8 or 2.5"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent));
        Assert.NotNull(page.QuerySelector("#start-error"));
    }

    [Fact]
    public async Task Edit_EndDateInThePast_MovesTheMemberToPastMembers()
    {
        var (body, membership, person) = await AddMembershipAsync();
        using var client = await app.ClientFor("secretary@goldenthread.example");

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/bodies/{body}/memberships/{membership}/edit",
            Form(person, "2024", ("End.Day", "30"), ("End.Month", "9"), ("End.Year", "2024"), ("Version", "1")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/bodies/{body}"));
        var past = page.QuerySelectorAll("h2").Single(h => h.TextContent == "Past members").NextElementSibling!;
        Assert.Contains("30 Sep 2024", past.TextContent);
    }

    [Fact]
    public async Task Edit_StaleVersion_IsRefusedAndChangesNothing()
    {
        var (body, membership, person) = await AddMembershipAsync();
        using var client = await app.ClientFor("leader@goldenthread.example");
        var path = $"/systems/QXV/bodies/{body}/memberships/{membership}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await GoldenThreadApp.PostForm(client, path, Form(person, "2024", ("HoursPerMonth", "9"), ("Version", "1")))).StatusCode);

        var stale = await GoldenThreadApp.PostForm(client, path, Form(person, "2024", ("HoursPerMonth", "12"), ("Version", "1")));
        var page = GoldenThreadApp.Parse(await stale.Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this membership", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(9m, await app.Query(db => db.Memberships.Where(m => m.Id == membership).Select(m => m.HoursPerMonth).SingleAsync()));
    }

    [Fact]
    public async Task Edit_MembershipUnderAnotherBodysAddress_IsNotFound()
    {
        var (_, membership, _) = await AddMembershipAsync();
        var other = await app.Query(db => db.Bodies.Where(b => db.Systems.Any(s => s.Id == b.SystemId && s.Code == "QXV")).OrderByDescending(b => b.Name).Select(b => b.Id).FirstAsync());
        using var client = await app.ClientFor("leader@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/bodies/{other}/memberships/{membership}/edit")).StatusCode);
    }

    private async Task<(Guid Body, Guid Membership, Guid Person)> AddMembershipAsync()
    {
        var body = await app.SecretarysBody();
        var person = await AnyPersonOfQxv();
        var system = await app.SystemId("QXV");
        var membership = new Membership { SystemId = system, BodyId = body, PersonId = person, Role = "member", Capacity = "clinical", Start = new DateOnly(2024, 4, 1), HoursPerMonth = 6 };
        await app.Query(db => { db.Memberships.Add(membership); return db.SaveChangesAsync(); });
        return (body, membership.Id, person);
    }
}

using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// The journey's queries on PostgreSQL: the round's next reference read past the system scope, the register search,
/// the application's JSON content, and live eligibility before submitting.
/// </summary>
public class PostgresApplyTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task StartFindAMemberCheckAndSubmit_WorkOnPostgres()
    {
        var round = await app.AddRoundAsync();
        await app.AddApplicationAsync(round, createdBy: GoldenThreadApp.OtherSystemLeader, system: GoldenThreadApp.OtherSystem);
        var person = await app.Query(db => db.People.Where(p => p.OrganisationId != null && db.Systems.Any(s => s.Id == p.SystemId && s.Code == "QXV"))
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).FirstAsync());
        using var client = await app.ClientFor(Professional);

        var started = await GoldenThreadApp.PostForm(client, $"/systems/QXV/programmes/{round}/apply", []);
        var id = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[^2]);
        await app.Query(async db =>
        {
            (await db.TeamApplications.SingleAsync(a => a.Id == id)).Content = Eligible();
            return await db.SaveChangesAsync();
        });
        var found = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, $"members/find?q={Uri.EscapeDataString(person.Name.ToUpperInvariant())}")));
        var added = await Answer(client, PageOf(id, $"members/add?personId={person.Id}"), new()
        {
            ["Version"] = "2", ["PersonId"] = person.Id.ToString(), ["Seniority"] = "middle", ["Function"] = "analytical",
            ["Committed"] = "yes", ["SharesLearning"] = "yes",
        });
        var check = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "check-answers")));
        var submitted = await Answer(client, PageOf(id, "check-answers"), new() { ["Version"] = "3" });

        Assert.Equal("GT-0002", (await app.ApplicationAsync(id)).Reference);
        Assert.Contains(found.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == PageOf(id, $"members/add?personId={person.Id}"));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Contains("7 members; at least 6 needed", check.QuerySelector("tr[data-criterion=E-TEAM-SIZE]")!.TextContent);
        Assert.Empty(check.QuerySelectorAll("tr[data-status=fail]"));
        Assert.Equal(PageOf(id, "submitted"), submitted.Location);
        var application = await app.ApplicationAsync(id);
        Assert.Equal((ApplicationState.Submitted, 7, person.Id), (application.State, application.Content.Members.Count, application.Content.Members[^1].PersonId));
    }
}

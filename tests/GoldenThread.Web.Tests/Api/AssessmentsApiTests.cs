using System.Net;
using System.Net.Http.Headers;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

public class AssessmentsApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static DateOnly Today => UkDate.Today(TimeProvider.System);

    private async Task<(Guid Assessment, Guid Professional, Guid Other)> ArrangeAsync(string name)
    {
        var id = await app.AddAssessmentAsync(name, opensOn: Today.AddDays(-1), closesOn: Today.AddDays(30));
        var person = await app.PersonOfAsync(FrameworkRows.Professional);
        var professional = await app.AddRaterAsync(id, person);
        var other = await app.AddRaterAsync(id, (await app.PeopleAsync(3)).First(p => p != person));
        await app.RateAsync(other, new Dictionary<string, int?> { ["P1.1"] = 4 });
        return (id, professional, other);
    }

    [Fact]
    public async Task Read_ForAProfessional_GivesProgressWithoutOtherRaters()
    {
        var (id, _, _) = await ArrangeAsync("API read test");
        using var client = await app.ClientFor(FrameworkRows.Professional);
        using var leader = await app.ClientFor(FrameworkRows.Leader);

        var mine = await ApiCalls.Json(await client.GetAsync($"/api/v1/systems/QXV/assessments/{id}"));
        var theirs = await ApiCalls.Json(await leader.GetAsync($"/api/v1/systems/QXV/assessments/{id}"));

        Assert.Equal(2, mine.GetProperty("assessment").GetProperty("raters").GetInt32());
        Assert.Equal(0, mine.GetProperty("you").GetProperty("criteriaReviewed").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mine.GetProperty("raters").ValueKind);
        Assert.Equal([0, 1], theirs.GetProperty("raters").EnumerateArray().Select(r => r.GetProperty("criteriaReviewed").GetInt32()).Order());
    }

    [Fact]
    public async Task Ratings_WhileOpen_EveryoneReadsOnlyTheirOwn_OnceClosedLeadershipReadsAll()
    {
        var (id, professional, _) = await ArrangeAsync("API ratings test");
        await app.RateAsync(professional, new Dictionary<string, int?> { ["P2.1"] = 1 });
        using var client = await app.ClientFor(FrameworkRows.Professional);
        using var leader = await app.ClientFor(FrameworkRows.Leader);
        var path = $"/api/v1/systems/QXV/assessments/{id}/ratings";

        var mine = await ApiCalls.Json(await client.GetAsync(path));
        var leaderWhileOpen = await ApiCalls.Json(await leader.GetAsync(path));
        await app.Query(async db =>
        {
            (await db.Assessments.SingleAsync(a => a.Id == id)).State = AssessmentState.Moderating;
            return await db.SaveChangesAsync();
        });
        var all = await ApiCalls.Json(await leader.GetAsync(path));

        Assert.Equal(["P2.1"], mine.EnumerateArray().Select(r => r.GetProperty("criterionId").GetString()));
        // The leader is not invited to this assessment: while rating is open they have no ratings of their own to read.
        Assert.Equal(0, leaderWhileOpen.GetArrayLength());
        Assert.Equal(2, all.GetArrayLength());
    }

    [Fact]
    public async Task Put_InvalidRating_Answers400KeyedByField()
    {
        var (id, _, _) = await ArrangeAsync("API invalid test");
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await ApiCalls.Send(client, HttpMethod.Put, $"/api/v1/systems/QXV/assessments/{id}/ratings/P1.1",
            new { notApplicable = true, evidenceLinks = new[] { "ftp://example.org/x" } });
        var problem = await ApiCalls.Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["evidenceLinks[0]", "rationale"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Put_FirstThenChangeWithIfMatch_SavesAndAnOldETagIsRefused()
    {
        var (id, professional, _) = await ArrangeAsync("API put test");
        using var client = await app.ClientFor(FrameworkRows.Professional);
        var path = $"/api/v1/systems/QXV/assessments/{id}/ratings/P1.1";

        var first = await ApiCalls.Send(client, HttpMethod.Put, path, new { level = 2, rationale = "Early days" });
        var withoutIfMatch = await ApiCalls.Send(client, HttpMethod.Put, path, new { level = 3 });
        var changed = await ApiCalls.Send(client, HttpMethod.Put, path, new { level = 3 }, first.Headers.ETag);
        var stale = await ApiCalls.Send(client, HttpMethod.Put, path, new { level = 1 }, first.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(new EntityTagHeaderValue("\"2\""), changed.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(3, await app.Query(db => db.CriterionRatings.Where(r => r.RaterId == professional && r.CriterionId == "P1.1").Select(r => r.Level).SingleAsync()));
    }

    [Fact]
    public async Task Put_ByAProfessionalNotInvited_IsForbidden()
    {
        var id = await app.AddAssessmentAsync("API not invited", opensOn: Today.AddDays(-1), closesOn: Today.AddDays(30));
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await ApiCalls.Send(client, HttpMethod.Put, $"/api/v1/systems/QXV/assessments/{id}/ratings/P1.1", new { level = 2 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Put_AfterTheClosingDate_Answers409()
    {
        var id = await app.AddAssessmentAsync("API closed", opensOn: Today.AddDays(-20), closesOn: Today.AddDays(-1));
        await app.AddRaterAsync(id, await app.PersonOfAsync(FrameworkRows.Professional));
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await ApiCalls.Send(client, HttpMethod.Put, $"/api/v1/systems/QXV/assessments/{id}/ratings/P1.1", new { level = 2 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task OpenInviteClose_ByTheLeadershipTeam_RunsAnAssessmentToModeration()
    {
        using var leader = await app.ClientFor(FrameworkRows.Leader);
        var framework = (await app.FrameworkAsync()).FrameworkId;
        var people = await app.PeopleAsync(2);

        var opened = await ApiCalls.Send(leader, HttpMethod.Post, "/api/v1/systems/QXV/assessments",
            new { name = "  API round  ", frameworkId = framework, opensOn = Today.AddDays(-1), closesOn = Today.AddDays(20) });
        var path = opened.Headers.Location!.OriginalString;
        var invited = await ApiCalls.Send(leader, HttpMethod.Post, $"{path}/raters", new { personIds = people.Append(people[0]) });
        var again = await ApiCalls.Send(leader, HttpMethod.Post, $"{path}/raters", new { personIds = people.Take(1) });
        var closed = await ApiCalls.Send(leader, HttpMethod.Post, $"{path}/close", ifMatch: invited.Headers.ETag);

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var summary = (await ApiCalls.Json(opened)).GetProperty("assessment");
        Assert.Equal(("API round", "open", (await app.FrameworkAsync()).Definition.Criteria.Count()),
            (summary.GetProperty("name").GetString(), summary.GetProperty("state").GetString(), summary.GetProperty("criteria").GetInt32()));
        Assert.Equal(2, (await ApiCalls.Json(invited)).GetProperty("assessment").GetProperty("raters").GetInt32());
        Assert.Equal(2, (await ApiCalls.Json(again)).GetProperty("assessment").GetProperty("raters").GetInt32());
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("moderating", (await ApiCalls.Json(closed)).GetProperty("assessment").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await ApiCalls.Send(leader, HttpMethod.Post, $"{path}/raters", new { personIds = people })).StatusCode);
    }

    [Fact]
    public async Task Open_NoNameAnotherSystemsFrameworkAndDatesBackwards_NamesEachFieldAndOpensNothing()
    {
        using var leader = await app.ClientFor(FrameworkRows.Leader);
        var before = await app.Query(db => db.Assessments.CountAsync());

        var response = await ApiCalls.Send(leader, HttpMethod.Post, "/api/v1/systems/QXV/assessments",
            new { name = " ", frameworkId = Guid.NewGuid(), opensOn = Today, closesOn = Today });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["name", "frameworkId", "closesOn"], (await ApiCalls.Json(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await app.Query(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task InviteAndClose_UnknownPersonOrNoIfMatch_AreRefused()
    {
        var (id, _, _) = await ArrangeAsync("API refusals test");
        using var leader = await app.ClientFor(FrameworkRows.Leader);
        var path = $"/api/v1/systems/QXV/assessments/{id}";

        var stranger = await ApiCalls.Send(leader, HttpMethod.Post, $"{path}/raters", new { personIds = new[] { Guid.NewGuid() } });
        var unconditional = await ApiCalls.Send(leader, HttpMethod.Post, $"{path}/close");
        var stale = await ApiCalls.Send(leader, HttpMethod.Post, $"{path}/close", ifMatch: new EntityTagHeaderValue("\"99\""));

        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.True((await ApiCalls.Json(stranger)).GetProperty("errors").TryGetProperty("personIds", out _));
        Assert.Equal((HttpStatusCode)428, unconditional.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(AssessmentState.Open, await app.Query(db => db.Assessments.Where(a => a.Id == id).Select(a => a.State).SingleAsync()));
    }

    [Fact]
    public async Task Open_ByAProfessional_IsForbidden()
    {
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await ApiCalls.Send(client, HttpMethod.Post, "/api/v1/systems/QXV/assessments",
            new { name = "Not mine to open", frameworkId = (await app.FrameworkAsync()).FrameworkId, opensOn = Today, closesOn = Today.AddDays(1) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

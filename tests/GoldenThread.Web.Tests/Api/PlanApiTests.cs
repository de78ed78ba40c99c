using System.Net;
using System.Net.Http.Headers;
using GoldenThread.Frameworks;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Frameworks.Plan;
using GoldenThread.Web.Pages.Measures;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Api.ApiCalls;

namespace GoldenThread.Web.Api;

/// <summary>The plan's actions through the API: paged list, ETag and If-Match, errors keyed by field, the system boundary.</summary>
public class PlanApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static object Body(string title, string criterion = "P1.1", Guid? measureId = null, string status = "not-started", string due = "2027-03-31") => new
    {
        criterionId = criterion, title, owner = "Medical director", dueOn = due, status, progressNote = "Started", measureId,
    };

    [Fact]
    public async Task CreateReadUpdateDelete_WithTheETag_WorksAndAStaleOrMissingETagIsRefused()
    {
        var framework = await app.FrameworkAsync();
        var measure = await app.AddMeasureAsync("API plan measure", [1, 2, 3]);
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var path = $"/api/v1/systems/QXV/frameworks/{framework.FrameworkId}/actions";

        var created = await Send(client, HttpMethod.Post, path, Body("API action", measureId: measure));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var read = await client.GetAsync(location);
        var json = await Json(read);
        Assert.Equal(("API action", "not-started", "2027-03-31", measure.ToString()),
            (json.GetProperty("title").GetString(), json.GetProperty("status").GetString(), json.GetProperty("dueOn").GetString(), json.GetProperty("measureId").GetString()));
        var etag = read.Headers.ETag!;

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Send(client, HttpMethod.Put, location, Body("API action", status: "done"))).StatusCode);
        var updated = await Send(client, HttpMethod.Put, location, Body("API action", status: "done"), etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("done", (await Json(updated)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(client, HttpMethod.Put, location, Body("API action"), etag)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(client, HttpMethod.Delete, location, ifMatch: etag)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Send(client, HttpMethod.Delete, location, ifMatch: updated.Headers.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task Create_UnknownCriterionAnotherSystemsMeasureAndNoTitle_Answers400KeyedByField()
    {
        var framework = await app.FrameworkAsync();
        var theirs = await app.AddMeasureAsync("Their API measure", [1, 2, 3], GoldenThreadApp.OtherSystem);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await Send(client, HttpMethod.Post, $"/api/v1/systems/QXV/frameworks/{framework.FrameworkId}/actions",
            Body("", criterion: "P7.7", measureId: theirs, status: "finished"));
        var errors = (await Json(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["criterionId", "measureId", "status", "title"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task List_FilteredAndPaged_ByDueDate()
    {
        var framework = await app.FrameworkAsync(GoldenThreadApp.OtherSystem, "people-and-communities");
        var criterion = framework.Definition.Criteria.First().Id;
        await app.AddActionAsync(framework, criterion, "First late", PlanRows.Today.AddDays(-10));
        await app.AddActionAsync(framework, criterion, "Second late", PlanRows.Today.AddDays(-5), ActionStatus.InProgress);
        await app.AddActionAsync(framework, criterion, "Due today", PlanRows.Today);
        await app.AddActionAsync(framework, criterion, "Done late", PlanRows.Today.AddDays(-20), ActionStatus.Done);
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var path = $"/api/v1/systems/QAA/frameworks/{framework.FrameworkId}/actions";

        var overdue = await Json(await client.GetAsync($"{path}?overdue=true&pageSize=1&page=2"));
        var all = await Json(await client.GetAsync(path));

        Assert.Equal(2, overdue.GetProperty("total").GetInt32());
        Assert.Equal("Second late", overdue.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.True(overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean());
        Assert.Equal(["Done late", "First late", "Second late", "Due today"], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{path}?status=soon")).StatusCode);
    }

    [Fact]
    public async Task Requests_AnotherSystemsFrameworkOrActionUnderThisCode_AnswerNotFound()
    {
        var theirs = await app.FrameworkAsync(GoldenThreadApp.OtherSystem);
        var theirAction = await app.AddActionAsync(theirs, "P1.1", "Their API action", PlanRows.Today);
        var ours = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/systems/QXV/frameworks/{theirs.FrameworkId}/actions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/systems/QXV/frameworks/{ours.FrameworkId}/actions/{theirAction}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await Send(client, HttpMethod.Post, $"/api/v1/systems/QXV/frameworks/{theirs.FrameworkId}/actions", Body("Sneaky"))).StatusCode);
        Assert.False(await app.Query(db => db.PlanActions.AnyAsync(a => a.Title == "Sneaky")));
    }

    [Fact]
    public async Task Create_ByAProfessional_IsForbidden()
    {
        var framework = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await Send(client, HttpMethod.Post, $"/api/v1/systems/QXV/frameworks/{framework.FrameworkId}/actions", Body("Not mine to add"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

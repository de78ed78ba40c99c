using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoldenThread.Testing;
using static GoldenThread.Web.Api.ApiCalls;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

public class RegisterApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Bodies = "/api/v1/systems/QXV/bodies";

    private static object NewBody(string name) => new
    {
        name, kind = "clinical-cabinet", level = "system", decisionRights = "recommends", topic = "respiratory", cadence = "monthly",
        activeFrom = "2026-01-01", feedsInto = Array.Empty<Guid>(),
    };

    [Fact]
    public async Task CreateReadUpdateDelete_Body_FollowsTheETag()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var created = await Send(client, HttpMethod.Post, Bodies, NewBody("Respiratory cabinet"));
        var location = created.Headers.Location!.OriginalString;
        var read = await client.GetAsync(location);
        var body = (await Json(read)).Deserialize<JsonObject>()!;
        body["name"] = "Respiratory and sleep cabinet";
        var updated = await Send(client, HttpMethod.Put, location, body, read.Headers.ETag);
        var staleUpdate = await Send(client, HttpMethod.Put, location, body, read.Headers.ETag);
        var staleDelete = await Send(client, HttpMethod.Delete, location, ifMatch: read.Headers.ETag);
        var deleted = await Send(client, HttpMethod.Delete, location, ifMatch: updated.Headers.ETag);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(("Respiratory and sleep cabinet", 2), ((await Json(updated)).GetProperty("name").GetString(), (await Json(updated)).GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleUpdate.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleDelete.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task Update_WithoutIfMatch_IsRefusedAndChangesNothing()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");
        var location = (await Send(client, HttpMethod.Post, Bodies, NewBody("Frailty network"))).Headers.Location!.OriginalString;

        var response = await Send(client, HttpMethod.Put, location, NewBody("Renamed without reading"));

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal("Frailty network", (await Json(await client.GetAsync(location))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_BadFields_AnswersProblemKeyedByField()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await Send(client, HttpMethod.Post, Bodies, new { name = "", kind = "coven", level = "system", decisionRights = "decides", feedsInto = new[] { Guid.NewGuid() } });
        var errors = (await Json(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["feedsInto", "kind", "name"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Create_MalformedJson_AnswersBadRequestNotServerError()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await client.PostAsync(Bodies, new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Update_FeedsIntoThatMakesALoop_IsRefusedNamingTheLoop()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");
        var upper = (await Send(client, HttpMethod.Post, Bodies, NewBody("Upper group"))).Headers.Location!.OriginalString;
        var upperId = upper.Split('/')[^1];
        var lowerBody = JsonSerializer.SerializeToNode(NewBody("Lower group"))!.AsObject();
        lowerBody["feedsInto"] = new JsonArray(upperId);
        var lower = await Send(client, HttpMethod.Post, Bodies, lowerBody);
        var read = await client.GetAsync(upper);
        var body = (await Json(read)).Deserialize<JsonObject>()!;
        body["feedsInto"] = new JsonArray(lower.Headers.Location!.OriginalString.Split('/')[^1]);

        var response = await Send(client, HttpMethod.Put, upper, body, read.Headers.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("Lower group → Upper group → Lower group|Upper group → Lower group → Upper group",
            (await Json(response)).GetProperty("errors").GetProperty("feedsInto")[0].GetString());
    }

    [Fact]
    public async Task Delete_BodyWithMembers_IsAConflictNamingWhatRefersToIt()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");
        var page = await Json(await client.GetAsync(Bodies + "?q=Clinical%20and%20Care%20Professional%20Executive"));
        var executive = page.GetProperty("items")[0];
        var path = $"{Bodies}/{executive.GetProperty("id").GetGuid()}";
        var etag = (await client.GetAsync(path)).Headers.ETag;

        var response = await Send(client, HttpMethod.Delete, path, ifMatch: etag);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Matches(@"still has \d+ current or past memberships", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_AnotherSystemsBody_IsNotFound()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var qxvBody = await app.Query(db => db.Bodies.Where(b => b.Name.Contains("Executive")).Select(b => b.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/systems/QAA/bodies/{qxvBody}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/systems/QXV/bodies/{qxvBody}")).StatusCode);
    }

    [Fact]
    public async Task Memberships_BodySecretary_WritesTheirOwnBodyOnly()
    {
        using var client = await app.ClientFor("secretary@goldenthread.example");
        var (own, other, person) = await app.Query(async db =>
        {
            var body = await db.RoleAssignments.Where(r => r.Role == "body-secretary").Select(r => r.BodyId!.Value).FirstAsync();
            var another = await db.Bodies.Where(b => b.Id != body && b.SystemId == db.Bodies.Single(x => x.Id == body).SystemId).Select(b => b.Id).FirstAsync();
            return (body, another, await db.People.Where(p => p.SystemId == db.Bodies.Single(x => x.Id == body).SystemId).Select(p => p.Id).FirstAsync());
        });
        object Seat(Guid body) => new { personId = person, bodyId = body, role = "member", capacity = "clinical", start = "2026-11-01", hoursPerMonth = 4 };

        var mine = await Send(client, HttpMethod.Post, "/api/v1/systems/QXV/memberships", Seat(own));
        var theirs = await Send(client, HttpMethod.Post, "/api/v1/systems/QXV/memberships", Seat(other));
        var read = await client.GetAsync(mine.Headers.Location!.OriginalString);
        var moved = await Send(client, HttpMethod.Put, mine.Headers.Location!.OriginalString, Seat(other), read.Headers.ETag);

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
    }

    [Fact]
    public async Task People_Professional_ChangesTheirOwnEntryOnly()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");
        var (own, someoneElse) = await app.Query(async db =>
        {
            var me = await db.Users.Where(u => u.Email == "professional@goldenthread.example").Select(u => u.PersonId!.Value).SingleAsync();
            return (me, await db.People.Where(p => p.Id != me && p.SystemId == db.People.Single(x => x.Id == me).SystemId).Select(p => p.Id).FirstAsync());
        });

        async Task<HttpStatusCode> SetFte(Guid person, decimal fte)
        {
            var read = await client.GetAsync($"/api/v1/systems/QXV/people/{person}");
            var entry = (await Json(read)).Deserialize<JsonObject>()!;
            entry["fte"] = fte;
            return (await Send(client, HttpMethod.Put, $"/api/v1/systems/QXV/people/{person}", entry, read.Headers.ETag)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await SetFte(own, 0.6m));
        Assert.Equal(HttpStatusCode.Forbidden, await SetFte(someoneElse, 0.6m));
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(client, HttpMethod.Post, "/api/v1/systems/QXV/people", new { name = "New" })).StatusCode);
    }

    [Theory]
    [InlineData("places")]
    [InlineData("neighbourhoods")]
    [InlineData("organisations")]
    [InlineData("people")]
    [InlineData("bodies")]
    [InlineData("memberships")]
    [InlineData("posts")]
    public async Task EveryKind_ListsReadsAndRefusesAStaleWrite(string kind)
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var list = await Json(await client.GetAsync($"/api/v1/systems/QXV/{kind}?pageSize=5"));
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var read = await client.GetAsync($"/api/v1/systems/QXV/{kind}/{id}");
        var row = (await Json(read)).Deserialize<JsonObject>()!;
        var same = await Send(client, HttpMethod.Put, $"/api/v1/systems/QXV/{kind}/{id}", row, read.Headers.ETag);
        var stale = await Send(client, HttpMethod.Put, $"/api/v1/systems/QXV/{kind}/{id}", row, new EntityTagHeaderValue("\"999\""));

        Assert.True(list.GetProperty("total").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }
}

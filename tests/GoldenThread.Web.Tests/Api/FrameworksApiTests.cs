using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

public class FrameworksApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private async Task<(string Path, EntityTagHeaderValue ETag, JsonObject Framework)> ReadAsync(HttpClient client)
    {
        var adopted = await app.FrameworkAsync();
        var path = $"/api/v1/systems/QXV/frameworks/{adopted.FrameworkId}";
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (path, response.Headers.ETag!, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task List_Member_ReadsEachFrameworkWithItsCurrentVersion()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var list = await ApiCalls.Json(await client.GetAsync("/api/v1/systems/QXV/frameworks"));

        var framework = list.EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == adopted.FrameworkId);
        Assert.Equal("ccpl", framework.GetProperty("key").GetString());
        Assert.True(framework.GetProperty("currentVersion").GetInt32() >= 1);
    }

    [Fact]
    public async Task Read_Version_AnswersItsDefinitionCamelCase()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var version = await ApiCalls.Json(await client.GetAsync($"/api/v1/systems/QXV/frameworks/{adopted.FrameworkId}/versions/1"));

        Assert.Equal(1, version.GetProperty("number").GetInt32());
        var first = version.GetProperty("definition").GetProperty("principles")[0].GetProperty("criteria")[0];
        Assert.Equal("P1.1", first.GetProperty("id").GetString());
        Assert.Equal(4, first.GetProperty("guidance").GetArrayLength());
    }

    [Fact]
    public async Task AddVersion_RewordedDefinition_SavesTheNextVersionAndAnswersTheNewETag()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var (path, etag, framework) = await ReadAsync(client);
        var definition = framework["current"]!["definition"]!.DeepClone();
        definition["principles"]![0]!["criteria"]![1]!["text"] = "Leaders visit the frontline";
        var number = framework["current"]!["number"]!.GetValue<int>();

        var response = await ApiCalls.Send(client, HttpMethod.Post, $"{path}/versions", new { definition, note = "Visits, not surveys" }, etag);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);
        var saved = await ApiCalls.Json(response);
        Assert.Equal(number + 1, saved.GetProperty("current").GetProperty("number").GetInt32());
        Assert.EndsWith($"/versions/{number + 1}", response.Headers.Location!.OriginalString);
        var first = await ApiCalls.Json(await client.GetAsync($"{path}/versions/1"));
        Assert.NotEqual("Leaders visit the frontline", first.GetProperty("definition").GetProperty("principles")[0].GetProperty("criteria")[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AddVersion_CriterionRemovedAndTextBlank_AnswersProblemKeyedByJsonPath()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var (path, etag, framework) = await ReadAsync(client);
        var definition = framework["current"]!["definition"]!.DeepClone();
        var criteria = definition["principles"]![1]!["criteria"]!.AsArray();
        criteria.RemoveAt(criteria.Count - 1);
        definition["principles"]![0]!["criteria"]![0]!["text"] = " ";

        var response = await ApiCalls.Send(client, HttpMethod.Post, $"{path}/versions", new { definition, note = "" }, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await ApiCalls.Json(response)).GetProperty("errors");
        Assert.Equal(["note", "definition.principles[0].criteria[0].text", "definition.principles"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("retire it instead", errors.GetProperty("definition.principles")[0].GetString());
    }

    [Fact]
    public async Task AddVersion_TheCurrentDefinitionUnchanged_IsRefusedAndSavesNoVersion()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var (path, etag, framework) = await ReadAsync(client);

        var response = await ApiCalls.Send(client, HttpMethod.Post, $"{path}/versions", new { definition = framework["current"]!["definition"], note = "No change" }, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("word for word", (await ApiCalls.Json(response)).GetProperty("errors").GetProperty("definition")[0].GetString());
        Assert.Equal(etag, (await client.GetAsync(path)).Headers.ETag);
    }

    [Fact]
    public async Task AddVersion_NullParts_AnswersProblemNotServerError()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var (path, etag, _) = await ReadAsync(client);

        var response = await ApiCalls.Send(client, HttpMethod.Post, $"{path}/versions",
            new { definition = new { key = "ccpl", name = "N", levels = (object?)null, principles = new[] { new { id = "P1", title = "T", criteria = (object?)null } } }, note = "x" }, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiCalls.Json(response)).GetProperty("errors");
        Assert.Equal(["definition.levels", "definition.principles[0].criteria"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task AddVersion_WithoutIfMatchOrWithAnOldOne_RefusedAndNothingSaved()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var (path, _, framework) = await ReadAsync(client);
        var body = new { definition = framework["current"]!["definition"], note = "Same again" };
        var count = await app.Query(db => db.FrameworkVersions.CountAsync());

        var without = await ApiCalls.Send(client, HttpMethod.Post, $"{path}/versions", body);
        var old = await ApiCalls.Send(client, HttpMethod.Post, $"{path}/versions", body, new EntityTagHeaderValue("\"0\""));

        Assert.Equal((HttpStatusCode.PreconditionRequired, HttpStatusCode.PreconditionFailed), (without.StatusCode, old.StatusCode));
        Assert.Equal(count, await app.Query(db => db.FrameworkVersions.CountAsync()));
    }

    [Fact]
    public async Task AddVersion_Professional_Forbidden()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await ApiCalls.Send(client, HttpMethod.Post, $"/api/v1/systems/QXV/frameworks/{adopted.FrameworkId}/versions", new { note = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/versions/1")]
    public async Task Read_FrameworkThroughAnotherSystem_NotFound(string tail)
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync($"/api/v1/systems/{GoldenThreadApp.OtherSystem}/frameworks/{adopted.FrameworkId}{tail}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Testing;

namespace GoldenThread.Web.Api;

public class NetworkApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Path = "/api/v1/systems/QAA/network";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string TinyWithFte(decimal fte)
    {
        var tiny = TinyNetwork.Document("QAA", "NHS Other Vale ICB");
        return NetworkFile.Write(tiny with { People = [.. tiny.People.Select(p => p with { Fte = fte })] });
    }

    [Fact]
    public async Task Get_Leader_ReturnsTheNetworkFileWithAnETag()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync(Path);
        var reading = NetworkFile.Read(await response.Content.ReadAsStringAsync(), Vocabularies.Default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(reading.Errors);
        Assert.Equal("QAA", reading.Document!.System.Code);
        Assert.Equal($"\"{NetworkFile.Fingerprint(reading.Document)}\"", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Get_AnotherSystemsNetwork_IsNotFound()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Path)).StatusCode);
    }

    [Fact]
    public async Task Post_DryRun_DescribesChangesAndWritesNothing()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var before = await client.GetStringAsync(Path);

        var response = await client.PostAsync(Path + "?dryRun=true", Json(TinyWithFte(0.5m)));
        var changes = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var people = changes.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "People");
        Assert.Equal(2, people.GetProperty("changed").GetArrayLength());
        Assert.Equal(before, await client.GetStringAsync(Path));
    }

    [Fact]
    public async Task Post_FileWithDanglingBody_AnswersProblemNamingThePath()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var before = await client.GetStringAsync(Path);
        var broken = TinyWithFte(1m).Replace("\"bodyId\": \"b2\"", "\"bodyId\": \"b9\"");

        var response = await client.PostAsync(Path, Json(broken));
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.memberships[1].bodyId", out _));
        Assert.Equal(before, await client.GetStringAsync(Path));
    }

    [Theory]
    [InlineData("{\"schema\": ", "$")]
    [InlineData("[]", "$")]
    public async Task Post_MalformedJson_AnswersProblemNotServerError(string body, string path)
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.PostAsync(Path, Json(body));
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_FileOfAnotherSystem_IsRefusedNamingTheCode()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.PostAsync(Path, Json(NetworkFile.Write(TinyNetwork.Document("QZZ"))));
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.system.code", out _));
    }

    [Fact]
    public async Task Post_NotJson_IsUnsupportedMediaType()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.PostAsync(Path, new StringContent(TinyWithFte(1m), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithCurrentETagThenWithTheStaleOne_ImportsOnceAndRefusesTheSecond()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var etag = (await client.GetAsync(Path)).Headers.ETag!;

        var first = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Json(TinyWithFte(0.7m)) };
        first.Headers.IfMatch.Add(etag);
        var applied = await client.SendAsync(first);
        var afterFirst = await client.GetStringAsync(Path);
        var second = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Json(TinyWithFte(0.9m)) };
        second.Headers.IfMatch.Add(etag);
        var refused = await client.SendAsync(second);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.NotEqual(etag, applied.Headers.ETag);
        Assert.Equal((await client.GetAsync(Path)).Headers.ETag, applied.Headers.ETag); // the new ETag is the stored network's
        Assert.Contains("\"fte\": 0.7", afterFirst);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(afterFirst, await client.GetStringAsync(Path));
    }

    [Fact]
    public async Task Post_Professional_IsForbidden()
    {
        using var client = await app.ClientFor(GoldenThreadApp.TwoSystemsUser); // leader of QAA, professional of QXV

        var response = await client.PostAsync("/api/v1/systems/QXV/network?dryRun=true", Json(NetworkFile.Write(DemoNetwork.Build())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_ImportOperation_DescribesTheNetworkFileBody()
    {
        using var client = await app.ClientFor(null);

        var document = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync("/openapi/v1.json"));
        var body = document.GetProperty("paths").GetProperty("/api/v1/systems/{code}/network").GetProperty("post").GetProperty("requestBody");

        Assert.True(body.GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _));
    }
}

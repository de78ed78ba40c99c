using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GoldenThread.Testing;
using GoldenThread.Web.Demo;

namespace GoldenThread.Web.Api;

public class SystemsApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_Systems_ListsOnlyTheCallersSystems()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/systems");

        Assert.Equal(["QXV"], body.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList());
        Assert.Equal(1, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=1000", "pageSize")]
    [InlineData("?page=0", "page")]
    public async Task Get_Systems_BadPaging_AnswersProblemNamingTheField(string query, string field)
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await client.GetAsync("/api/v1/systems" + query);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Get_Systems_NotANumber_AnswersProblemNotServerError()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await client.GetAsync("/api/v1/systems?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_System_CountsTheDemoNetwork()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var system = await client.GetFromJsonAsync<JsonElement>("/api/v1/systems/qxv");

        Assert.Equal("QXV", system.GetProperty("code").GetString());
        Assert.Equal(4, system.GetProperty("places").GetInt32());
        Assert.Equal(25, system.GetProperty("bodies").GetInt32());
    }

    [Fact]
    public async Task Get_System_OfAnotherSystem_AnswersNotFound()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync("/api/v1/systems/QXV");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Token_ThenBearerRequest_ReadsTheSystem()
    {
        using var client = await app.ClientFor(null);

        var token = await client.PostAsJsonAsync("/api/v1/token", new { email = "leader@goldenthread.example", password = DemoSeeder.Password });
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/systems/QXV/audit?pageSize=1");
        request.Headers.Authorization = new("Bearer", accessToken);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_WrongPassword_AnswersUnauthorizedProblem()
    {
        using var client = await app.ClientFor(null);

        var response = await client.PostAsJsonAsync("/api/v1/token", new { email = "operator@goldenthread.example", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Token_MalformedJson_AnswersBadRequestProblem()
    {
        using var client = await app.ClientFor(null);

        var response = await client.PostAsync("/api/v1/token", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        using var client = await app.ClientFor(null);

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/systems/{code}", out _));
    }
}

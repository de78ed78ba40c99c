using System.Net;
using GoldenThread.Testing;

namespace GoldenThread.Web.Shell;

public class ErrorPagesTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_UnknownPage_AnswersNhsStyleNotFound()
    {
        using var client = await app.ClientFor(null);

        var response = await client.GetAsync("/no/such/page");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header.nhsuk-header"));
    }

    [Fact]
    public async Task Get_PageBeyondRole_AnswersForbiddenWithExplanation()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var response = await client.GetAsync("/systems/QXV/audit");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have permission to see this page", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_UnknownApiPath_AnswersProblemJson()
    {
        using var client = await app.ClientFor(null);

        var response = await client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_Health_ReportsHealthyWithTheDatabase()
    {
        using var client = await app.ClientFor(null);

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_SystemPageAnonymously_RedirectsToSignInAndBack()
    {
        using var client = await app.ClientFor(null);

        var response = await client.GetAsync("/systems/QXV");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in?ReturnUrl=%2Fsystems%2FQXV", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_ApiAnonymously_AnswersUnauthorized()
    {
        using var client = await app.ClientFor(null);

        var response = await client.GetAsync("/api/v1/systems");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

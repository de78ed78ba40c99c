using GoldenThread.Testing;

namespace GoldenThread.Web.Shell;

public class SecurityHeadersTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/no/such/page")]
    public async Task Pages_ForbidFramingSniffingAndInlineScript(string path)
    {
        using var client = await app.ClientFor(null);

        var response = await client.GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public async Task Pages_HaveNoInlineScript()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV"));

        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script would be blocked"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }
}

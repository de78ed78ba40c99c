using System.Net;
using GoldenThread.Testing;
using GoldenThread.Web.Demo;

namespace GoldenThread.Web.Pages.Account;

public class SignInTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Post_Empty_ShowsErrorSummaryLinkedToEachField()
    {
        using var client = await app.ClientFor(null);
        var token = await GoldenThreadApp.AntiforgeryToken(client, "/account/sign-in");

        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("There is a problem", page.QuerySelector(".nhsuk-error-summary__heading")!.TextContent.Trim());
        Assert.Equal(
            [("#email", "Enter your email address"), ("#password", "Enter your password")],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList());
        Assert.NotNull(page.QuerySelector("#email-error"));
        Assert.NotNull(page.QuerySelector("#password"));
    }

    [Fact]
    public async Task Post_WrongPassword_SaysSoWithoutSayingWhichPartIsWrong()
    {
        using var client = await app.ClientFor(null);

        var response = await GoldenThreadApp.SignIn(client, "leader@goldenthread.example", "not the password");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The email address or password is not correct", page.QuerySelector("#email-error")!.TextContent.Replace("Error:", "").Trim());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = await app.ClientFor(null);

        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Email"] = "leader@goldenthread.example", ["Password"] = DemoSeeder.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("goldenthread=", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []));
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksTheAccountEvenAgainstTheRightOne()
    {
        using var client = await app.ClientFor(null);
        for (var attempt = 0; attempt < 5; attempt++)
            await GoldenThreadApp.SignIn(client, "reviewer@goldenthread.example", "wrong password " + attempt);

        var response = await GoldenThreadApp.SignIn(client, "reviewer@goldenthread.example", DemoSeeder.Password);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", page.QuerySelector("#email-error")!.TextContent);
    }

    [Fact]
    public async Task Post_RightPassword_RedirectsToTheLocalReturnUrlOnly()
    {
        using var client = await app.ClientFor(null);
        var token = await GoldenThreadApp.AntiforgeryToken(client, "/account/sign-in");

        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "leader@goldenthread.example", ["Password"] = DemoSeeder.Password,
            ["returnUrl"] = "https://evil.example/phish", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_InDemoMode_ListsTheDemoAccounts()
    {
        using var client = await app.ClientFor(null);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/account/sign-in"));

        Assert.Equal(DemoSeeder.Accounts.Count, page.QuerySelectorAll(".nhsuk-inset-text li").Length);
    }
}

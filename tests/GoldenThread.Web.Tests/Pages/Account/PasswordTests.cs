using System.Net;
using GoldenThread.Testing;
using GoldenThread.Web.Demo;

namespace GoldenThread.Web.Pages.Account;

public class PasswordTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> Change(HttpClient client, string current, string next)
    {
        var token = await GoldenThreadApp.AntiforgeryToken(client, "/account/password");
        var response = await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["CurrentPassword"] = current, ["NewPassword"] = next, ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Change_RightCurrentPassword_NewOneSignsInAndOldOneDoesNot()
    {
        await app.CreateAccount("changer@nhs.example", "professional", "QXV");
        using var client = await app.ClientFor("changer@nhs.example");

        var page = await Change(client, DemoSeeder.Password, "correct horse battery staple");

        Assert.NotNull(page.QuerySelector(".nhsuk-notification-banner--success"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/systems/QXV")).StatusCode); // this session stays
        using var fresh = await app.ClientFor(null);
        Assert.Equal(HttpStatusCode.OK, (await GoldenThreadApp.SignIn(fresh, "changer@nhs.example", DemoSeeder.Password)).StatusCode); // refused: page again
        Assert.Equal(HttpStatusCode.Redirect, (await GoldenThreadApp.SignIn(fresh, "changer@nhs.example", "correct horse battery staple")).StatusCode);
    }

    [Theory]
    [InlineData("wrong current", "a long enough new one", "#currentpassword", "Your current password is not correct")]
    [InlineData(DemoSeeder.Password, "short", "#newpassword", "New password must be 12 characters or more")]
    [InlineData("", "", "#currentpassword", "Enter your current password")]
    public async Task Change_Mistakes_AreNamedAndChangeNothing(string current, string next, string field, string message)
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var page = await Change(client, current, next);

        var first = page.QuerySelector(".nhsuk-error-summary__list a")!;
        Assert.Equal((field, message), (first.GetAttribute("href"), first.TextContent.Trim()));
        using var fresh = await app.ClientFor("professional@goldenthread.example"); // the demo password still works
    }
}

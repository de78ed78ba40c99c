using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

public class WithdrawTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Confirmed_BeforeADecision_WithdrawsTheApplication()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible(), state: ApplicationState.Submitted);
        using var client = await app.ClientFor(Professional);
        var question = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "withdraw")));

        var (status, _, location) = await Answer(client, PageOf(id, "withdraw"), []);
        var view = GoldenThreadApp.Parse(await client.GetStringAsync(location!));

        Assert.StartsWith("Are you sure you want to withdraw GT-", question.QuerySelector("h1")!.TextContent);
        Assert.Equal((HttpStatusCode.Redirect, PageOf(id)), (status, location));
        Assert.Equal(ApplicationState.Withdrawn, (await app.ApplicationAsync(id)).State);
        Assert.Contains("withdrawn", view.QuerySelector(".nhsuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task AfterADecision_EvenUnpublished_CannotBeWithdrawn()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible(), state: ApplicationState.Submitted, decision: ApplicationDecision.Selected);
        using var client = await app.ClientFor(Professional);

        var get = await client.GetAsync(PageOf(id, "withdraw"));
        var post = await GoldenThreadApp.PostForm(client, PageOf(id, "withdraw"), [], tokenFrom: PageOf(id));

        Assert.Equal(PageOf(id), get.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(ApplicationState.Submitted, (await app.ApplicationAsync(id)).State);
    }

    [Fact]
    public async Task AnotherProfessional_IsForbidden()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible(), state: ApplicationState.Submitted);
        using var client = await app.ClientFor(OtherProfessional);

        var post = await GoldenThreadApp.PostForm(client, PageOf(id, "withdraw"), [], tokenFrom: PageOf(id));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(ApplicationState.Submitted, (await app.ApplicationAsync(id)).State);
    }
}

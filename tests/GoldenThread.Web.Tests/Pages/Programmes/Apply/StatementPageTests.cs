using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

public class StatementPageTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Theory]
    [InlineData("citizen-gains", "What will local citizens and communities gain?")]
    [InlineData("edi", "How is your team committed to equality, diversity and inclusion?")]
    [InlineData("community-involvement", "How will patients, citizens or communities be involved from the outset?")]
    [InlineData("system-leadership-gains", "What will the team gain for leadership across the system?")]
    public async Task Get_EachStatementAsksItsQuestionWithWhatGoodLooksLikeAndTheMinimum(string slug, string question)
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, slug)));

        Assert.Equal(question, page.QuerySelector("h1 > label[for=text]")!.TextContent);
        Assert.Contains("Write at least 20 characters", page.QuerySelector("#text-hint")!.TextContent);
    }

    [Fact]
    public async Task Get_NoSuchStatement_IsNotFound()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PageOf(id, "mission-statement"))).StatusCode);
    }

    [Fact]
    public async Task Post_BlankAfterTrim_IsRefused()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "edi"), new() { ["Text"] = " \n " });

        Assert.Equal("Say how your team is committed to equality, diversity and inclusion", InlineError(page!, "text"));
    }

    [Fact]
    public async Task Post_LongerThanTheRulesStore_IsRefused()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "edi"), new() { ["Text"] = new string('x', ApplicationRules.StatementLength + 1) });

        Assert.Equal("Your answer must be 4,000 characters or fewer", InlineError(page!, "text"));
    }

    [Fact]
    public async Task Post_ShorterThanTheEngineCountsAsStated_IsSavedAndCheckAnswersSaysItIsNotMet()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);

        var (_, _, location) = await Answer(client, PageOf(id, "citizen-gains?from=check-answers"), new() { ["Text"] = "  Fewer falls at home  " });
        var checkAnswers = GoldenThreadApp.Parse(await client.GetStringAsync(location!));

        // "Fewer falls at home" is 19 characters once trimmed: saved as typed, one short of stated.
        Assert.Equal("Fewer falls at home", (await app.ApplicationAsync(id)).Content.CitizenGains);
        var row = checkAnswers.QuerySelector("tr[data-criterion=E-CITIZEN-GAINS]")!;
        Assert.Equal("fail", row.GetAttribute("data-status"));
        Assert.Contains("19 characters; at least 20 needed", row.TextContent);
        Assert.Equal(PageOf(id, "citizen-gains?from=check-answers"), row.QuerySelector("a")!.GetAttribute("href"));
    }
}

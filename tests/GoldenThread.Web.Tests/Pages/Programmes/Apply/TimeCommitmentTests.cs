using System.Net;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

public class TimeCommitmentTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Post_NothingAnswered_NamesBothFields()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "time-commitment"), new() { ["DaysPerMonth"] = "" });

        Assert.Equal(["#confirmed", "#dayspermonth"], SummaryLinks(page!));
    }

    [Theory]
    [InlineData("0,5", "Days a month must be a number, like 2 or 1.5")]
    [InlineData("40", "Days a month must be between 0 and 31")]
    public async Task Post_DaysNotADayCountOfAMonth_IsRefused(string days, string error)
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "time-commitment"), new() { ["Confirmed"] = "yes", ["DaysPerMonth"] = days });

        Assert.Equal(error, InlineError(page!, "dayspermonth"));
    }

    [Fact]
    public async Task Post_NotYetConfirmed_IsStillAnAnswerAndTheLastPageLeadsToCheckAnswers()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (status, _, location) = await Answer(client, PageOf(id, "time-commitment"), new() { ["Confirmed"] = "no", ["DaysPerMonth"] = "1.5" });

        Assert.Equal((HttpStatusCode.Redirect, PageOf(id, "check-answers")), (status, location));
        var time = (await app.ApplicationAsync(id)).Content.EmployerTimeCommitment;
        Assert.Equal((false, 1.5m), (time.Confirmed, time.DaysPerMonth));
    }
}

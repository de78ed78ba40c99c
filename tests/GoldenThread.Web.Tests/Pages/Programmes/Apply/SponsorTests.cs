using System.Net;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

public class SponsorTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Add_NothingAnswered_NamesEachField()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "sponsors/add"), new() { ["Version"] = "1" });

        Assert.Equal(["#name", "#role", "#organisation", "#sector", "#senior"], SummaryLinks(page!));
        Assert.Equal("Select yes if the sponsor is a senior leader in their organisation", InlineError(page!, "senior"));
    }

    [Fact]
    public async Task Add_ASectorTheVocabulariesDoNotKnow_IsRefusedBesideTheSector()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "sponsors/add"), new()
        {
            ["Version"] = "1", ["Name"] = "Ann Cole", ["Role"] = "Director", ["Organisation"] = "Council", ["Sector"] = "space-agency", ["Senior"] = "yes",
        });

        Assert.Equal(["#sector"], SummaryLinks(page!));
        Assert.StartsWith("“space-agency” is not a sector", InlineError(page!, "sector"));
    }

    [Fact]
    public async Task Add_Answered_IsListedWithItsSectorAndSeniority()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (status, _, location) = await Answer(client, PageOf(id, "sponsors/add"), new()
        {
            ["Version"] = "1", ["Name"] = "Ann Cole", ["Role"] = "Director of public health", ["Organisation"] = "Severn Vale Council",
            ["Sector"] = "local-authority-unitary", ["Senior"] = "yes",
        });
        var list = GoldenThreadApp.Parse(await client.GetStringAsync(location!));

        Assert.Equal((HttpStatusCode.Redirect, PageOf(id, "sponsors")), (status, location));
        Assert.Equal("Director of public health, Severn Vale Council (Local authority unitary); senior leader",
            list.QuerySelector(".nhsuk-summary-list__value")!.TextContent);
    }
}

using GoldenThread.Representation;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Representation;

public class RulesTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_ListsEveryRuleWithItsSeverityReasonAndSettings()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/representation/rules"));

        var rows = page.QuerySelectorAll("#rules tbody tr");
        Assert.Equal(RuleCatalogue.Default.Rules.Select(r => $"rule-{r.Id}"), rows.Select(r => r.Id));
        var tenure = page.GetElementById("rule-R-TOP-TABLE-TENURE")!;
        Assert.Contains("Warning", tenure.TextContent);
        Assert.Contains("Years: 6", tenure.TextContent);
        Assert.Contains("new leaders need a way in", tenure.TextContent);
        Assert.Contains("Body kinds: ICB board, ICP, Place board, Clinical executive", page.GetElementById("rule-R-TRIUMVIRATE")!.TextContent);
    }
}

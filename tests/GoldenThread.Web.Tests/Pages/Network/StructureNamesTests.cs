using System.Net;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Network;

/// <summary>Names the diagram must draw whatever they hold; a class of its own, as it leaves odd bodies in its database.</summary>
public class StructureNamesTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_BodiesNamedWithLongEmojiWordsAndAControlCharacter_DrawsThemAll()
    {
        var template = await app.Query(db => db.Bodies.AsNoTracking().FirstAsync(b => db.Systems.Any(s => s.Id == b.SystemId && s.Code == "QXV")));
        foreach (var name in new[] { "A" + string.Concat(Enumerable.Repeat("😀", 30)), string.Concat(Enumerable.Repeat("😀", 30)), "Board \u0001 of bells" })
        {
            var body = new Body { SystemId = template.SystemId, Name = name, Kind = template.Kind, Level = template.Level, DecisionRights = template.DecisionRights, PlaceId = template.PlaceId };
            await app.Query(db => { db.Bodies.Add(body); return db.SaveChangesAsync(); });
        }
        using var client = await app.ClientFor("professional@goldenthread.example");

        var response = await client.GetAsync("/systems/QXV/structure");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".gt-structure svg title"), t => t.TextContent.StartsWith("Board  of bells", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".gt-structure svg text"), t => t.TextContent.StartsWith("😀😀", StringComparison.Ordinal));
    }
}

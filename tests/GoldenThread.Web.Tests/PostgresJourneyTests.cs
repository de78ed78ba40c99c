using System.Net;
using GoldenThread.Data;
using GoldenThread.Testing;

namespace GoldenThread.Web;

public sealed class PostgresApp() : GoldenThreadApp(DatabaseProvider.Postgres);

/// <summary>The app on PostgreSQL: migrations, the demo seed, sign-in, scoping and the audit log, end to end.</summary>
public class PostgresJourneyTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task SignIn_Home_Overview_Audit_WorkOnPostgres()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var home = GoldenThreadApp.Parse(await client.GetStringAsync("/"));
        var overview = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV"));
        var audit = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/audit?entity=Place"));

        Assert.Equal("/systems/QXV", home.QuerySelector(".nhsuk-card__link")!.GetAttribute("href"));
        Assert.Equal("NHS Severn Vale Integrated Care Board", overview.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(4, audit.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task OtherSystem_IsNotFoundOnPostgres()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/systems/QXV")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/systems/QAA")).StatusCode);
    }
}

using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Interchange;

public class ExportCommandTests
{
    private static async Task<TestDatabase> WithDemoNetwork(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        await db.Database.MigrateAsync();
        db.AddRange(NetworkEntities.From(DemoNetwork.Build()).AllRows());
        db.AddRange(NetworkEntities.From(TinyNetwork.Document("QAA")).AllRows());
        await db.SaveChangesAsync();
        return database;
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Export_DemoSystem_IsAValidFileOfThatSystemAloneAndTheSameEachTime(string provider)
    {
        await using var database = await WithDemoNetwork(provider);

        var first = await CliRun.Of("export", "qxv", "--database", database.ConnectionString);
        var second = await CliRun.Of("export", "QXV", "--database", database.ConnectionString);
        var reading = NetworkFile.Read(first.Out, Vocabularies.Default);

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        Assert.Empty(reading.Errors);
        Assert.Equal(first.Out, second.Out);
        var demo = DemoNetwork.Build();
        var exported = reading.Document!;
        Assert.Equal(demo.System with { PriorityAreas = [] }, exported.System with { PriorityAreas = [] });
        Assert.Equal(demo.People.Select(p => p.Name).Order(), exported.People.Select(p => p.Name).Order());
        Assert.Equal(demo.Memberships.Count, exported.Memberships.Count);
        Assert.Equal(demo.Bodies.Sum(b => b.FeedsInto.Count), exported.Bodies.Sum(b => b.FeedsInto.Count));
        Assert.Equal(demo.Posts.SelectMany(p => p.Successors).Count(), exported.Posts.SelectMany(p => p.Successors).Count());
        Assert.DoesNotContain(exported.People, p => p.Name == "Ada Brook"); // QAA's people stay out
    }

    [Fact]
    public async Task Export_ThenReimportedAndExportedAgain_IsIdentical()
    {
        await using var source = await WithDemoNetwork("sqlite");
        var first = (await CliRun.Of("export", "QXV", "--database", source.ConnectionString)).Out;

        await using var target = await TestDatabase.CreateAsync("sqlite");
        await using (var db = TestContexts.Open(target, SystemScope.Unrestricted))
        {
            await db.Database.MigrateAsync();
            db.AddRange(NetworkEntities.From(NetworkFile.Read(first, Vocabularies.Default).Document!).AllRows());
            await db.SaveChangesAsync();
        }
        var second = (await CliRun.Of("export", "QXV", "--database", target.ConnectionString)).Out;

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Export_UnknownSystem_ExitsTwoNamingIt()
    {
        await using var database = await WithDemoNetwork("sqlite");

        var run = await CliRun.Of("export", "QZZ", "--database", database.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["CODE: no system has the code QZZ"], run.ErrorLines.Select(l => l.TrimEnd('\r')));
    }
}

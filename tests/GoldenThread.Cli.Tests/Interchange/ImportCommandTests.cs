using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Interchange;

public class ImportCommandTests
{
    private static async Task<TestDatabase> StoreWithTinyNetwork(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        await db.Database.MigrateAsync();
        db.AddRange(NetworkEntities.From(TinyNetwork.Document("QAA")).AllRows());
        await db.SaveChangesAsync();
        return database;
    }

    private static string WriteFile(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"goldenthread-import-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static async Task<string> ExportAll(TestDatabase database)
    {
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        var codes = await db.Systems.Select(s => s.Code).OrderBy(c => c).ToListAsync();
        var files = new List<string>();
        foreach (var code in codes) files.Add(NetworkFile.Write((await Data.Interchange.NetworkStore.ExportAsync(db, code, CancellationToken.None))!));
        return string.Join("\n", files);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_DemoNetworkFile_CreatesTheSystemAndExportsTheSameFile(string provider)
    {
        await using var database = await StoreWithTinyNetwork(provider);
        var file = WriteFile(NetworkFile.Write(NetworkExport.Document(NetworkEntities.From(DemoNetwork.Build()))));

        var run = await CliRun.Of("import", file, "--database", database.ConnectionString);
        var exported = await CliRun.Of("export", "QXV", "--database", database.ConnectionString);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("QXV (new system): ", run.Out);
        Assert.Contains("Imported 1 network file in one transaction.", run.Out);
        Assert.Equal(File.ReadAllText(file), exported.Out.TrimEnd('\n', '\r'));
    }

    /// <summary>One corruption of each kind DESIGN.md names, with the path the error must name.</summary>
    public static TheoryData<string, string, string> Corruptions => new()
    {
        { "sqlite", "unknown profession", "$.people[0].profession" },
        { "postgres", "unknown profession", "$.people[0].profession" },
        { "sqlite", "dangling body", "$.memberships[1].bodyId" },
        { "postgres", "dangling body", "$.memberships[1].bodyId" },
        { "sqlite", "duplicate id", "$.people[1].id" },
        { "postgres", "duplicate id", "$.people[1].id" },
        { "sqlite", "feeds-into cycle", "$.bodies[1].feedsInto[0]" },
        { "postgres", "feeds-into cycle", "$.bodies[1].feedsInto[0]" },
        { "sqlite", "end before start", "$.memberships[0].end" },
        { "postgres", "end before start", "$.memberships[0].end" },
        { "sqlite", "malformed JSON", "$.people" },
        { "postgres", "malformed JSON", "$.people" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task Import_CorruptedFile_ExitsTwoNamingThePathAndChangesNothing(string provider, string corruption, string path)
    {
        await using var database = await StoreWithTinyNetwork(provider);
        var before = await ExportAll(database);
        var good = WriteFile(NetworkFile.Write(TinyNetwork.Document("QBB", "NHS Beta ICB")));
        var bad = WriteFile(NetworkCorruption.Apply(NetworkFile.Write(TinyNetwork.Document("QAA") with { System = TinyNetwork.Document("QAA").System with { Population = 1 } }), corruption));

        var run = await CliRun.Of("import", good, bad, "--database", database.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{Path.GetFileName(bad)}: {path}", line);
        Assert.Equal(before, await ExportAll(database));
    }

    [Fact]
    public async Task Import_DryRun_DescribesTheChangesAndWritesNothing()
    {
        await using var database = await StoreWithTinyNetwork("sqlite");
        var before = await ExportAll(database);
        var tiny = TinyNetwork.Document("QAA");
        var file = WriteFile(NetworkFile.Write(tiny with { People = [.. tiny.People.Select(p => p with { Fte = 0.5m })] }));

        var run = await CliRun.Of("import", file, "--dry-run", "--database", database.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("QAA: 0 added, 2 changed, 0 removed", run.Out);
        Assert.Contains("Nothing was written (--dry-run).", run.Out);
        Assert.Equal(before, await ExportAll(database));
    }

    [Fact]
    public async Task Import_TwoFilesForOneSystem_ExitsTwo()
    {
        await using var database = await StoreWithTinyNetwork("sqlite");
        var json = NetworkFile.Write(TinyNetwork.Document("QAA"));

        var run = await CliRun.Of("import", WriteFile(json), WriteFile(json), "--database", database.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.system.code: QAA is also the system of", run.Error);
    }

    [Fact]
    public async Task Import_IntoADatabaseNotMigrated_SaysSoOnOneLine()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var run = await CliRun.Of("import", WriteFile(NetworkFile.Write(TinyNetwork.Document("QAA"))), "--database", database.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("The database refused: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Import_MissingFile_ExitsTwoNamingIt()
    {
        var run = await CliRun.Of("import", "/nonexistent/network.json");

        Assert.Equal((2, "FILE: network.json does not exist"), (run.ExitCode, run.ErrorLines.Single().TrimEnd('\r')));
    }
}

using GoldenThread.Testing;

namespace GoldenThread.Cli;

public class MigrateCommandTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrate_NewDatabase_AppliesMigrationsThenReportsUpToDate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await CliRun.Of("migrate", "--database", database.ConnectionString);
        var second = await CliRun.Of("migrate", "--database", database.ConnectionString);

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        Assert.StartsWith("Applied ", first.Out);
        Assert.Equal("The database is up to date.", second.Out.Trim());
    }

    [Fact]
    public async Task UnknownVerb_ExitsTwoWithOneLine()
    {
        var run = await CliRun.Of("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}

using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Cli.Interchange;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"goldenthread-generate-{Environment.ProcessId}-{Path.GetRandomFileName()}");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Generate_ThreeSystems_WritesOneValidFilePerIcbAndListsThem()
    {
        var run = await CliRun.Of("generate", "--systems", "3", "--people", "60", "--seed", "2", "--out", folder);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(["QHG.json", "QM7.json", "QUE.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        foreach (var file in Directory.GetFiles(folder))
        {
            var text = await File.ReadAllTextAsync(file);
            var reading = NetworkFile.Read(text, Vocabularies.Default);

            Assert.Empty(reading.Errors);
            Assert.Equal(60, reading.Document!.People.Count);
            Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        }

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("QHG.json", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_SameArguments_WritesTheSameBytesAsTheEngine()
    {
        await CliRun.Of("generate", "--systems", "2", "--people", "80", "--seed", "9", "--out", folder);

        var expected = NetworkFile.Write(NetworkGenerator.GenerateSystem(1, 80, 9)) + "\n";
        Assert.Equal(expected, await File.ReadAllTextAsync(Path.Combine(folder, "QUE.json")));
    }

    [Fact]
    public async Task Generate_SeedLeftOut_IsSeedOne()
    {
        var run = await CliRun.Of("generate", "--systems", "1", "--people", "50", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(NetworkFile.Write(NetworkGenerator.GenerateSystem(0, 50, 1)) + "\n", await File.ReadAllTextAsync(Path.Combine(folder, "QHG.json")));
    }

    [Fact]
    public async Task Generate_OutFolderMissing_IsCreated()
    {
        var nested = Path.Combine(folder, "national", "run-1");

        var run = await CliRun.Of("generate", "--systems", "1", "--people", "50", "--out", nested);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(nested, "QHG.json")));
    }

    [Theory]
    [InlineData("--systems", "--systems", "0", "--people", "100")]
    [InlineData("--systems", "--systems", "43", "--people", "100")]
    [InlineData("--systems", "--systems", "many", "--people", "100")]
    [InlineData("--people", "--systems", "2", "--people", "10")]
    [InlineData("--people", "--systems", "2", "--people", "100001")]
    [InlineData("--seed", "--systems", "2", "--people", "100", "--seed", "x")]
    public async Task Generate_BadOption_ExitsTwoWithOneLineNamingIt(string option, params string[] args)
    {
        var run = await CliRun.Of(["generate", .. args, "--out", folder]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(option, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());
    }

    [Fact]
    public async Task Generate_OutLeftOut_ExitsTwoNamingIt()
    {
        var run = await CliRun.Of("generate", "--systems", "2", "--people", "100");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}

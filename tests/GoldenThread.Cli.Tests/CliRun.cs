using System.Text.Json.Nodes;

namespace GoldenThread.Cli;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static Task<CliRun> Of(params string[] args) => At(TimeProvider.System, args);

    /// <summary>Runs the command line with the clock stopped at <paramref name="time"/>'s moment.</summary>
    public static async Task<CliRun> At(TimeProvider time, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await GoldenThreadCli.RunAsync(args, stdout, stderr, time, CancellationToken.None);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Success, nothing on stderr, and on stdout the JSON of <paramref name="goldenFile"/>, compared structurally so that
    /// the golden file can keep its quotes and apostrophes as written.
    /// </summary>
    public void AssertPrintsJsonOf(string goldenFile)
    {
        Assert.Equal((0, ""), (ExitCode, Error));
        var expected = JsonNode.Parse(File.ReadAllText(goldenFile));
        var actual = JsonNode.Parse(Out);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected!.ToJsonString()}\nactual   {actual!.ToJsonString()}");
    }

    /// <summary>Bad input: exit code 2, nothing on stdout and one line on stderr starting <paramref name="start"/>, no stack trace.</summary>
    public void AssertBadInput(string start)
    {
        Assert.Equal((2, ""), (ExitCode, Out));
        var line = Assert.Single(ErrorLines);
        Assert.StartsWith(start, line.TrimEnd('\r'));
        Assert.DoesNotContain(" at GoldenThread.", line);
    }
}

namespace GoldenThread.Cli;

/// <summary>A file named on the command line: read whole, and refused in one line naming the file and its first problem.</summary>
internal static class InputFile
{
    public static async Task<string> ReadAsync(FileInfo file, string argument, CancellationToken cancellationToken)
    {
        if (!file.Exists) throw new CliInputException($"{argument}: {file.Name} does not exist");
        try
        {
            return await File.ReadAllTextAsync(file.FullName, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{argument}: cannot read {file.Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>The file, read and checked by <paramref name="read"/>; anything wrong is one line naming the file and the first problem.</summary>
    public static async Task<T> ReadAsync<T, TProblem>(FileInfo file, string argument, Func<string, (T? Value, IReadOnlyList<TProblem> Problems)> read,
        CancellationToken cancellationToken) where T : class where TProblem : notnull
    {
        var (value, problems) = read(await ReadAsync(file, argument, cancellationToken));
        return problems.Count > 0 || value is null ? throw Refused(file, problems) : value;
    }

    /// <summary>The first problem (each prints as "path: message") and how many more there are.</summary>
    public static CliInputException Refused<T>(FileInfo file, IReadOnlyList<T> problems) where T : notnull =>
        new($"{file.Name}: {problems[0]}{(problems.Count > 1 ? $" (and {problems.Count - 1} more problems)" : "")}");
}

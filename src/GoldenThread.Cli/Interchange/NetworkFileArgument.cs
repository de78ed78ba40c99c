using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Cli.Interchange;

/// <summary>A network file named on the command line, read and checked as the import reads it: anything wrong with it
/// is one line naming the file and the JSON path of its first problem.</summary>
internal static class NetworkFileArgument
{
    public static async Task<NetworkDocument> ReadAsync(FileInfo file, string argument, CancellationToken cancellationToken)
    {
        if (!file.Exists) throw new CliInputException($"{argument}: {file.Name} does not exist");
        string json;
        try
        {
            json = await File.ReadAllTextAsync(file.FullName, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{argument}: cannot read {file.Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
        var reading = NetworkFile.Read(json, Vocabularies.Default);
        if (reading.Errors is [var first, ..])
            throw new CliInputException($"{file.Name}: {first}{(reading.Errors.Count > 1 ? $" (and {reading.Errors.Count - 1} more problems)" : "")}");
        return reading.Document!;
    }
}

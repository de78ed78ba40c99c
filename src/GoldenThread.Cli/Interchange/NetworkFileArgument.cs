using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Cli.Interchange;

/// <summary>A network file named on the command line, read and checked as the import reads it: anything wrong with it
/// is one line naming the file and the JSON path of its first problem.</summary>
internal static class NetworkFileArgument
{
    public static async Task<NetworkDocument> ReadAsync(FileInfo file, string argument, CancellationToken cancellationToken)
    {
        var reading = NetworkFile.Read(await InputFile.ReadAsync(file, argument, cancellationToken), Vocabularies.Default);
        if (reading.Errors.Count > 0) throw InputFile.Refused(file, reading.Errors);
        return reading.Document!;
    }
}

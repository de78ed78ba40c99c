using System.CommandLine;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using GoldenThread.Data.Interchange;
using GoldenThread.Interchange;

namespace GoldenThread.Cli.Interchange;

/// <summary><c>goldenthread export CODE [--out FILE]</c>: one system's network as a <c>goldenthread/network/v1</c> file.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var code = new Argument<string>("CODE") { Description = "The system's ODS code, e.g. QXV" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the file here instead of to standard output" };
        var command = new Command("export", "Write one system's leadership network as a goldenthread/network/v1 file") { code, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var systemCode = parse.GetValue(code)!;
            await using var db = DatabaseSetup.Open(cli.Database(parse), SystemScope.Unrestricted, new SystemActor("goldenthread export"), cli.Time);
            var document = await NetworkStore.ExportAsync(db, systemCode, cancellationToken)
                           ?? throw new CliInputException($"CODE: no system has the code {systemCode.ToUpperInvariant()}");
            var json = NetworkFile.Write(document);
            if (parse.GetValue(output) is { } file) await File.WriteAllTextAsync(file.FullName, json + "\n", cancellationToken);
            else await cli.Out.WriteLineAsync(json);
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using System.Text.Json;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using GoldenThread.Data.Interchange;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Cli.Interchange;

/// <summary>
/// <c>goldenthread import FILE… [--dry-run] [--format json]</c>: each file's network becomes its system's network
/// (a system is created when its code is new). Every file is read and checked before anything is written, and all
/// the files are written in one transaction: one bad file, or one failed write, and nothing changes.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "goldenthread/network/v1 files, one system each", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change and write nothing" };
        var format = OutputFormat.Option();
        var command = new Command("import", "Make each file's leadership network its system's network (all or nothing)") { files, dryRun, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var documents = await ReadAllAsync(parse.GetValue(files)!, cancellationToken);
            await using var db = DatabaseSetup.Open(cli.Database(parse), SystemScope.Unrestricted, new SystemActor("goldenthread import"), cli.Time);
            var changes = new List<NetworkChanges>();
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var document in documents)
                {
                    await NetworkImport.LockSystemAsync(db, document.System.Code, cancellationToken);
                    var staged = (await NetworkImport.StageAsync(db, document, mayCreateSystem: true, cancellationToken))!;
                    if (!parse.GetValue(dryRun)) await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    changes.Add(staged);
                }
                if (!parse.GetValue(dryRun)) await transaction.CommitAsync(cancellationToken);
            }
            if (parse.GetValue(format) == "json")
                await cli.Out.WriteLineAsync(JsonSerializer.Serialize(new { changes, written = !parse.GetValue(dryRun) }, NetworkDocument.JsonOptions));
            else
                await WriteTableAsync(cli.Out, changes, parse.GetValue(dryRun));
            return 0;
        });
        return command;
    }

    private static async Task<List<NetworkDocument>> ReadAllAsync(FileInfo[] files, CancellationToken cancellationToken)
    {
        var documents = new List<NetworkDocument>();
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var document = await NetworkFileArgument.ReadAsync(file, "FILE", cancellationToken);
            var code = document.System.Code;
            if (codes.TryGetValue(code, out var earlier))
                throw new CliInputException($"{file.Name}: $.system.code: {code} is also the system of {earlier}; import one file per system");
            codes[code] = file.Name;
            documents.Add(document);
        }
        return documents;
    }

    private static async Task WriteTableAsync(TextWriter output, IReadOnlyList<NetworkChanges> changes, bool dryRun)
    {
        foreach (var system in changes)
        {
            await output.WriteLineAsync($"{system.SystemCode}{(system.NewSystem ? " (new system)" : "")}: {system.Added} added, {system.Changed} changed, {system.Removed} removed");
            await output.WriteLineAsync($"  {"",-16}{"added",8}{"changed",9}{"removed",9}{"unchanged",11}");
            foreach (var kind in system.Kinds)
                await output.WriteLineAsync($"  {kind.Kind,-16}{kind.Added.Count,8}{kind.Changed.Count,9}{kind.Removed.Count,9}{kind.Unchanged,11}");
            foreach (var consequence in system.Consequences)
                await output.WriteLineAsync($"  {consequence}");
        }
        await output.WriteLineAsync(dryRun
            ? "Nothing was written (--dry-run)."
            : $"Imported {changes.Count} network file{(changes.Count == 1 ? "" : "s")} in one transaction.");
    }
}

using System.CommandLine;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli;

public static class MigrateCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("migrate", "Apply the database migrations (the web app also does this when it starts)");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = DatabaseSetup.Open(cli.Database(parse), SystemScope.Unrestricted, new SystemActor("goldenthread migrate"), cli.Time);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            await cli.Out.WriteLineAsync(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });
        return command;
    }
}

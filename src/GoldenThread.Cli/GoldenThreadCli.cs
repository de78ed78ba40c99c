using System.CommandLine;
using GoldenThread.Cli.Access;
using GoldenThread.Data;
using Microsoft.Extensions.Configuration;

namespace GoldenThread.Cli;

/// <summary>
/// The <c>goldenthread</c> command line. Exit codes: 0 success, 2 bad input (one line on stderr naming the
/// problem), 1 anything else.
/// </summary>
public static class GoldenThreadCli
{
    public const int BadInput = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var database = new Option<string?>("--database")
        {
            Description = "Connection string (a Host= string for PostgreSQL); default GOLDENTHREAD_DATABASE_URL, ConnectionStrings__GoldenThread or data/goldenthread.db",
            Recursive = true,
        };
        var root = new RootCommand("GoldenThread: clinical and care professional leadership for integrated care systems") { database };
        var context = new CliContext(stdout, stderr, parse => Settings(parse.GetValue(database)));
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(AccountsCommand.Create(context));
        root.Subcommands.Add(Interchange.ExportCommand.Create(context));
        root.Subcommands.Add(Interchange.ImportCommand.Create(context));
        root.Subcommands.Add(Interchange.GenerateCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await stderr.WriteLineAsync(System.Text.RegularExpressions.Regex.Replace(parsed.Errors[0].Message, @"\s+", " ").Trim());
            return BadInput;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliInputException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return BadInput;
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            // The store refused (unreachable, not migrated, changed by another process): one line, not a stack trace.
            await stderr.WriteLineAsync($"The database refused: {(e.InnerException ?? e).Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    private static DatabaseSettings Settings(string? connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GOLDENTHREAD_DATABASE_URL"] = Environment.GetEnvironmentVariable("GOLDENTHREAD_DATABASE_URL"),
            ["ConnectionStrings:GoldenThread"] = Environment.GetEnvironmentVariable("ConnectionStrings__GoldenThread"),
        }).Build();
        if (string.IsNullOrWhiteSpace(connection)) return DatabaseSettings.From(configuration);
        return connection.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new DatabaseSettings(DatabaseProvider.Postgres, connection)
            : new DatabaseSettings(DatabaseProvider.Sqlite, connection);
    }
}

/// <summary>What every verb needs: where to write and which store to open.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<ParseResult, DatabaseSettings> Database);

/// <summary>Bad input the user can fix: printed as one line on stderr, exit code 2.</summary>
public sealed class CliInputException(string message) : Exception(message);

using System.CommandLine;
using System.CommandLine.Parsing;
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

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, stderr, TimeProvider.System, cancellationToken);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken cancellationToken)
    {
        var database = new Option<string?>("--database")
        {
            Description = "Connection string (a Host= string for PostgreSQL); default GOLDENTHREAD_DATABASE_URL, ConnectionStrings__GoldenThread or data/goldenthread.db",
            Recursive = true,
        };
        var root = new RootCommand("GoldenThread: clinical and care professional leadership for integrated care systems") { database };
        var context = new CliContext(stdout, stderr, parse => Settings(parse.GetValue(database)), time);
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(AccountsCommand.Create(context));
        root.Subcommands.Add(Interchange.ExportCommand.Create(context));
        root.Subcommands.Add(Interchange.ImportCommand.Create(context));
        root.Subcommands.Add(Interchange.GenerateCommand.Create(context));
        root.Subcommands.Add(Representation.RepresentationCommand.Create(context));
        root.Subcommands.Add(Measures.SpcCommand.Create(context));
        root.Subcommands.Add(Programmes.EligibilityCommand.Create(context));
        root.Subcommands.Add(Development.MatchExchangesCommand.Create(context));
        root.Subcommands.Add(Development.FormSetsCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await stderr.WriteLineAsync(Named(parsed.Errors[0]));
            return BadInput;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliInputException e)
        {
            // A value quoted from the file may hold a line break; the message stays one line.
            await stderr.WriteLineAsync(e.Message.ReplaceLineEndings(" "));
            return BadInput;
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            // The store refused (unreachable, not migrated, changed by another process): one line, not a stack trace.
            await stderr.WriteLineAsync($"The database refused: {(e.InnerException ?? e).Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    /// <summary>A parse error on one line, led by the option it is about when the library's words do not name it.</summary>
    private static string Named(ParseError error)
    {
        var message = System.Text.RegularExpressions.Regex.Replace(error.Message, @"\s+", " ").Trim();
        var option = error.SymbolResult switch
        {
            OptionResult result => result.Option.Name,
            ArgumentResult { Parent: OptionResult result } => result.Option.Name,
            _ => null,
        };
        return option is null || message.Contains(option, StringComparison.Ordinal) ? message : $"{option}: {message}";
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

/// <summary>What every verb needs: where to write, which store to open and what time it is.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<ParseResult, DatabaseSettings> Database, TimeProvider Time);

/// <summary>Bad input the user can fix: printed as one line on stderr, exit code 2.</summary>
public sealed class CliInputException(string message) : Exception(message);

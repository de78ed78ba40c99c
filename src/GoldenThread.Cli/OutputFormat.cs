using System.CommandLine;

namespace GoldenThread.Cli;

/// <summary>The <c>--format</c> option of every verb that prints results: a readable table (the default) or the JSON contract.</summary>
internal static class OutputFormat
{
    public static Option<string> Option()
    {
        var format = new Option<string>("--format") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }
}

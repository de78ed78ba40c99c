using System.Globalization;
using CsvHelper;

namespace GoldenThread.Web.Shell;

/// <summary>CSV for spreadsheet users: a header row, then one row per record; empty cells for nulls.</summary>
public static class Csv
{
    public static string Write(string[] header, IEnumerable<string?[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // A cell starting =, +, - or @ is a formula to a spreadsheet: escape it so that no name in the register can run one.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows) csv.WriteRecord([.. row.Select(cell => cell ?? "")]);
        }
        return text.ToString();
    }
}

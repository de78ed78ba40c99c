using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using GoldenThread.Network;

namespace GoldenThread.Measures;

/// <summary>One line of data points as it was typed, pasted or uploaded: where it is, and its date and value as text.</summary>
/// <param name="Index">Its position among the rows (0-based), for the API's JSON paths.</param>
/// <param name="Line">Its line in the text or file (1-based), for people.</param>
public sealed record PointRow(int Index, int Line, string? Date, string? Value, int Fields = 2);

/// <summary>A problem with one row, naming the row and its field (<c>date</c> or <c>value</c>), or the whole input when <see cref="Index"/> is null.</summary>
public sealed record PointRowProblem(int? Index, int? Line, string Field, string Message)
{
    /// <summary>The problem as a person reads it: "Line 4: '31/02/2024' is not a real date".</summary>
    public override string ToString() => Line is { } line ? $"Line {line}: {Message}" : Message;
}

/// <summary>
/// Data points from text, all or nothing: the one reading behind the page's single point, pasted lines, CSV uploads
/// and the API. A date is written 2024-03-01 or 01/03/2024 (day first, as in England); a value is a number as
/// <see cref="WrittenNumber"/> reads it, with thousands separators or a % sign if the spreadsheet kept them.
/// </summary>
public static partial class PointRows
{
    public const string DateExample = "2024-03-01 or 01/03/2024";
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy"];

    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})$")] private static partial Regex DateShape();

    /// <summary>
    /// The most text read for a measure's points: 64 characters a line — a date, a value and room for spaces — for as
    /// many lines as a measure may have points, so that text no measure could hold is refused before it is parsed.
    /// </summary>
    public const int MaximumTextLength = Measure.MaximumPoints * 64;

    /// <summary>
    /// Lines of "date, value" from pasted text or an uploaded CSV file. Text with a tab is tab-separated, as a spreadsheet
    /// copies cells, so that a value written 1,234 stays whole; otherwise the separator (comma, semicolon or bar) is found
    /// from the text. A first line "date,value" is a header; <paramref name="headerRequired"/> makes it a must.
    /// </summary>
    public static (IReadOnlyList<PointRow> Rows, PointRowProblem? Problem) FromText(TextReader text, bool headerRequired)
    {
        var buffer = new char[MaximumTextLength + 1];
        var length = text.ReadBlock(buffer);
        if (length > MaximumTextLength)
            return ([], new PointRowProblem(null, null, "",
                $"The text is longer than {MaximumTextLength:N0} characters, more than {Measure.MaximumPoints:N0} points need; a measure may have at most {Measure.MaximumPoints:N0} points"));
        var whole = new string(buffer, 0, length);
        var rows = new List<PointRow>();
        try
        {
            var options = new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, TrimWhitespace = true, Separator = whole.Contains('\t') ? '\t' : null };
            using var csv = CsvReader.Create(new StringReader(whole), options);
            var first = true;
            while (csv.Read())
            {
                var fields = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToList();
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                if (first && IsHeader(fields))
                {
                    (first, headerRequired) = (false, false);
                    continue;
                }
                first = false;
                if (headerRequired)
                    return ([], new PointRowProblem(null, null, "", "The file must start with the header date,value"));
                rows.Add(new PointRow(rows.Count, checked((int)csv.LineNumber), fields.ElementAtOrDefault(0), fields.ElementAtOrDefault(1), fields.Count));
            }
        }
        catch (CsvFormatException e)
        {
            return ([], new PointRowProblem(null, null, "", $"The text could not be read as lines of date and value: {e.Message}"));
        }
        return (rows, rows.Count == 0 ? new PointRowProblem(null, null, "", "There are no lines of date and value") : null);
    }

    private static bool IsHeader(IReadOnlyList<string?> fields) =>
        fields.Count >= 1 && string.Equals(fields[0]?.Trim(), "date", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The points the rows give, in date order, or every problem with them: a date that is not one, a value that is not
    /// a number, a line with more than a date and a value, a date given twice.
    /// </summary>
    public static (IReadOnlyList<(PointRow Row, DateOnly Date, double Value)> Points, IReadOnlyList<PointRowProblem> Problems) Read(IReadOnlyList<PointRow> rows)
    {
        var problems = new List<PointRowProblem>();
        var points = new List<(PointRow, DateOnly, double)>();
        var seen = new Dictionary<DateOnly, PointRow>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            if (row.Fields > 2)
                problems.Add(Problem(row, "value", $"has {row.Fields} columns; each line needs a date, then a value"));
            var date = ReadDate(row, problems);
            var value = ReadValue(row, problems);
            if (date is { } d && seen.TryGetValue(d, out var first))
                problems.Add(Problem(row, "date", $"{UkDate.Long(d)} is also on line {first.Line}; each date may have one value"));
            if (problems.Count > before || date is null || value is null) continue;
            seen[date.Value] = row;
            points.Add((row, date.Value, value.Value));
        }
        return problems.Count > 0 ? ([], problems) : ([.. points.OrderBy(p => p.Item2)], []);
    }

    /// <summary>A date as a person or a spreadsheet writes it; null when it is not one.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DateOnly? ReadDate(PointRow row, List<PointRowProblem> problems)
    {
        var text = row.Date?.Trim();
        if (string.IsNullOrEmpty(text)) problems.Add(Problem(row, "date", $"enter a date, like {DateExample}"));
        else if (ParseDate(text) is { } date) return date;
        else if (DateShape().IsMatch(text)) problems.Add(Problem(row, "date", $"'{text}' is not a real date"));
        else problems.Add(Problem(row, "date", $"'{text}' is not a date; write it as {DateExample}"));
        return null;
    }

    private static double? ReadValue(PointRow row, List<PointRowProblem> problems)
    {
        var text = row.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(Problem(row, "value", "enter a value after the date"));
            return null;
        }
        var number = WrittenNumber.Read(text, "values");
        if (number.Problem is { } problem) problems.Add(Problem(row, "value", problem));
        return number.Value;
    }

    private static PointRowProblem Problem(PointRow row, string field, string message) => new(row.Index, row.Line, field, message);
}

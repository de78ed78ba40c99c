using System.Text.Json;
using GoldenThread.Interchange;

namespace GoldenThread.Measures;

/// <summary>
/// Reads the SPC series file of DESIGN.md — <c>{"dates":[…],"values":[…],"improvementDirection","target","rebase",
/// "screenOutliers","fixAfterPoints"}</c> — walking the JSON itself so that every problem names its JSON path, then
/// asks <see cref="SpcSeries.Problems"/> whether the series can be charted. Left out: <c>improvementDirection</c> is
/// increase and <c>screenOutliers</c> true (NHSRplotthedots' defaults); no target, no rebase, limits not fixed. A
/// null <c>target</c>, <c>rebase</c> or <c>fixAfterPoints</c> is the same as leaving it out.
/// </summary>
public static class SpcSeriesFile
{
    public static readonly IReadOnlyList<string> Fields =
        ["dates", "values", "improvementDirection", "target", "rebase", "screenOutliers", "fixAfterPoints"];

    /// <summary>The series, or what is wrong with the file (the series is null whenever there are problems).</summary>
    public sealed record Reading(SpcSeries? Series, IReadOnlyList<SpcProblem> Problems);

    public static Reading Read(string json) =>
        JsonFields.Parse(json, root =>
        {
            var problems = new List<SpcProblem>();
            var series = Series(root, problems);
            if (series is null) return new Reading(null, problems);
            var unchartable = series.Problems();
            return unchartable.Count > 0 ? new Reading(null, unchartable) : new Reading(series, []);
        }, malformed => new Reading(null, [new SpcProblem("$", malformed)]));

    private static SpcSeries? Series(JsonElement root, List<SpcProblem> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("$", "must be a JSON object with dates and values"));
            return null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
                problems.Add(new(property.Name, $"is not a field of the series file ({string.Join(", ", Fields)})"));
            else if (!seen.Add(property.Name))
                problems.Add(new(property.Name, "is given twice"));
        }

        var dates = Required(root, "dates", problems) is { } d ? Dates(d, "dates", problems) : null;
        var values = Required(root, "values", problems) is { } v ? Values(v, problems) : null;
        var direction = Direction(root, problems);
        var target = Optional(root, "target") is { } t ? Number(t, "target", problems) : null;
        var rebase = Optional(root, "rebase") is { } r ? Dates(r, "rebase", problems) : [];
        var screen = Screen(root, problems);
        var fixAfter = Optional(root, "fixAfterPoints") is { } f ? WholeNumber(f, "fixAfterPoints", problems) : null;
        if (problems.Count > 0 || dates is null || values is null || rebase is null) return null;
        return new SpcSeries
        {
            Dates = dates, Values = values, Direction = direction, Target = target, Rebase = rebase,
            ScreenOutliers = screen, FixAfterPoints = fixAfter,
        };
    }

    private static JsonElement? Required(JsonElement root, string name, List<SpcProblem> problems)
    {
        if (root.TryGetProperty(name, out var element)) return element;
        problems.Add(new(name, "is required"));
        return null;
    }

    private static JsonElement? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null ? element : null;

    private static List<DateOnly>? Dates(JsonElement element, string path, List<SpcProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new(path, $"must be a list of dates written yyyy-mm-dd, found {Quoted(element)}"));
            return null;
        }
        var dates = new List<DateOnly>(element.GetArrayLength());
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            // Ten characters of ISO 8601 can only be yyyy-mm-dd; the JSON reader's own date parser is five times faster
            // than DateOnly.TryParseExact, which counts on a file of 100,000 points.
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: 10 } && item.TryGetDateTime(out var date))
                dates.Add(DateOnly.FromDateTime(date));
            else if (item.ValueKind == JsonValueKind.String)
                problems.Add(new($"{path}[{i}]", $"'{item.GetString()}' is not a date (yyyy-mm-dd)"));
            else
                problems.Add(new($"{path}[{i}]", $"must be a date written as a string (yyyy-mm-dd), found {Quoted(item)}"));
            i++;
        }
        return dates;
    }

    private static List<double>? Values(JsonElement element, List<SpcProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("values", $"must be a list of numbers, found {Quoted(element)}"));
            return null;
        }
        var values = new List<double>(element.GetArrayLength());
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            values.Add(IsNumber(item, out var value) ? value : Number(item, $"values[{i}]", problems) ?? double.NaN);
            i++;
        }
        return values;
    }

    private static bool IsNumber(JsonElement element, out double number)
    {
        number = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out number) && double.IsFinite(number);
    }

    private static double? Number(JsonElement element, string path, List<SpcProblem> problems)
    {
        if (IsNumber(element, out var number)) return number;
        problems.Add(new(path, element.ValueKind == JsonValueKind.Number
            ? $"{element.GetRawText()} is too large a number"
            : $"must be a number, found {Quoted(element)}"));
        return null;
    }

    private static int? WholeNumber(JsonElement element, string path, List<SpcProblem> problems)
    {
        // 12.0 is a whole number, as JSON writers that keep every number a double write it.
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var count)
            && count == Math.Floor(count) && count is >= int.MinValue and <= int.MaxValue)
            return (int)count;
        problems.Add(new(path, $"must be a whole number (at least {SpcSeries.MinimumFixAfterPoints}), found {Quoted(element)}"));
        return null;
    }

    private static ImprovementDirection Direction(JsonElement root, List<SpcProblem> problems)
    {
        if (!root.TryGetProperty("improvementDirection", out var element)) return ImprovementDirection.Increase;
        if (SpcWords.Direction(element.ValueKind == JsonValueKind.String ? element.GetString() : null) is { } direction) return direction;
        problems.Add(new("improvementDirection", $"must be one of {string.Join(", ", SpcWords.Directions)}, found {Quoted(element)}"));
        return ImprovementDirection.Increase;
    }

    private static bool Screen(JsonElement root, List<SpcProblem> problems)
    {
        if (!root.TryGetProperty("screenOutliers", out var element)) return true;
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False) return element.GetBoolean();
        problems.Add(new("screenOutliers", $"must be true or false, found {Quoted(element)}"));
        return true;
    }

    private static string Quoted(JsonElement element) => JsonFields.Quoted(element);
}

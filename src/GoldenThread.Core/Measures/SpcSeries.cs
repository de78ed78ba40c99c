using System.Globalization;

namespace GoldenThread.Measures;

/// <summary>
/// One measure's dated values and the Making Data Count options for its XmR chart. <see cref="Rebase"/> dates each
/// start a new segment with its own limits; <see cref="FixAfterPoints"/> computes each segment's limits from its
/// first n points only (NHSRplotthedots asks for at least 12).
/// </summary>
public sealed record SpcSeries
{
    public const int MinimumPointsPerSegment = 2;
    public const int MinimumFixAfterPoints = 12;

    /// <summary>
    /// The largest magnitude of a value or target. Beyond it the sums behind the mean and moving ranges could overflow to
    /// infinity; no outcome a system counts comes near it.
    /// </summary>
    public const double MaximumMagnitude = 1e12;

    /// <summary>The range of values and targets in words: "between -1,000,000,000,000 and 1,000,000,000,000".</summary>
    public static string Range { get; } = string.Create(CultureInfo.InvariantCulture, $"between {-MaximumMagnitude:N0} and {MaximumMagnitude:N0}");

    public required IReadOnlyList<DateOnly> Dates { get; init; }
    public required IReadOnlyList<double> Values { get; init; }
    public ImprovementDirection Direction { get; init; } = ImprovementDirection.Increase;
    public double? Target { get; init; }
    public IReadOnlyList<DateOnly> Rebase { get; init; } = [];
    public bool ScreenOutliers { get; init; } = true;
    public int? FixAfterPoints { get; init; }

    /// <summary>What makes the series unchartable, each keyed by the field (JSON path) it is about; empty when sound.</summary>
    public IReadOnlyList<SpcProblem> Problems()
    {
        var problems = new List<SpcProblem>();
        if (Dates.Count != Values.Count)
            problems.Add(new("values", $"{Values.Count} values for {Dates.Count} dates; there must be one value for each date"));
        if (Dates.Count < MinimumPointsPerSegment)
            problems.Add(new("dates", $"{Dates.Count} {(Dates.Count == 1 ? "date" : "dates")}; a chart needs at least {MinimumPointsPerSegment}"));
        for (var i = 1; i < Dates.Count; i++)
        {
            if (Dates[i] == Dates[i - 1])
                problems.Add(new($"dates[{i}]", $"{Dates[i]:yyyy-MM-dd} appears twice; each date may have one value"));
            else if (Dates[i] < Dates[i - 1])
                problems.Add(new($"dates[{i}]", $"{Dates[i]:yyyy-MM-dd} comes before {Dates[i - 1]:yyyy-MM-dd}; dates must be in order"));
        }
        for (var i = 0; i < Values.Count; i++)
            if (Unchartable(Values[i], "values") is { } problem)
                problems.Add(new($"values[{i}]", problem));
        if (Target is { } target && Unchartable(target, "a target") is { } targetProblem)
            problems.Add(new("target", targetProblem));
        if (FixAfterPoints is < MinimumFixAfterPoints)
            problems.Add(new("fixAfterPoints", $"{FixAfterPoints}; limits can be fixed after {MinimumFixAfterPoints} points or more"));
        if (problems.Count > 0) return problems;

        for (var r = 0; r < Rebase.Count; r++)
        {
            if (!Dates.Contains(Rebase[r]))
                problems.Add(new($"rebase[{r}]", $"{Rebase[r]:yyyy-MM-dd} is not one of the series' dates"));
            else if (Rebase.Take(r).Contains(Rebase[r]))
                problems.Add(new($"rebase[{r}]", $"{Rebase[r]:yyyy-MM-dd} is given twice"));
        }
        if (problems.Count > 0) return problems;

        var starts = SegmentStarts().ToList();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : Dates.Count;
            if (end - starts[s] >= MinimumPointsPerSegment) continue;
            // A short segment is the doing of the rebase that starts it, or of the one that ends the first segment.
            var rebase = Dates[starts[Math.Max(s, 1)]];
            problems.Add(new($"rebase[{IndexOf(Rebase, rebase)}]",
                $"{rebase:yyyy-MM-dd} leaves the segment from {Dates[starts[s]]:yyyy-MM-dd} with 1 point; each segment needs at least {MinimumPointsPerSegment}"));
        }
        return problems;
    }

    /// <summary>Why <paramref name="value"/> cannot be charted, or null when it can; <paramref name="subject"/> is what must be in range ("values").</summary>
    public static string? Unchartable(double value, string subject) =>
        !double.IsFinite(value) ? "must be a number"
        : Math.Abs(value) > MaximumMagnitude ? TooLarge(value.ToString(CultureInfo.InvariantCulture), subject)
        : null;

    /// <summary>"1E+308 is too large; values must be between …", the number as <paramref name="written"/>.</summary>
    public static string TooLarge(string written, string subject) => $"{written} is too large; {subject} must be {Range}";

    /// <summary>The index of the first point of each segment, in order, starting with 0.</summary>
    internal IEnumerable<int> SegmentStarts()
    {
        yield return 0;
        for (var i = 1; i < Dates.Count; i++)
            if (Rebase.Contains(Dates[i])) yield return i;
    }

    private static int IndexOf(IReadOnlyList<DateOnly> dates, DateOnly date) => dates.Select((d, i) => (d, i)).First(x => x.d == date).i;
}

/// <summary>A reason a series cannot be charted, keyed by the field it is about.</summary>
public sealed record SpcProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

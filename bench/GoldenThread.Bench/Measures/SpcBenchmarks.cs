using BenchmarkDotNet.Attributes;
using GoldenThread.Measures;

namespace GoldenThread.Bench.Measures;

/// <summary>
/// <see cref="Spc.Calculate"/> on one series of 60 (five years monthly), 1,000 and 100,000 points, without and with
/// rebasing (two rebase dates, so three segments). Values are a noisy level with a shift a third of the way in, an
/// occasional outlier and a rise near the end, so every rule has something to find; seeded, so each run charts the
/// same series.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class SpcBenchmarks
{
    private SpcSeries series = null!;

    [Params(60, 1_000, 100_000)]
    public int Points { get; set; }

    [Params(false, true)]
    public bool Rebased { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        series = Series(new Random(1), Points, Rebased);
    }

    [Benchmark]
    public SpcChart OneSeries() => Spc.Calculate(series);

    internal static SpcSeries Series(Random random, int points, bool rebased)
    {
        var start = new DateOnly(2000, 1, 1);
        var dates = Enumerable.Range(0, points).Select(i => points <= 1_000 ? start.AddMonths(i) : start.AddDays(i)).ToArray();
        var values = new double[points];
        for (var i = 0; i < points; i++)
        {
            var level = i < points / 3 ? 100 : 92;
            var rise = i > points - 10 ? (i - (points - 10)) * 1.5 : 0;
            values[i] = level + rise + (random.NextDouble() - 0.5) * 12 + (random.Next(40) == 0 ? 30 : 0);
        }
        return new SpcSeries
        {
            Dates = dates,
            Values = values,
            Direction = ImprovementDirection.Decrease,
            Target = 95,
            Rebase = rebased ? [dates[points / 3], dates[2 * points / 3]] : [],
        };
    }
}

/// <summary>
/// Many charts one after another: a board summary of 200 measures of 60 points, and the 10,000 series of 100
/// points; a quarter of the series rebased twice.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class SpcBoardBenchmarks
{
    private SpcSeries[] board = null!;
    private SpcSeries[] many = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2);
        board = [.. Enumerable.Range(0, 200).Select(i => SpcBenchmarks.Series(random, 60, i % 4 == 0))];
        many = [.. Enumerable.Range(0, 10_000).Select(i => SpcBenchmarks.Series(random, 100, i % 4 == 0))];
    }

    [Benchmark]
    public int Board200x60() => Chart(board);

    [Benchmark]
    public int Series10000x100() => Chart(many);

    /// <summary>Charts every series and counts those whose latest point is a special cause, so none is skipped.</summary>
    private static int Chart(SpcSeries[] all)
    {
        var special = 0;
        foreach (var one in all)
            if (Spc.Calculate(one).Variation != PointType.CommonCause) special++;
        return special;
    }
}

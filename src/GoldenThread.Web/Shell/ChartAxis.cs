using System.Globalization;

namespace GoldenThread.Web.Shell;

/// <summary>
/// The axes of the server-drawn charts: a value scale in round steps (1, 2 or 5 × a power of ten) and date ticks at the
/// starts of months (or years) spaced so their labels never overlap.
/// </summary>
public static class ChartAxis
{
    /// <summary>A value axis from <see cref="Min"/> to <see cref="Max"/>, both multiples of <see cref="Step"/>.</summary>
    public sealed record Scale(double Min, double Max, double Step)
    {
        public IReadOnlyList<double> Ticks()
        {
            var count = (int)Math.Round((Max - Min) / Step);
            return Enumerable.Range(0, count + 1).Select(i => Math.Round((Min + i * Step) / Step) * Step).ToList();
        }

        /// <summary>Enough decimal places to tell the ticks apart, and no more.</summary>
        public int Decimals => Math.Max(0, -(int)Math.Floor(Math.Log10(Step) + 1e-9));

        public string Format(double value) => Number(value, Decimals);
    }

    /// <summary>A date's mark on the axis at <see cref="X"/>, and its label at <see cref="LabelX"/> hung by <see cref="Anchor"/>.</summary>
    public sealed record DateTick(DateOnly Date, double X, string Label, double LabelX, string Anchor)
    {
        public (double Left, double Right) Extent(double fontSize)
        {
            var width = TextWidth(Label, fontSize);
            return Anchor switch { "start" => (LabelX, LabelX + width), "end" => (LabelX - width, LabelX), _ => (LabelX - width / 2, LabelX + width / 2) };
        }

        /// <summary>The label kept between <paramref name="left"/> and <paramref name="right"/>: one that would spill over is pushed back inside.</summary>
        public DateTick Within(double left, double right, double fontSize)
        {
            var extent = Extent(fontSize);
            return extent.Left < left ? this with { LabelX = left, Anchor = "start" }
                : extent.Right > right ? this with { LabelX = right, Anchor = "end" }
                : this;
        }
    }

    /// <summary>Space kept between two date labels.</summary>
    public const double LabelGap = 8;

    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];

    /// <summary>
    /// The roundest axis covering <paramref name="lowest"/> to <paramref name="highest"/> in at most
    /// <paramref name="maxSteps"/> steps of at least <paramref name="minimumStep"/>; a single value gets room either side.
    /// </summary>
    public static Scale NiceScale(double lowest, double highest, int maxSteps = 5, double minimumStep = 0)
    {
        if (!double.IsFinite(lowest) || !double.IsFinite(highest)) throw new ArgumentException("an axis needs finite values");
        if (lowest > highest) (lowest, highest) = (highest, lowest);
        if (lowest == highest)
        {
            var room = lowest == 0 ? 1 : Math.Abs(lowest) / 10;
            (lowest, highest) = (lowest - room, highest + room);
        }
        var start = Math.Max(minimumStep, Math.Pow(10, Math.Floor(Math.Log10((highest - lowest) / maxSteps))));
        foreach (var step in Steps(start))
        {
            var (bottom, top) = (Math.Floor(lowest / step + 1e-9), Math.Ceiling(highest / step - 1e-9));
            if (top - bottom <= maxSteps) return new Scale(bottom * step, Math.Max(top, bottom + 1) * step, step);
        }
        throw new InvalidOperationException("unreachable: the steps grow without end");
    }

    private static IEnumerable<double> Steps(double from)
    {
        for (var scale = Math.Pow(10, Math.Floor(Math.Log10(from))); ; scale *= 10)
            foreach (var step in new[] { 1, 2, 5 }.Select(f => f * scale))
                if (step >= from * (1 - 1e-9)) yield return step;
    }

    /// <summary>
    /// Ticks at month starts every 1, 2, 3 or 6 months ("Jan 2024"), or at year starts every 1, 2, 5… years ("2024"):
    /// the most frequent whose labels, kept between <paramref name="left"/> and <paramref name="right"/>, do not touch.
    /// Dates spanning fewer than two month starts get the first and last date instead.
    /// </summary>
    public static IReadOnlyList<DateTick> DateTicks(
        DateOnly first, DateOnly last, Func<DateOnly, double> x, double fontSize, double left, double right)
    {
        foreach (var months in MonthSteps)
        {
            var ticks = MonthStarts(first, last, months)
                .Select(d => new DateTick(d, x(d), Label(d, months), x(d), "middle").Within(left, right, fontSize))
                .ToList();
            if (ticks.Count < 2 && months == 1) return Ends(first, last, x, fontSize);
            if (!Overlap(ticks, fontSize)) return ticks;
        }
        return [];
    }

    /// <summary>Whether any two labels, in order along the axis, come closer than <see cref="LabelGap"/>.</summary>
    public static bool Overlap(IReadOnlyList<DateTick> ticks, double fontSize) =>
        ticks.Zip(ticks.Skip(1)).Any(p => p.Second.Extent(fontSize).Left - p.First.Extent(fontSize).Right < LabelGap);

    /// <summary>A safe guess at a label's width: wider than most fonts draw it.</summary>
    public static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.6;

    public static string Number(double value, int decimals) =>
        (value == 0 ? 0 : value).ToString("N" + decimals, CultureInfo.InvariantCulture);

    private static string Label(DateOnly date, int months) =>
        date.ToString(months < 12 ? "MMM yyyy" : "yyyy", CultureInfo.InvariantCulture);

    private static IEnumerable<DateOnly> MonthStarts(DateOnly first, DateOnly last, int months)
    {
        var date = new DateOnly(first.Year, first.Month, 1);
        if (date < first) date = date.AddMonths(1);
        while (months < 12 ? (date.Month - 1) % months != 0 : date.Month != 1 || date.Year % (months / 12) != 0)
            date = date.AddMonths(1);
        for (; date <= last; date = date.AddMonths(months)) yield return date;
    }

    private static IReadOnlyList<DateTick> Ends(DateOnly first, DateOnly last, Func<DateOnly, double> x, double fontSize)
    {
        var ends = new List<DateTick> { new(first, x(first), UkTime.Day(first), x(first), "start"), new(last, x(last), UkTime.Day(last), x(last), "end") };
        return Overlap(ends, fontSize) ? [ends[1]] : ends;
    }
}

using GoldenThread.Measures;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Measures;

/// <summary>One size the chart is drawn at; the page shows the one that suits the screen, so text stays readable.</summary>
internal sealed record SpcLayout(string Name, int Width, int Height, double FontSize, int ValueSteps)
{
    /// <summary>For screens from a tablet up: about the width of the page's two-thirds column.</summary>
    public static readonly SpcLayout Wide = new("wide", 720, 360, 14, 6);

    /// <summary>For phones, down to 320 pixels: drawn at about the size it is shown, so 13-unit text stays 11 pixels or more.</summary>
    public static readonly SpcLayout Narrow = new("narrow", 320, 300, 13, 4);
}

/// <summary>An annotation placed on the chart: its number in the page's list, where it falls and which row its label takes.</summary>
internal sealed record PlacedAnnotation(int Number, SpcAnnotation Annotation, double X, int Row, double LabelWidth);

/// <summary>
/// Where everything goes for one chart at one layout: the value scale (covering every value, limit and the target),
/// the plot area inside the axes' labels, and the annotations' label rows above it.
/// </summary>
internal sealed class SpcFrame
{
    public const double RowHeight = 20, LabelHeight = 16;
    private const double TopGap = 8, RightGap = 12, BottomGap = 36;
    private const int MaximumRows = 3;

    public SpcLayout Layout { get; }
    public ChartAxis.Scale Scale { get; }
    public DateOnly First { get; }
    public DateOnly Last { get; }
    public double Left { get; }
    public double Right { get; }
    public double Top { get; }
    public double Bottom { get; }
    public IReadOnlyList<PlacedAnnotation> Annotations { get; }

    public SpcFrame(SpcChart chart, IReadOnlyList<SpcAnnotation> annotations, SpcLayout layout)
    {
        Layout = layout;
        var values = chart.Points.SelectMany(p => new[] { p.Value, p.LowerLimit, p.UpperLimit })
            .Concat(chart.Target is { } target ? [target] : []).ToList();
        Scale = ChartAxis.NiceScale(values.Min(), values.Max(), layout.ValueSteps);
        (First, Last) = (chart.Points[0].Date, chart.Points[^1].Date);
        Left = Math.Max(24, Scale.Ticks().Max(t => ChartAxis.TextWidth(Scale.Format(t), layout.FontSize)) + 12);
        Right = layout.Width - RightGap;
        Bottom = layout.Height - BottomGap;
        Annotations = Place(annotations);
        var rows = Annotations.Count == 0 ? 0 : Annotations.Max(a => a.Row) + 1;
        Top = TopGap + rows * RowHeight + 4;
    }

    public double X(DateOnly date) => Left + (date.DayNumber - First.DayNumber) / (double)(Last.DayNumber - First.DayNumber) * (Right - Left);

    public double Y(double value) => Bottom - (value - Scale.Min) / (Scale.Max - Scale.Min) * (Bottom - Top);

    public double LabelTop(int row) => TopGap + row * RowHeight;

    /// <summary>How large to draw the point marks: full size with room between points, smaller when they crowd.</summary>
    public double MarkScale(int points) => Math.Clamp((Right - Left) / Math.Max(1, points - 1) / 12, 0.6, 1);

    /// <summary>
    /// The annotations within the chart's dates, numbered by their place in the page's list (so those outside, which
    /// are not drawn, keep the list's numbering), each label in the first row where it touches no other.
    /// </summary>
    private List<PlacedAnnotation> Place(IReadOnlyList<SpcAnnotation> annotations)
    {
        var placed = new List<PlacedAnnotation>();
        var rowEnds = Enumerable.Repeat(double.NegativeInfinity, MaximumRows).ToArray();
        for (var i = 0; i < annotations.Count; i++)
        {
            var annotation = annotations[i];
            if (annotation.Date < First || annotation.Date > Last) continue;
            var width = ChartAxis.TextWidth((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Layout.FontSize) + 8;
            var x = X(annotation.Date);
            var left = Math.Clamp(x - width / 2, 0, Layout.Width - width);
            var row = Array.FindIndex(rowEnds, end => end + 2 <= left);
            if (row < 0) row = Array.IndexOf(rowEnds, rowEnds.Min());
            rowEnds[row] = left + width;
            placed.Add(new PlacedAnnotation(i + 1, annotation, x, row, width));
        }
        return placed;
    }
}

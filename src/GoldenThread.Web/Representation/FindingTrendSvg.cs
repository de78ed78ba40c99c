using System.Xml.Linq;
using GoldenThread.Web.Shell;
using static GoldenThread.Web.Shell.SvgMarkup;
using Microsoft.AspNetCore.Html;

namespace GoldenThread.Web.Representation;

/// <summary>
/// Gaps and warnings over time as a small inline SVG line chart, in the NHS palette and told apart by shape as well as
/// colour (gaps: red, solid line, round points; warnings: blue, dashed line, square points). No script and no inline
/// style, as the content security policy requires; the page's table holds the same figures.
/// </summary>
public static class FindingTrendSvg
{
    private static readonly XNamespace Svg = SvgMarkup.Ns;
    private const string Ink = "#212b32", Secondary = "#4c6272", Grid = "#d8dde0", GapColour = "#d5281b", WarningColour = "#005eb8";
    private const int Width = 640, Height = 260, Left = 44, Right = 24, Top = 40, Bottom = 36;

    /// <summary>One snapshot's counts.</summary>
    public sealed record Point(DateTimeOffset At, int Gaps, int Warnings);

    /// <param name="points">Oldest first.</param>
    public static IHtmlContent Render(IReadOnlyList<Point> points, string title, string description)
    {
        var (first, last) = (points[0].At, points[^1].At);
        var span = (last - first).TotalSeconds;
        var top = ChartAxis.NiceScale(0, Math.Max(1, points.Max(p => Math.Max(p.Gaps, p.Warnings))), minimumStep: 1);
        double X(DateTimeOffset at) => span == 0 ? Left + (Width - Left - Right) / 2.0 : Left + (at - first).TotalSeconds / span * (Width - Left - Right);
        double Y(double count) => Height - Bottom - count / top.Max * (Height - Top - Bottom);

        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"), new XAttribute("class", "gt-trend"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", "trend-title trend-description"), new XAttribute("focusable", "false"),
            new XElement(Svg + "title", new XAttribute("id", "trend-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", "trend-description"), description),
            top.Ticks().Select(count => new XElement[]
            {
                Line(Left, Y(count), Width - Right, Y(count), Grid, width: 1),
                Text(Left - 8, Y(count) + 4, top.Format(count), "end", Secondary),
            }),
            Line(Left, Height - Bottom, Width - Right, Height - Bottom, Secondary),
            DateLabels(first, last, X),
            Series(points.Select(p => (X(p.At), Y(p.Gaps))).ToList(), GapColour, dashed: false),
            Series(points.Select(p => (X(p.At), Y(p.Warnings))).ToList(), WarningColour, dashed: true),
            Legend());
        return SvgMarkup.Html(svg);
    }

    private static IEnumerable<XElement> DateLabels(DateTimeOffset first, DateTimeOffset last, Func<DateTimeOffset, double> x)
    {
        var y = Height - Bottom + 20;
        if (UkTime.DateOf(first) == UkTime.DateOf(last))
        {
            // Snapshots of one day: the day once, under the middle of the axis, never cut off at its end.
            yield return Text((Left + Width - Right) / 2.0, y, UkTime.Day(UkTime.DateOf(last)), "middle", Secondary);
            yield break;
        }
        yield return Text(x(first), y, UkTime.Day(UkTime.DateOf(first)), "start", Secondary);
        yield return Text(x(last), y, UkTime.Day(UkTime.DateOf(last)), "end", Secondary);
    }

    private static IEnumerable<XElement> Series(IReadOnlyList<(double X, double Y)> points, string colour, bool dashed)
    {
        if (points.Count > 1)
        {
            var line = Polyline(points, colour);
            if (dashed) line.Add(new XAttribute("stroke-dasharray", "6 4"));
            yield return line;
        }
        foreach (var (x, y) in points) yield return Marker(x, y, colour, square: dashed);
    }

    private static XElement Marker(double x, double y, string colour, bool square) => square
        ? new XElement(Svg + "rect", Coordinate("x", x - 4), Coordinate("y", y - 4),
            new XAttribute("width", 8), new XAttribute("height", 8), new XAttribute("fill", colour))
        : Circle(x, y, 4.5, colour);

    private static IEnumerable<XElement> Legend()
    {
        yield return Line(Left, 16, Left + 24, 16, GapColour);
        yield return Marker(Left + 12, 16, GapColour, square: false);
        yield return Text(Left + 32, 20, "Gaps", "start", Ink);
        yield return new XElement(Svg + "g", Line(Left + 100, 16, Left + 124, 16, WarningColour, dash: "6 4"), Marker(Left + 112, 16, WarningColour, square: true));
        yield return Text(Left + 132, 20, "Warnings", "start", Ink);
    }
}

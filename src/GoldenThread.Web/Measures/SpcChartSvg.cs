using System.Xml.Linq;
using GoldenThread.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Html;
using static GoldenThread.Web.Shell.SvgMarkup;

namespace GoldenThread.Web.Measures;

/// <summary>A dated note drawn on a chart as a numbered marker; the page lists the notes, numbered the same, beneath it.</summary>
public sealed record SpcAnnotation(DateOnly Date, string Text);

/// <summary>
/// An XmR chart as inline SVG the Making Data Count way: the values, each segment's mean (solid) and process limits
/// (dashed) breaking at every rebase, the target (red, dash-dot), special causes marked by shape as well as colour,
/// and annotations as numbered markers. Drawn twice, wide and narrow; site.css shows the one that suits the screen.
/// No script and no inline style; the page's table holds the same figures and the description says them in words.
/// </summary>
public static class SpcChartSvg
{
    private const string Ink = "#212b32", Secondary = "#4c6272", Grid = "#d8dde0", ValueLine = "#768692";
    internal const string LimitDash = "6 4", TargetDash = "12 4 2 4", AnnotationDash = "3 3";

    /// <param name="annotations">In the order the page lists them: the chart numbers them from 1 in this order and leaves
    /// out (without renumbering) any dated outside the chart's first and last points.</param>
    /// <param name="id">Unique on the page: the drawings' titles and descriptions take ids from it.</param>
    public static IHtmlContent Render(SpcChart chart, IReadOnlyList<SpcAnnotation> annotations, string title, string id = "spc")
    {
        var description = SpcDescription.Of(chart, annotations);
        var both = new XElement("div", new XAttribute("class", "gt-spc"),
            Drawing(chart, annotations, title, description, $"{id}-wide", SpcLayout.Wide),
            Drawing(chart, annotations, title, description, $"{id}-narrow", SpcLayout.Narrow));
        return new HtmlString(both.ToString(SaveOptions.DisableFormatting));
    }

    internal static XElement Drawing(SpcChart chart, IReadOnlyList<SpcAnnotation> annotations, string title, string description, string id, SpcLayout layout)
    {
        var frame = new SpcFrame(chart, annotations, layout);
        return new XElement(Ns + "svg",
            new XAttribute("viewBox", $"0 0 {layout.Width} {layout.Height}"), new XAttribute("class", $"gt-spc__svg gt-spc__svg--{layout.Name}"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title"), new XAttribute("aria-describedby", $"{id}-desc"), new XAttribute("focusable", "false"),
            new XElement(Ns + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Ns + "desc", new XAttribute("id", $"{id}-desc"), description),
            ValueAxis(frame), DateAxis(frame), frame.Annotations.Select(a => Annotation(a, frame)),
            Segments(chart, frame), TargetLine(chart, frame),
            Polyline(chart.Points.Select(p => (frame.X(p.Date), frame.Y(p.Value))), ValueLine, width: 1.5),
            Points(chart, frame));
    }

    private static IEnumerable<XElement> ValueAxis(SpcFrame frame)
    {
        var size = frame.Layout.FontSize;
        foreach (var tick in frame.Scale.Ticks())
        {
            yield return Line(frame.Left, frame.Y(tick), frame.Right, frame.Y(tick), Grid, width: 1);
            yield return Classed(Text(frame.Left - 6, frame.Y(tick) + size * 0.35, frame.Scale.Format(tick), "end", Secondary, size), "gt-spc__value-tick");
        }
        yield return Line(frame.Left, frame.Bottom, frame.Right, frame.Bottom, Secondary, width: 1);
    }

    private static IEnumerable<XElement> DateAxis(SpcFrame frame)
    {
        var size = frame.Layout.FontSize;
        foreach (var tick in ChartAxis.DateTicks(frame.First, frame.Last, frame.X, size, 0, frame.Layout.Width))
        {
            yield return Line(tick.X, frame.Bottom, tick.X, frame.Bottom + 5, Secondary, width: 1);
            yield return Classed(Text(tick.LabelX, frame.Bottom + 8 + size, tick.Label, tick.Anchor, Secondary, size), "gt-spc__date");
        }
    }

    private static XElement Annotation(PlacedAnnotation placed, SpcFrame frame)
    {
        var top = frame.LabelTop(placed.Row);
        var left = Math.Clamp(placed.X - placed.LabelWidth / 2, 0, frame.Layout.Width - placed.LabelWidth);
        var number = placed.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new XElement(Ns + "g", new XAttribute("class", "gt-spc__annotation"), new XAttribute("data-number", number),
            new XElement(Ns + "title", $"{number}: {UkTime.Day(placed.Annotation.Date)}, {placed.Annotation.Text}"),
            Line(placed.X, top + SpcFrame.LabelHeight, placed.X, frame.Bottom, Secondary, width: 1, dash: AnnotationDash),
            new XElement(Ns + "rect", Coordinate("x", left), Coordinate("y", top), Coordinate("width", placed.LabelWidth),
                Coordinate("height", SpcFrame.LabelHeight), new XAttribute("rx", 3), new XAttribute("fill", "#ffffff"),
                new XAttribute("stroke", Secondary), new XAttribute("stroke-width", 1)),
            Text(left + placed.LabelWidth / 2, top + SpcFrame.LabelHeight - 4, number, "middle", Ink, frame.Layout.FontSize - 1));
    }

    /// <summary>Each segment's mean and limits, from its first point to its last, so the lines break at each rebase.</summary>
    private static IEnumerable<XElement> Segments(SpcChart chart, SpcFrame frame)
    {
        foreach (var segment in chart.Segments)
        {
            var (from, to) = (frame.X(chart.Points[segment.Start].Date), frame.X(chart.Points[segment.Start + segment.Count - 1].Date));
            yield return Classed(Line(from, frame.Y(segment.LowerLimit), to, frame.Y(segment.LowerLimit), SpcPalette.Limits, 1.5, LimitDash), "gt-spc__limit");
            yield return Classed(Line(from, frame.Y(segment.UpperLimit), to, frame.Y(segment.UpperLimit), SpcPalette.Limits, 1.5, LimitDash), "gt-spc__limit");
            yield return Classed(Line(from, frame.Y(segment.Mean), to, frame.Y(segment.Mean), SpcPalette.Mean, 1.5), "gt-spc__mean");
        }
    }

    private static IEnumerable<XElement> TargetLine(SpcChart chart, SpcFrame frame)
    {
        if (chart.Target is { } target)
            yield return Classed(Line(frame.Left, frame.Y(target), frame.Right, frame.Y(target), SpcPalette.Target, 2, TargetDash), "gt-spc__target");
    }

    private static IEnumerable<XElement> Points(SpcChart chart, SpcFrame frame)
    {
        var scale = frame.MarkScale(chart.Points.Count);
        foreach (var point in chart.Points)
        {
            var mark = SpcMarks.Of(point.Type, frame.X(point.Date), frame.Y(point.Value), scale);
            mark.Add(new XElement(Ns + "title", $"{UkTime.Day(point.Date)}: {SpcDescription.Number(point.Value)}, {SpcReading.Variation(point.Type, chart.Direction)}"));
            yield return mark;
        }
    }

    private static XElement Classed(XElement element, string name)
    {
        element.Add(new XAttribute("class", name));
        return element;
    }
}

using System.Xml.Linq;
using GoldenThread.Measures;
using Microsoft.AspNetCore.Html;
using static GoldenThread.Web.Shell.SvgMarkup;

namespace GoldenThread.Web.Measures;

/// <summary>
/// How a point is marked, so its type reads from the shape even without colour: common cause a small grey dot,
/// improvement a large circle, concern a diamond, neutral a triangle pointing the way it moved. The legend says so in words.
/// </summary>
public static class SpcMarks
{
    private const string Outline = "#212b32";

    internal static XElement Of(PointType type, double x, double y, double scale)
    {
        var shape = type switch
        {
            PointType.SpecialCauseImprovement => Circle(x, y, 5.5 * scale, SpcPalette.Improvement),
            PointType.SpecialCauseConcern => Polygon([(x, y - 7 * scale), (x + 7 * scale, y), (x, y + 7 * scale), (x - 7 * scale, y)], SpcPalette.Concern),
            PointType.SpecialCauseNeutralHigh => Polygon([(x, y - 7 * scale), (x + 6.5 * scale, y + 5 * scale), (x - 6.5 * scale, y + 5 * scale)], SpcPalette.Neutral),
            PointType.SpecialCauseNeutralLow => Polygon([(x, y + 7 * scale), (x + 6.5 * scale, y - 5 * scale), (x - 6.5 * scale, y - 5 * scale)], SpcPalette.Neutral),
            _ => Circle(x, y, 2.75 * scale, SpcPalette.CommonCause),
        };
        if (type != PointType.CommonCause) shape.Add(new XAttribute("stroke", Outline), new XAttribute("stroke-width", 1));
        return new XElement(Ns + "g", new XAttribute("class", $"gt-spc__point gt-spc__point--{SpcWords.Of(type)}"), shape);
    }

    /// <summary>
    /// What the chart's marks and lines mean, as a list the page shows beside the chart: the point types the
    /// measure's direction can give, the mean and limits, and the target and annotations when the chart has them.
    /// </summary>
    public static IHtmlContent Legend(SpcChart chart, bool annotated)
    {
        var types = chart.Direction == ImprovementDirection.Neutral
            ? new[] { PointType.CommonCause, PointType.SpecialCauseNeutralHigh, PointType.SpecialCauseNeutralLow }
            : [PointType.CommonCause, PointType.SpecialCauseImprovement, PointType.SpecialCauseConcern];
        var items = types.Select(t => Item(Of(t, 14, 9, 1), PointName(t, chart.Direction)))
            .Append(Item(Line(2, 9, 26, 9, SpcPalette.Mean, 1.5), "Mean (solid line)"))
            .Append(Item(Line(2, 9, 26, 9, SpcPalette.Limits, 1.5, SpcChartSvg.LimitDash), "Process limits (dashed lines)"));
        if (chart.Target is not null)
            items = items.Append(Item(Line(2, 9, 26, 9, SpcPalette.Target, 2, SpcChartSvg.TargetDash), "Target (red dash-dot line)"));
        if (annotated)
            items = items.Append(Item(new XElement(Ns + "rect", new XAttribute("x", 7), new XAttribute("y", 1), new XAttribute("width", 14),
                new XAttribute("height", 16), new XAttribute("rx", 3), new XAttribute("fill", "#ffffff"), new XAttribute("stroke", "#4c6272")),
                "Annotation (numbered as in the list below the chart)"));
        var list = new XElement("ul", new XAttribute("class", "gt-spc-legend"), items);
        return new HtmlString(list.ToString(SaveOptions.DisableFormatting));
    }

    private static string PointName(PointType type, ImprovementDirection direction) => type switch
    {
        PointType.CommonCause => "Common cause variation (small grey dot)",
        PointType.SpecialCauseImprovement => "Special cause improvement (large blue circle)",
        PointType.SpecialCauseConcern => "Special cause concern (orange diamond)",
        _ => $"{SpcReading.Variation(type, direction)} (purple triangle pointing {(type == PointType.SpecialCauseNeutralHigh ? "up" : "down")})",
    };

    private static XElement Item(XElement swatch, string words) =>
        new("li", new XAttribute("class", "gt-spc-legend__item"),
            new XElement(Ns + "svg", new XAttribute("viewBox", "0 0 28 18"), new XAttribute("width", 28), new XAttribute("height", 18),
                new XAttribute("aria-hidden", "true"), new XAttribute("focusable", "false"), new XAttribute("class", "gt-spc-legend__swatch"), swatch),
            words);
}

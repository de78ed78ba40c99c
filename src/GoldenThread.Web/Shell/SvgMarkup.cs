using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace GoldenThread.Web.Shell;

/// <summary>
/// The pieces the server-drawn charts are built of. Colours and dashes are presentation attributes, never inline
/// style (the content security policy forbids it); coordinates are rounded to a tenth and must be finite.
/// </summary>
public static class SvgMarkup
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement Line(double x1, double y1, double x2, double y2, string colour, double width = 2, string? dash = null)
    {
        var line = new XElement(Ns + "line", Coordinate("x1", x1), Coordinate("y1", y1), Coordinate("x2", x2), Coordinate("y2", y2),
            new XAttribute("stroke", colour), new XAttribute("stroke-width", width));
        if (dash is not null) line.Add(new XAttribute("stroke-dasharray", dash));
        return line;
    }

    public static XElement Text(double x, double y, string text, string anchor, string fill, double size = 14) =>
        new(Ns + "text", Coordinate("x", x), Coordinate("y", y), new XAttribute("font-size", size),
            new XAttribute("text-anchor", anchor), new XAttribute("fill", fill), text);

    public static XElement Circle(double cx, double cy, double r, string fill) =>
        new(Ns + "circle", Coordinate("cx", cx), Coordinate("cy", cy), Coordinate("r", r), new XAttribute("fill", fill));

    public static XElement Polyline(IEnumerable<(double X, double Y)> points, string colour, double width = 2) =>
        new(Ns + "polyline", new XAttribute("fill", "none"), new XAttribute("stroke", colour), new XAttribute("stroke-width", width),
            new XAttribute("stroke-linejoin", "round"), new XAttribute("points", Points(points)));

    public static XElement Polygon(IEnumerable<(double X, double Y)> points, string fill) =>
        new(Ns + "polygon", new XAttribute("points", Points(points)), new XAttribute("fill", fill));

    /// <summary>An attribute holding a coordinate, to a tenth; a coordinate that is not a number is a defect in the caller.</summary>
    public static XAttribute Coordinate(string name, double value) => new(name, Round(value));

    public static string Points(IEnumerable<(double X, double Y)> points) =>
        string.Join(" ", points.Select(p => $"{Round(p.X).ToString(CultureInfo.InvariantCulture)},{Round(p.Y).ToString(CultureInfo.InvariantCulture)}"));

    public static IHtmlContent Html(XElement element) => new HtmlString(element.ToString(SaveOptions.DisableFormatting));

    private static double Round(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "a coordinate must be a finite number");
        var rounded = Math.Round(value, 1);
        return rounded == 0 ? 0 : rounded;
    }
}

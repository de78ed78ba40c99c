using System.Globalization;
using System.Text;
using System.Xml.Linq;
using GoldenThread.Network;
using Microsoft.AspNetCore.Html;

namespace GoldenThread.Web.Network;

/// <summary>
/// Draws a <see cref="StructureDiagram"/> as inline SVG that needs no script and no inline style (the content
/// security policy allows neither): colours are presentation attributes, sizes come from site.css.
/// </summary>
public static class StructureDiagramSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string Ink = "#212b32", Secondary = "#4c6272", Border = "#d8dde0", Shade = "#f0f4f5";
    private const int CornerRadius = 6, NameSize = 13, NameLineHeight = 16, NameLines = 3, BadgeHeight = 18;

    /// <summary>Drawings wider than these get at least that width, then scroll sideways, so their text stays readable.</summary>
    private static readonly int[] MinimumWidths = [1280, 1600, 2080, 2720, 3520];

    /// <summary>Whether the drawing is kept wider than a page (960px) can show, so it scrolls.</summary>
    public static bool ScrollsSideways(StructureDiagram diagram) => diagram.Width >= MinimumWidths[0];

    public static IHtmlContent Render(StructureDiagram diagram, string title, string description)
    {
        var minimum = MinimumWidths.LastOrDefault(w => w <= diagram.Width);
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {diagram.Width} {diagram.Height}"),
            new XAttribute("width", diagram.Width), new XAttribute("height", diagram.Height),
            new XAttribute("class", "gt-structure__svg" + (minimum > 0 ? $" gt-structure__svg--min-{minimum}" : "")),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", "structure-title structure-description"),
            new XAttribute("focusable", "false"),
            new XElement(Svg + "title", new XAttribute("id", "structure-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", "structure-description"), description),
            new XElement(Svg + "defs", Arrowhead()),
            diagram.Bands.Select(b => Band(b, diagram.Width)),
            diagram.PlaceFrames.Select(Frame),
            diagram.Edges.Select(Arrow),
            diagram.Boxes.Select(Box));
        return new HtmlString(svg.ToString(SaveOptions.DisableFormatting));
    }

    public static string LevelName(string level) =>
        level.Length == 0 ? level : char.ToUpperInvariant(level[0]) + level[1..];

    private static XElement Arrowhead() =>
        new(Svg + "marker", new XAttribute("id", "structure-arrow"), new XAttribute("viewBox", "0 0 10 10"),
            new XAttribute("refX", 9), new XAttribute("refY", 5), new XAttribute("markerWidth", 7), new XAttribute("markerHeight", 7),
            new XAttribute("markerUnits", "strokeWidth"), new XAttribute("orient", "auto"),
            new XElement(Svg + "path", new XAttribute("d", "M0 0L10 5L0 10z"), new XAttribute("fill", Secondary)));

    private static IEnumerable<XElement> Band(StructureBand band, int width)
    {
        yield return Rect(0, band.Top, width, band.Height, band.Index % 2 == 0 ? Shade : "#ffffff");
        yield return new XElement(Svg + "line", new XAttribute("x1", 0), new XAttribute("x2", width),
            new XAttribute("y1", band.Top + 0.5), new XAttribute("y2", band.Top + 0.5), new XAttribute("stroke", Border));
        yield return Text(12, band.Top + 22, LevelName(band.Level) + " level", 15, Ink, bold: true);
    }

    private static IEnumerable<XElement> Frame(StructurePlaceFrame frame)
    {
        var outline = Rect(frame.X, frame.Y, frame.Width, frame.Height, "none", rounded: 6);
        outline.Add(new XAttribute("stroke", "#768692"), new XAttribute("stroke-dasharray", "5 3"));
        yield return outline;
        yield return Text(frame.X + 8, frame.Y + 15, frame.PlaceName, 12, Secondary, bold: true);
    }

    /// <summary>Straight runs joined by small rounded corners, like the lines of an organisation chart.</summary>
    private static XElement Arrow(StructureEdge edge)
    {
        var p = edge.Points;
        var path = new StringBuilder(FormattableString.Invariant($"M{p[0].X} {p[0].Y}"));
        for (var i = 1; i + 1 < p.Count; i++)
        {
            var radius = Math.Min(CornerRadius, Math.Min(Length(p[i - 1], p[i]), Length(p[i], p[i + 1])) / 2);
            var (inX, inY) = Towards(p[i], p[i - 1], radius);
            var (outX, outY) = Towards(p[i], p[i + 1], radius);
            path.Append(FormattableString.Invariant($"L{inX} {inY}Q{p[i].X} {p[i].Y} {outX} {outY}"));
        }
        path.Append(FormattableString.Invariant($"L{p[^1].X} {p[^1].Y}"));
        return new XElement(Svg + "path", new XAttribute("d", path.ToString()), new XAttribute("fill", "none"),
            new XAttribute("stroke", Secondary), new XAttribute("stroke-width", 1.5), new XAttribute("marker-end", "url(#structure-arrow)"));
    }

    private static double Length(StructurePoint a, StructurePoint b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);

    private static (double X, double Y) Towards(StructurePoint from, StructurePoint to, double distance) =>
        (from.X + Math.Sign(to.X - from.X) * distance, from.Y + Math.Sign(to.Y - from.Y) * distance);

    private static XElement Box(StructureBox box)
    {
        var body = box.Body;
        var badge = DecisionRightsBadge.For(body.DecisionRights);
        var name = XmlSafe(body.Name);
        var about = $"{name}: {LevelName(body.Level).ToLowerInvariant()} level{(body.PlaceName is null ? "" : ", " + XmlSafe(body.PlaceName))}, {badge.Label.ToLowerInvariant()}";
        var outline = Rect(box.X, box.Y, box.Width, box.Height, "#ffffff", rounded: 4);
        outline.Add(new XAttribute("stroke", Secondary));
        var lines = Wrap(name, (box.Width - 16) * 100 / (NameSize * 54));
        return new XElement(Svg + "g", new XElement(Svg + "title", about), outline,
            lines.Select((line, i) => Text(box.X + 8, box.Y + 19 + i * NameLineHeight, line, NameSize, Ink, bold: true)),
            Badge(badge, box.X + 8, box.Y + box.Height - BadgeHeight - 7));
    }

    /// <summary>A decision-rights badge: a pill with a shape and a word; also drawn, on its own, in the page's key.</summary>
    public static XElement Badge(DecisionRightsBadge badge, int x, int y)
    {
        var width = BadgeWidth(badge);
        var pill = Rect(x, y, width, BadgeHeight, badge.Fill, rounded: BadgeHeight / 2);
        if (badge.Fill is "#ffeb3b" or "#ffffff") pill.Add(new XAttribute("stroke", Ink)); // yellow and white need an edge to stand out from white
        return new XElement(Svg + "g", pill, Shape(badge, x + 11, y + BadgeHeight / 2), Text(x + 20, y + 13, badge.Label, 11, badge.Ink, bold: true));
    }

    // Bold 11px text runs about 7.4px a letter in Frutiger and Arial; the shape takes the first 20px.
    private static int BadgeWidth(DecisionRightsBadge badge) => 28 + (int)Math.Ceiling(badge.Label.Length * 7.4);

    public static IHtmlContent KeyBadge(DecisionRightsBadge badge)
    {
        var width = BadgeWidth(badge) + 2;
        var svg = new XElement(Svg + "svg", new XAttribute("viewBox", $"0 0 {width} 20"), new XAttribute("width", width),
            new XAttribute("height", 20), new XAttribute("class", "gt-structure__key-badge"), new XAttribute("aria-hidden", "true"),
            new XAttribute("focusable", "false"), Badge(badge, 1, 1));
        return new HtmlString(svg.ToString(SaveOptions.DisableFormatting));
    }

    private static XElement Shape(DecisionRightsBadge badge, int cx, int cy) => badge.Shape switch
    {
        "square" => Rect(cx - 4, cy - 4, 8, 8, badge.Ink),
        "triangle" => Polygon(badge.Ink, (cx, cy - 5), (cx + 5, cy + 4), (cx - 5, cy + 4)),
        "diamond" => Polygon(badge.Ink, (cx, cy - 5), (cx + 5, cy), (cx, cy + 5), (cx - 5, cy)),
        "ring" => new XElement(Svg + "circle", new XAttribute("cx", cx), new XAttribute("cy", cy), new XAttribute("r", 3.5),
            new XAttribute("fill", "none"), new XAttribute("stroke", badge.Ink), new XAttribute("stroke-width", 2)),
        _ => new XElement(Svg + "circle", new XAttribute("cx", cx), new XAttribute("cy", cy), new XAttribute("r", 4.5), new XAttribute("fill", badge.Ink)),
    };

    /// <summary>
    /// Greedy word wrap to lines of about <paramref name="characters"/>; a name too long for the box ends in an
    /// ellipsis (the box's title has it in full).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int characters)
    {
        // Counted and cut in whole characters (text elements), so an emoji or accented letter is never split in two.
        static string[] Characters(string word) => [.. EnumerateTextElements(word)];
        var lines = new List<string[]>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(word => Characters(word).Chunk(characters));
        foreach (var word in words)
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= characters) lines[^1] = [.. lines[^1], " ", .. word];
            else lines.Add(word);
        }
        if (lines.Count <= NameLines) return [.. lines.Select(line => string.Concat(line))];
        var last = lines.Skip(NameLines - 1).SelectMany((line, i) => i == 0 ? line : [" ", .. line]).Take(characters - 1);
        return [.. lines.Take(NameLines - 1).Select(line => string.Concat(line)), string.Concat(last).TrimEnd() + "…"];
    }

    /// <summary>A name stored before the register refused control characters still draws: XML cannot carry them.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) safe.Append(text, i++, 2);
            else if (System.Xml.XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
        }
        return safe.ToString();
    }

    private static IEnumerable<string> EnumerateTextElements(string text)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext()) yield return elements.GetTextElement();
    }

    private static XElement Rect(double x, double y, double width, double height, string fill, double rounded = 0)
    {
        var rect = new XElement(Svg + "rect", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("width", width),
            new XAttribute("height", height), new XAttribute("fill", fill));
        if (rounded > 0) rect.Add(new XAttribute("rx", rounded));
        return rect;
    }

    private static XElement Polygon(string fill, params (int X, int Y)[] points) =>
        new(Svg + "polygon", new XAttribute("points", string.Join(" ", points.Select(p => $"{p.X},{p.Y}"))), new XAttribute("fill", fill));

    private static XElement Text(double x, double y, string text, int size, string fill, bool bold = false)
    {
        var element = new XElement(Svg + "text", new XAttribute("x", x), new XAttribute("y", y),
            new XAttribute("font-size", size), new XAttribute("fill", fill), text);
        if (bold) element.Add(new XAttribute("font-weight", 600));
        return element;
    }
}

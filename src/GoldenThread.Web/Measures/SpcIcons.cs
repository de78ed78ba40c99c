using System.Xml.Linq;
using GoldenThread.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Html;
using static GoldenThread.Web.Shell.SvgMarkup;

namespace GoldenThread.Web.Measures;

/// <summary>An icon and the words it stands for, so a page never lets the icon carry the meaning alone.</summary>
public sealed record SpcIcon(string Name, XElement Drawing)
{
    /// <summary>The icon on its own, named for assistive technology by <see cref="Name"/>.</summary>
    public IHtmlContent Image()
    {
        var svg = new XElement(Drawing);
        svg.Add(new XAttribute("role", "img"), new XAttribute("aria-label", Name));
        svg.AddFirst(new XElement(Ns + "title", Name));
        return Html(svg);
    }

    /// <summary>The icon beside its name in visible words; the icon itself is then hidden from assistive technology.</summary>
    public IHtmlContent WithName()
    {
        var svg = new XElement(Drawing);
        svg.Add(new XAttribute("aria-hidden", "true"));
        var span = new XElement("span", new XAttribute("class", "gt-spc-icon"), svg,
            new XElement("span", new XAttribute("class", "gt-spc-icon__name"), Name));
        return new HtmlString(span.ToString(SaveOptions.DisableFormatting));
    }
}

/// <summary>
/// Our own drawings of the Making Data Count variation and assurance icons, in the spirit of the NHS convention: a
/// circle with a coloured ring, holding H or L for a special cause high or low, or P, F or ? for assurance.
/// </summary>
public static class SpcIcons
{
    private const int Size = 40;
    private const string Ink = "#212b32";

    /// <summary>What the latest point says, e.g. "Special cause improvement (high)".</summary>
    public static SpcIcon Variation(PointType variation, ImprovementDirection direction)
    {
        var name = SpcReading.Variation(variation, direction);
        var ring = SpcPalette.Of(variation);
        return variation == PointType.CommonCause
            ? new SpcIcon(name, Circle(ring, CommonCauseLine()))
            : new SpcIcon(name, Circle(ring, Letter(SpcReading.IsHigh(variation, direction) ? "H" : "L")));
    }

    /// <summary>Whether the process will meet its target; null when there is no assurance (no target, or no direction).</summary>
    public static SpcIcon? Assurance(Assurance? assurance) => assurance switch
    {
        GoldenThread.Measures.Assurance.ConsistentPass => new SpcIcon(SpcReading.Assurance(assurance, null), Circle(SpcPalette.Improvement, Letter("P"))),
        GoldenThread.Measures.Assurance.ConsistentFail => new SpcIcon(SpcReading.Assurance(assurance, null), Circle(SpcPalette.Concern, Letter("F"))),
        GoldenThread.Measures.Assurance.Inconsistent => new SpcIcon(SpcReading.Assurance(assurance, null), Circle(SpcPalette.CommonCause, Letter("?"))),
        _ => null,
    };

    /// <summary>The assurance icon with its name, or without an icon the words saying why there is no assurance.</summary>
    public static IHtmlContent AssuranceWithName(Assurance? assurance, double? target) =>
        Assurance(assurance)?.WithName() ?? new HtmlContentBuilder().Append(SpcReading.Assurance(assurance, target));

    private static XElement Circle(string ring, XElement inside) =>
        new(Ns + "svg", new XAttribute("viewBox", $"0 0 {Size} {Size}"), new XAttribute("width", Size), new XAttribute("height", Size),
            new XAttribute("class", "gt-spc-icon__image"), new XAttribute("focusable", "false"),
            new XElement(Ns + "circle", new XAttribute("cx", 20), new XAttribute("cy", 20), new XAttribute("r", 17),
                new XAttribute("fill", "#ffffff"), new XAttribute("stroke", ring), new XAttribute("stroke-width", 5)),
            inside);

    private static XElement Letter(string letter) =>
        new(Ns + "text", new XAttribute("x", 20), new XAttribute("y", 27), new XAttribute("font-size", 20),
            new XAttribute("font-weight", "bold"), new XAttribute("text-anchor", "middle"), new XAttribute("fill", Ink), letter);

    /// <summary>A level line of small ups and downs: variation with no special cause.</summary>
    private static XElement CommonCauseLine() =>
        Polyline([(9, 21), (13, 17), (17, 23), (21, 18), (25, 22), (29, 17), (31, 20)], Ink, width: 2.5);
}

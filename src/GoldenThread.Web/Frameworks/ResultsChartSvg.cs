using System.Xml.Linq;
using GoldenThread.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Html;
using static GoldenThread.Web.Shell.SvgMarkup;

namespace GoldenThread.Web.Frameworks;

/// <summary>
/// An assessment's results by principle as a horizontal bar chart: one bar per principle, as long as the mean moderated
/// level of its criteria on the framework's scale, labelled with the mean. No script and no inline style; the page's
/// table holds the same figures and the description says them in words.
/// </summary>
public static class ResultsChartSvg
{
    private const string Ink = "#212b32", Secondary = "#4c6272", Grid = "#d8dde0", Bar = "#005eb8";
    private const int Width = 640, Left = 56, Right = 40, Top = 16, Row = 40, Bottom = 40;

    public static IHtmlContent Render(FrameworkDefinition definition, IReadOnlyList<PrincipleResult> results, string title)
    {
        var levels = Math.Max(1, definition.Levels.Count);
        var height = Top + results.Count * Row + Bottom;
        double X(double level) => Left + level / levels * (Width - Left - Right);
        var axis = height - Bottom;

        var svg = new XElement(Ns + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {height}"), new XAttribute("class", "gt-trend"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", "results-title results-description"), new XAttribute("focusable", "false"),
            new XElement(Ns + "title", new XAttribute("id", "results-title"), title),
            new XElement(Ns + "desc", new XAttribute("id", "results-description"), Describe(definition, results)),
            definition.Levels.Select(level => new XElement[]
            {
                Line(X(level.Value), Top, X(level.Value), axis, Grid, width: 1),
                Text(X(level.Value), axis + 18, level.Name, level.Value == levels ? "end" : "middle", Secondary, size: 12),
            }),
            Line(Left, axis, Width - Right, axis, Secondary),
            Line(Left, Top, Left, axis, Secondary),
            results.Select((result, i) => RowOf(result, Top + i * Row, X)));
        return Html(svg);
    }

    private static IEnumerable<XElement> RowOf(PrincipleResult result, double top, Func<double, double> x)
    {
        var middle = top + Row / 2.0;
        yield return Text(Left - 8, middle + 5, result.PrincipleId, "end", Ink);
        if (result.Mean is not { } mean)
        {
            yield return Text(Left + 8, middle + 5, "No levels", "start", Secondary, size: 12);
            yield break;
        }
        yield return new XElement(Ns + "rect", Coordinate("x", Left), Coordinate("y", top + 8),
            Coordinate("width", x(mean) - Left), Coordinate("height", Row - 16), new XAttribute("fill", Bar));
        yield return Text(x(mean) + 6, middle + 5, ModerationWords.Mean(mean), "start", Ink, size: 13);
    }

    /// <summary>The chart in words: each principle's mean on the scale and what it is drawn from.</summary>
    public static string Describe(FrameworkDefinition definition, IReadOnlyList<PrincipleResult> results) =>
        $"Mean moderated level of each principle's criteria on a scale of 1 ({definition.Level(1)?.Name}) to {definition.Levels.Count} "
        + $"({definition.Level(definition.Levels.Count)?.Name}). "
        + string.Join(" ", results.Select(r => r.Mean is { } mean
            ? $"{r.PrincipleId}: {ModerationWords.Mean(mean)} from {Criteria(r.Counts.Sum())}."
            : $"{r.PrincipleId}: no criterion moderated to a level."));

    private static string Criteria(int count) => count == 1 ? "1 criterion" : $"{count} criteria";
}

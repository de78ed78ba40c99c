using System.Xml.Linq;
using GoldenThread.Measures;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Measures;

/// <summary>Series and readers shared by the chart's tests.</summary>
internal static class SpcCharts
{
    public static readonly XNamespace Svg = SvgMarkup.Ns;

    public static DateOnly Month(int i) => new DateOnly(2020, 1, 1).AddMonths(i);

    public static SpcChart Monthly(IReadOnlyList<double> values, ImprovementDirection direction = ImprovementDirection.Increase,
        double? target = null, IReadOnlyList<DateOnly>? rebase = null) =>
        Spc.Calculate(new SpcSeries
        {
            Dates = values.Select((_, i) => Month(i)).ToList(), Values = values, Direction = direction, Target = target, Rebase = rebase ?? [],
        });

    /// <summary>Level for 15 months, then one high outlier, two ordinary months and one low outlier.</summary>
    public static readonly double[] WithOutliers = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 30, 10, 11, -10];

    /// <summary>The page's markup, both drawings, parsed as XML.</summary>
    public static XElement Render(SpcChart chart, IReadOnlyList<SpcAnnotation>? annotations = null, string title = "Admissions") =>
        XElement.Parse(SpcChartSvg.Render(chart, annotations ?? [], title).ToString()!);

    public static XElement Drawing(SpcChart chart, IReadOnlyList<SpcAnnotation>? annotations = null, string layout = "wide") =>
        Render(chart, annotations).Elements(Svg + "svg").Single(s => Classes(s).Contains($"gt-spc__svg--{layout}"));

    public static string[] Classes(XElement element) => ((string?)element.Attribute("class") ?? "").Split(' ');

    public static IEnumerable<XElement> WithClass(XElement root, string name) => root.Descendants().Where(e => Classes(e).Contains(name));

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);
}

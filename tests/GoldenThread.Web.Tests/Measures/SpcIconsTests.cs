using System.Xml.Linq;
using GoldenThread.Measures;
using static GoldenThread.Web.Measures.SpcCharts;

namespace GoldenThread.Web.Measures;

public class SpcIconsTests
{
    [Theory]
    [InlineData(PointType.CommonCause, ImprovementDirection.Increase, "Common cause variation", null)]
    [InlineData(PointType.SpecialCauseImprovement, ImprovementDirection.Increase, "Special cause improvement (high)", "H")]
    [InlineData(PointType.SpecialCauseImprovement, ImprovementDirection.Decrease, "Special cause improvement (low)", "L")]
    [InlineData(PointType.SpecialCauseConcern, ImprovementDirection.Increase, "Special cause concern (low)", "L")]
    [InlineData(PointType.SpecialCauseConcern, ImprovementDirection.Decrease, "Special cause concern (high)", "H")]
    [InlineData(PointType.SpecialCauseNeutralHigh, ImprovementDirection.Neutral, "Special cause variation (high)", "H")]
    [InlineData(PointType.SpecialCauseNeutralLow, ImprovementDirection.Neutral, "Special cause variation (low)", "L")]
    public void Variation_EachType_IsNamedInWordsWithItsLetterAndColour(PointType type, ImprovementDirection direction, string name, string? letter)
    {
        var icon = SpcIcons.Variation(type, direction);

        var svg = XElement.Parse(icon.Image().ToString()!);
        Assert.Equal(name, icon.Name);
        Assert.Equal(name, (string?)svg.Attribute("aria-label"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal(name, svg.Element(Svg + "title")!.Value);
        Assert.Equal(letter, svg.Element(Svg + "text")?.Value);
        Assert.Equal(SpcPalette.Of(type), (string?)svg.Element(Svg + "circle")!.Attribute("stroke"));
    }

    [Theory]
    [InlineData(Assurance.ConsistentPass, "Target consistently met", "P", SpcPalette.Improvement)]
    [InlineData(Assurance.ConsistentFail, "Target consistently not met", "F", SpcPalette.Concern)]
    [InlineData(Assurance.Inconsistent, "Target may or may not be met", "?", SpcPalette.CommonCause)]
    public void Assurance_EachOutcome_IsNamedInWordsWithItsLetter(Assurance assurance, string name, string letter, string ring)
    {
        var icon = SpcIcons.Assurance(assurance)!;

        var svg = XElement.Parse(icon.Image().ToString()!);
        Assert.Equal(name, (string?)svg.Attribute("aria-label"));
        Assert.Equal(letter, svg.Element(Svg + "text")!.Value);
        Assert.Equal(ring, (string?)svg.Element(Svg + "circle")!.Attribute("stroke"));
    }

    [Fact]
    public void Assurance_None_HasNoIcon() => Assert.Null(SpcIcons.Assurance(null));

    [Fact]
    public void WithName_ShowsTheWordsAndHidesTheDrawingFromAssistiveTechnology()
    {
        var span = XElement.Parse(SpcIcons.Variation(PointType.SpecialCauseImprovement, ImprovementDirection.Increase).WithName().ToString()!);

        Assert.Equal("true", (string?)span.Element(Svg + "svg")!.Attribute("aria-hidden"));
        Assert.Null(span.Element(Svg + "svg")!.Attribute("role"));
        Assert.Equal("Special cause improvement (high)", span.Elements("span").Single().Value);
    }

    [Fact]
    public void Legend_NeutralMeasure_ExplainsTrianglesNotImprovement()
    {
        var legend = XElement.Parse(SpcMarks.Legend(Monthly([1, 2, 3], ImprovementDirection.Neutral), annotated: false).ToString()!);

        var items = legend.Elements("li").Select(li => li.Value).ToList();
        Assert.Contains("Special cause variation (high) (purple triangle pointing up)", items);
        Assert.DoesNotContain(items, i => i.Contains("improvement", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.StartsWith("Target", StringComparison.Ordinal));
    }

    [Fact]
    public void Legend_TargetAndAnnotations_AreExplainedWhenTheChartHasThem()
    {
        var legend = XElement.Parse(SpcMarks.Legend(Monthly([1, 2, 3], target: 2), annotated: true).ToString()!);

        var items = legend.Elements("li").Select(li => li.Value).ToList();
        Assert.Contains("Special cause concern (orange diamond)", items);
        Assert.Contains("Target (red dash-dot line)", items);
        Assert.Contains(items, i => i.StartsWith("Annotation", StringComparison.Ordinal));
        Assert.All(legend.Elements("li"), li => Assert.Equal("true", (string?)li.Element(Svg + "svg")!.Attribute("aria-hidden")));
    }
}

using System.Globalization;
using System.Xml.Linq;
using GoldenThread.Measures;
using GoldenThread.Web.Shell;
using static GoldenThread.Web.Measures.SpcCharts;

namespace GoldenThread.Web.Measures;

public class SpcChartSvgTests
{
    /// <summary>
    /// Four points on the first of Jan, Feb, Mar and Apr 2024 (days 0, 31, 60, 91), values 10, 12, 11, 13.
    /// Mean 11.5; moving ranges 2, 1, 2, mean 5/3; limits 11.5 ± 2.66 × 5/3 = 7.0667 and 15.9333.
    /// Value axis: 7.07 to 15.93 in at most 6 steps: step 1 needs 9, step 2 gives 6 to 16 in 5.
    /// Wide layout (720 × 360): tick labels "16" are 2 × 14 × 0.6 = 16.8 wide, so the plot starts at max(24, 28.8) = 28.8
    /// and ends at 720 − 12 = 708; the axis is at 360 − 36 = 324; with no annotations the top is 8 + 4 = 12.
    /// x = 28.8 + day / 91 × 679.2: 28.8, 260.2, 476.6, 708.  y = 324 − (v − 6) / 10 × 312: 10 → 199.2, 12 → 136.8,
    /// 11 → 168, 13 → 105.6; the mean 11.5 → 152.4; the limits 15.9333 → 14.1 and 7.0667 → 290.7.
    /// </summary>
    [Fact]
    public void Drawing_FourPoints_PlacesThemAsWorkedByHand()
    {
        var chart = Spc.Calculate(new SpcSeries { Dates = [new(2024, 1, 1), new(2024, 2, 1), new(2024, 3, 1), new(2024, 4, 1)], Values = [10, 12, 11, 13] });

        var svg = Drawing(chart);

        Assert.Equal("28.8,199.2 260.2,136.8 476.6,168 708,105.6", (string)svg.Descendants(Svg + "polyline").Single().Attribute("points")!);
        Assert.Equal([(28.8, 199.2), (260.2, 136.8), (476.6, 168), (708, 105.6)],
            WithClass(svg, "gt-spc__point").Select(p => p.Element(Svg + "circle")!).Select(c => (Number(c, "cx"), Number(c, "cy"))));
        var mean = WithClass(svg, "gt-spc__mean").Single();
        Assert.Equal((28.8, 152.4, 708, 152.4), (Number(mean, "x1"), Number(mean, "y1"), Number(mean, "x2"), Number(mean, "y2")));
        Assert.Equal([14.1, 290.7], WithClass(svg, "gt-spc__limit").Select(l => Number(l, "y1")).Order());
        Assert.Equal(["6", "8", "10", "12", "14", "16"], WithClass(svg, "gt-spc__value-tick").Select(t => t.Value));
        Assert.Equal(["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"], WithClass(svg, "gt-spc__date").Select(t => t.Value));
    }

    [Fact]
    public void Render_TitleNamesTheDrawingAndDescriptionDescribesIt()
    {
        var chart = Spc.Calculate(new SpcSeries { Dates = [new(2024, 1, 1), new(2024, 2, 1), new(2024, 3, 1), new(2024, 4, 1)], Values = [10, 12, 11, 13] });

        foreach (var svg in Render(chart).Elements(Svg + "svg"))
        {
            Assert.Equal("img", (string?)svg.Attribute("role"));
            var name = (string)svg.Attribute("aria-labelledby")!;
            Assert.Equal("Admissions", svg.Descendants().Single(e => (string?)e.Attribute("id") == name && e.Name == Svg + "title").Value);
            var describedBy = (string)svg.Attribute("aria-describedby")!;
            var description = svg.Descendants().Single(e => (string?)e.Attribute("id") == describedBy && e.Name == Svg + "desc").Value;
            Assert.Equal("4 points from 1 Jan 2024 to 1 Apr 2024. All points: mean 11.5, process limits 7.07 to 15.93; these are trial limits, " +
                "as there are fewer than 13 points. No special causes. Variation: Common cause variation. " +
                "Assurance: No target.", description);
        }
    }

    [Fact]
    public void Render_TwoLayouts_HaveIdsOfTheirOwn()
    {
        var ids = Render(Monthly([1, 2, 3])).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();

        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Render_TitleWithMarkup_IsEncoded()
    {
        var html = SpcChartSvg.Render(Monthly([1, 2, 3]), [new(Month(1), "<b>launch</b> & review")], "<script>alert(1)</script> & more").ToString()!;

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html);
        Assert.Contains("&lt;b&gt;launch&lt;/b&gt; &amp; review", html);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(24)]
    [InlineData(200)]
    public void Render_AnyLength_MarksEveryPointInEachLayout(int count)
    {
        var chart = Monthly(Enumerable.Range(0, count).Select(i => 50 + (i * 37 % 11) - 5.0).ToList());

        foreach (var svg in Render(chart).Elements(Svg + "svg"))
            Assert.Equal(count, WithClass(svg, "gt-spc__point").Count());
    }

    [Fact]
    public void Render_SpecialCauses_AreMarkedByShape()
    {
        var increase = Drawing(Monthly(WithOutliers, ImprovementDirection.Increase));
        var neutral = Drawing(Monthly(WithOutliers, ImprovementDirection.Neutral));

        Assert.Equal(5.5, Number(Mark(increase, "special_cause_improvement").Single().Element(Svg + "circle")!, "r"));
        Assert.Equal(4, Corners(Mark(increase, "special_cause_concern").Single()));
        Assert.True(Number(Mark(increase, "common_cause").First().Element(Svg + "circle")!, "r") < 3);
        Assert.Equal(3, Corners(Mark(neutral, "special_cause_neutral_high").Single()));
        Assert.Equal(3, Corners(Mark(neutral, "special_cause_neutral_low").Single()));
        var high = Mark(neutral, "special_cause_neutral_high").Single().Element(Svg + "polygon")!;
        Assert.True(Apex(high) < Base(high), "a high point's triangle points up");
    }

    [Fact]
    public void Render_PointTypes_MatchTheEngine()
    {
        var chart = Monthly(WithOutliers, ImprovementDirection.Decrease);

        var marks = WithClass(Drawing(chart), "gt-spc__point").Select(m => Classes(m)[1]).ToList();

        Assert.Equal(chart.Points.Select(p => $"gt-spc__point--{SpcWords.Of(p.Type)}"), marks);
    }

    [Fact]
    public void Render_Rebase_DrawsMeanAndLimitsPerSegmentWithABreak()
    {
        var values = Enumerable.Range(0, 24).Select(i => (i < 12 ? 20.0 : 10.0) + i % 3).ToList();
        var svg = Drawing(Monthly(values, rebase: [Month(12)]));

        var means = WithClass(svg, "gt-spc__mean").ToList();
        Assert.Equal(2, means.Count);
        Assert.Equal(4, WithClass(svg, "gt-spc__limit").Count());
        Assert.True(Number(means[0], "x2") < Number(means[1], "x1"), "the lines break at the rebase");
        Assert.NotEqual(Number(means[0], "y1"), Number(means[1], "y1"));
    }

    [Fact]
    public void Render_Target_IsDrawnOnlyWhenThereIsOne()
    {
        Assert.Empty(WithClass(Drawing(Monthly([5, 6, 5, 7])), "gt-spc__target"));
        Assert.Single(WithClass(Drawing(Monthly([5, 6, 5, 7], target: 6)), "gt-spc__target"));
    }

    [Fact]
    public void Render_TargetFarAboveTheData_WidensTheValueAxisToIt()
    {
        foreach (var layout in new[] { "wide", "narrow" })
        {
            var svg = Drawing(Monthly([5, 6, 5, 7], target: 95), layout: layout);

            var ticks = WithClass(svg, "gt-spc__value-tick").Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
            Assert.True(ticks.Max() >= 95);
            var target = WithClass(svg, "gt-spc__target").Single();
            var topTick = WithClass(svg, "gt-spc__value-tick").Last();
            Assert.True(Number(target, "y1") >= Number(topTick, "y") - 20, "the target lies within the plot");
        }
    }

    [Fact]
    public void Render_Annotations_AreNumberedAsListedAndThoseOutsideTheDatesLeftOut()
    {
        var chart = Monthly([5, 6, 5, 7, 6, 5]);
        SpcAnnotation[] notes = [new(Month(-3), "before"), new(Month(2), "pathway launched"), new(Month(2), "same day"), new(Month(9), "after")];

        var svg = Drawing(chart, notes);

        var drawn = WithClass(svg, "gt-spc__annotation").ToList();
        Assert.Equal(["2", "3"], drawn.Select(a => (string)a.Attribute("data-number")!));
        Assert.Equal(["2", "3"], drawn.Select(a => a.Element(Svg + "text")!.Value));
        Assert.Contains("pathway launched", drawn[0].Element(Svg + "title")!.Value);
        var labels = drawn.Select(a => a.Element(Svg + "rect")!).ToList();
        Assert.NotEqual(Number(labels[0], "y"), Number(labels[1], "y"));
        var description = svg.Element(Svg + "desc")!.Value;
        Assert.Contains("Numbered markers show 2 annotations", description);
        Assert.Contains("Annotation 1 (1 Oct 2019) falls outside the chart's dates and is not drawn.", description);
        Assert.Contains("Annotation 4 (1 Oct 2020) falls outside", description);
    }

    [Fact]
    public void Render_FiveYearsMonthlyAtTheNarrowLayout_DateLabelsNeitherOverlapNorSpill()
    {
        var svg = Drawing(Monthly(Enumerable.Range(0, 60).Select(i => 100.0 + i % 7).ToList()), layout: "narrow");

        var labels = WithClass(svg, "gt-spc__date").Select(t => (X: Number(t, "x"), Anchor: (string)t.Attribute("text-anchor")!, t.Value)).ToList();
        Assert.True(labels.Count >= 3);
        var extents = labels.Select(l => new ChartAxis.DateTick(default, l.X, l.Value, l.X, l.Anchor).Extent(SpcLayout.Narrow.FontSize)).ToList();
        Assert.All(extents, e => Assert.InRange(e.Left, 0, e.Right));
        Assert.All(extents, e => Assert.InRange(e.Right, e.Left, SpcLayout.Narrow.Width));
        Assert.All(extents.Zip(extents.Skip(1)), p => Assert.True(p.Second.Left - p.First.Right >= ChartAxis.LabelGap));
    }

    [Fact]
    public void Render_ConstantSeries_DrawsZeroWidthLimitsOnTheMean()
    {
        var svg = Drawing(Monthly(Enumerable.Repeat(4.0, 15).ToList()));

        var mean = Number(WithClass(svg, "gt-spc__mean").Single(), "y1");
        Assert.All(WithClass(svg, "gt-spc__limit"), l => Assert.Equal(mean, Number(l, "y1")));
        Assert.Equal(15, WithClass(svg, "gt-spc__point--common_cause").Count());
        AssertEveryNumberFinite(svg);
    }

    [Fact]
    public void Render_NegativeValues_StayInsideThePlot()
    {
        var svg = Drawing(Monthly([-12.5, -3, -8, -20, -1, -9.5]));

        var ticks = WithClass(svg, "gt-spc__value-tick").Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(ticks.Min() <= -20);
        var axis = svg.Elements(Svg + "line").Single(l => (string?)l.Attribute("class") is null && Number(l, "y1") == Number(l, "y2") && (string)l.Attribute("stroke")! == "#4c6272");
        Assert.All(WithClass(svg, "gt-spc__point"), p => Assert.True(Number(p.Element(Svg + "circle")!, "cy") <= Number(axis, "y1")));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(200)]
    public void Render_EveryNumericAttribute_IsFinite(int count)
    {
        var chart = Monthly(Enumerable.Range(0, count).Select(i => Math.Sin(i) * 1e6).ToList(), target: -3e6);

        foreach (var svg in Render(chart, [new(Month(1), "note")]).Elements(Svg + "svg"))
            AssertEveryNumberFinite(svg);
    }

    private static void AssertEveryNumberFinite(XElement svg)
    {
        var numbers = svg.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration)
            .Where(a => a.Name.LocalName is not ("class" or "role" or "aria-labelledby" or "aria-describedby" or "id" or "text-anchor" or "fill" or "stroke" or "focusable" or "font-weight" or "stroke-linejoin"))
            .SelectMany(a => a.Value.Split(' ', ','))
            .ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v), n));
    }

    private static IEnumerable<XElement> Mark(XElement svg, string type) => WithClass(svg, $"gt-spc__point--{type}");

    private static int Corners(XElement mark) => ((string)mark.Element(Svg + "polygon")!.Attribute("points")!).Split(' ').Length;

    private static double[] Ys(XElement polygon) =>
        ((string)polygon.Attribute("points")!).Split(' ').Select(p => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();

    private static double Apex(XElement polygon) => Ys(polygon)[0];

    private static double Base(XElement polygon) => Ys(polygon)[1];
}

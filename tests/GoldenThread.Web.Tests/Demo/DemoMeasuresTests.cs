using GoldenThread.Interchange;
using GoldenThread.Measures;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

public class DemoMeasuresTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static List<(Measure Measure, List<MeasurePoint> Points, SpcChart? Chart)> Charted()
    {
        var rows = DemoMeasures.For(NetworkEntities.From(DemoNetwork.Build()), Created).ToList();
        return [.. rows.OfType<Measure>().Select(m =>
        {
            var points = rows.OfType<MeasurePoint>().Where(p => p.MeasureId == m.Id).ToList();
            var series = m.Series(points);
            return (m, points, series.Problems().Count == 0 ? Spc.Calculate(series) : null);
        })];
    }

    private static (Measure Measure, List<MeasurePoint> Points, SpcChart? Chart) Named(string start) =>
        Charted().Single(c => c.Measure.Name.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void For_DemoNetwork_ShowsEveryPointTypeVariationAndAssurance()
    {
        var charts = Charted().Where(c => c.Chart is not null).Select(c => c.Chart!).ToList();

        Assert.Equal(Enum.GetValues<PointType>().Order(), charts.SelectMany(c => c.Points).Select(p => p.Type).Distinct().Order());
        Assert.Equal([PointType.CommonCause, PointType.SpecialCauseImprovement, PointType.SpecialCauseConcern, PointType.SpecialCauseNeutralHigh],
            charts.Select(c => c.Variation).Distinct().Order());
        Assert.Equal(new Assurance?[] { null, Assurance.ConsistentPass, Assurance.ConsistentFail, Assurance.Inconsistent },
            charts.Select(c => c.Assurance).Distinct().Order());
        Assert.Contains(charts, c => c.TrialLimits);
        Assert.Contains(Charted(), c => c.Chart is null && c.Points.Count == 1);
    }

    [Fact]
    public void For_CareHomeAdmissions_FallAbout28PercentAtThePathwayLaunchWhereTheChartRebases()
    {
        var (measure, points, chart) = Named("Admissions to hospital from care homes");

        var fall = 1 - chart!.Segments[1].Mean / chart.Segments[0].Mean;

        Assert.Equal([DemoMeasures.PathwayLaunch], measure.Rebase);
        Assert.InRange(fall, 0.25, 0.31);
        Assert.True(points.Count >= 36, "three years of months or more");
    }

    [Fact]
    public void For_Suicides_FallAbout10PercentAQuarterAndShowAsImprovement()
    {
        var (_, points, chart) = Named("Suicides");
        var early = points.Where(p => p.Date < new DateOnly(2023, 1, 1)).Average(p => p.Value);
        var late = points.Where(p => p.Date >= new DateOnly(2023, 1, 1)).Average(p => p.Value);

        Assert.InRange(1 - late / early, 0.07, 0.13);
        Assert.Equal(PointType.SpecialCauseImprovement, chart!.Variation);
        Assert.All(points, p => Assert.Contains(p.Date.Month, new[] { 1, 4, 7, 10 }));
    }

    [Fact]
    public void For_CommunityMentalHealthWaits_EndInASevenMonthRiseOfConcern()
    {
        var (_, _, chart) = Named("Median weeks waiting");

        Assert.All(chart!.Points.TakeLast(7), p => Assert.Equal(SpecialCause.IncreasingTrend, p.Cause));
        Assert.Equal(PointType.SpecialCauseConcern, chart.Variation);
    }

    [Fact]
    public void For_CalledTwice_GivesTheSameValuesAndOwners()
    {
        static IEnumerable<string> Shape()
        {
            var network = NetworkEntities.From(DemoNetwork.Build());
            var rows = DemoMeasures.For(network, Created).ToList();
            var owners = network.People.ToDictionary(p => p.Id, p => p.Name);
            return rows.OfType<Measure>().Select(m => $"{m.Name} {owners[m.OwnerPersonId!.Value]}")
                .Concat(rows.OfType<MeasurePoint>().Select(p => $"{p.Date} {p.Value}"));
        }

        Assert.Equal(Shape(), Shape());
    }
}

using GoldenThread.Data.Programmes;
using GoldenThread.Development;
using GoldenThread.Interchange;
using GoldenThread.Measures;
using GoldenThread.Network;
using GoldenThread.Programmes;

namespace GoldenThread.Web.Demo;

public class DemoSelectionTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static List<object> Rows()
    {
        var network = NetworkEntities.From(DemoNetwork.Build());
        return [.. DemoSelection.For(network.System, network.People, network.Organisations, Created)];
    }

    [Fact]
    public void For_DemoNetwork_DecidesAsItsEligibilityAllows()
    {
        var rows = Rows();
        var round = rows.OfType<ProgrammeRound>().Single();
        var applications = rows.OfType<TeamApplication>().ToList();

        var eligibility = RoundEligibility.Of(round, [.. applications.Select(a => new RoundEligibility.Entry(a, DemoNetwork.SystemCode))], Created);

        Assert.Equal([true, true, true, false, false], applications.Select(a => eligibility[a.Id]!.Eligible));
        Assert.Equal(CriterionStatus.Fail, eligibility[applications[3].Id]![Eligibility.PanSector].Status);
        Assert.Equal(CriterionStatus.Fail, eligibility[applications[4].Id]![Eligibility.TeamSize].Status);
        Assert.Equal(CriterionStatus.Fail, eligibility[applications[4].Id]![Eligibility.PriorityLink].Status);
        var candidates = applications.Select(a => new Selection.Candidate(a.Id, a.Content.TeamName, "QXV", "QXV", eligibility[a.Id]!.Eligible, a.Content.Members.Count)).ToList();
        var selected = applications.Where(a => a.Decision == ApplicationDecision.Selected).Select(a => a.Id).ToList();
        Assert.True(Selection.Check(candidates, selected, round.MaxTeamsPerSystem, round.PeoplePerSystem).Valid);
        Assert.All(applications, a => Assert.False(string.IsNullOrWhiteSpace(a.Feedback)));
        Assert.True(round.SummaryPublishedAt > round.OutcomesPublishedAt);
    }

    [Fact]
    public void For_DemoNetwork_SelectedTeamsAreSetsOfRegisterPeopleWithChartedMeasures()
    {
        var rows = Rows();
        var sets = rows.OfType<LearningSet>().ToList();

        Assert.Equal(["Severnmouth Falls Collaborative", "Hollowmere Young Minds"], sets.Select(s => s.Name));
        Assert.All(rows.OfType<LearningSetMember>(), m => Assert.NotNull(m.PersonId));
        Assert.Equal(13, rows.OfType<LearningSetMember>().Select(m => m.PersonId).Distinct().Count());
        foreach (var measure in rows.OfType<Measure>())
        {
            var points = rows.OfType<MeasurePoint>().Where(p => p.MeasureId == measure.Id).ToList();
            var chart = Spc.Calculate(measure.Series(points));
            Assert.Equal(DemoSelection.FirstMonth, points.Min(p => p.Date));
            Assert.Equal(DemoMeasures.LastMonth, points.Max(p => p.Date));
            Assert.Equal(PointType.SpecialCauseImprovement, chart.Variation);
        }
    }
}

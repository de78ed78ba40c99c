using GoldenThread.Frameworks;
using GoldenThread.Interchange;
using GoldenThread.Measures;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Demo;

public class DemoFrameworksTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static (NetworkEntities Network, List<object> Rows) Seeded()
    {
        var network = NetworkEntities.From(DemoNetwork.Build());
        var measures = DemoMeasures.For(network, Now).OfType<Measure>().ToList();
        return (network, DemoFrameworks.For(network, measures, Now).ToList());
    }

    [Fact]
    public void For_AdoptsTheFrameworkAYearAndAHalfAgoAndAdaptsItSixMonthsAgo()
    {
        var (_, rows) = Seeded();
        var framework = Assert.Single(rows.OfType<Framework>());
        var versions = rows.OfType<FrameworkVersion>().OrderBy(v => v.Number).ToList();

        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(Now.AddMonths(-18), versions[0].CreatedAt);
        Assert.Equal(Now.AddMonths(-6), versions[1].CreatedAt);
        Assert.Equal(versions[1].Id, framework.CurrentVersionId);
        Assert.NotNull(framework.PublishedAt);
        Assert.NotEqual(versions[0].Definition.Criterion(DemoFrameworks.Reworded)!.Text, versions[1].Definition.Criterion(DemoFrameworks.Reworded)!.Text);
        Assert.Null(versions[0].Definition.Criterion(DemoFrameworks.Added));
        Assert.Equal(versions[0].Definition.Criteria.Count() + 1, versions[1].Definition.Criteria.Count());
        Assert.Empty(FrameworkRules.Problems(versions[1].Definition));
    }

    [Fact]
    public void For_LastYear_IsCompletedWithEightRatersWhoEachRatedEveryCriterion()
    {
        var (network, rows) = Seeded();
        var completed = Assert.Single(rows.OfType<Assessment>(), a => a.State == AssessmentState.Completed);
        var version = rows.OfType<FrameworkVersion>().Single(v => v.Id == completed.FrameworkVersionId);
        var raters = rows.OfType<AssessmentRater>().Where(r => r.AssessmentId == completed.Id).ToList();
        var ratings = rows.OfType<CriterionRating>().Where(r => r.AssessmentId == completed.Id).ToList();
        var people = raters.Select(r => network.People.Single(p => p.Id == r.PersonId)).ToList();
        var criteria = version.Definition.Criteria.Select(c => c.Id).ToList();

        Assert.Equal(1, version.Number);
        Assert.True(completed.CompletedAt < Now.AddMonths(-6) && completed.ClosesOn.Year == Today.Year - 1);
        Assert.Equal(8, raters.Count);
        Assert.All(raters, r => Assert.Equal(criteria.Order(), ratings.Where(g => g.RaterId == r.Id).Select(g => g.CriterionId).Order()));
        Assert.Contains(people, p => p.Lay);
        Assert.True(people.Select(p => p.Profession).Distinct().Count() >= 6, "raters across professions");
        var sectors = people.Select(p => network.Organisations.SingleOrDefault(o => o.Id == p.OrganisationId)?.Sector).Distinct().Count();
        Assert.True(sectors >= 5, "raters across sectors");
        var notApplicable = Assert.Single(ratings, r => r.NotApplicable);
        Assert.False(string.IsNullOrWhiteSpace(notApplicable.Rationale));
        Assert.All(ratings, r => Assert.False(string.IsNullOrWhiteSpace(r.Rationale)));
        var moderated = rows.OfType<ModeratedRating>().Where(m => m.AssessmentId == completed.Id).ToList();
        Assert.Equal(criteria.Order(), moderated.Select(m => m.CriterionId).Order());
        Assert.All(moderated, m => Assert.False(string.IsNullOrWhiteSpace(m.Rationale)));
    }

    [Fact]
    public void For_LastYear_RatersSplitByTwoLevelsOnTheSplitCriteriaOnly()
    {
        var (_, rows) = Seeded();
        var completed = rows.OfType<Assessment>().Single(a => a.State == AssessmentState.Completed);
        var spread = rows.OfType<CriterionRating>().Where(r => r.AssessmentId == completed.Id && r.Level is not null)
            .GroupBy(r => r.CriterionId).ToDictionary(g => g.Key, g => g.Max(r => r.Level!.Value) - g.Min(r => r.Level!.Value));

        Assert.Equal(DemoFrameworks.Split.Order(), spread.Where(s => s.Value >= 2).Select(s => s.Key).Order());
        Assert.Contains(spread.Values, s => s == 1); // some ordinary disagreement too
    }

    [Fact]
    public void For_ThisYear_IsOpenForAFewWeeksWithTheProfessionalPartWayAndTheLeaderInvited()
    {
        var (network, rows) = Seeded();
        var open = Assert.Single(rows.OfType<Assessment>(), a => a.State == AssessmentState.Open);
        var version = rows.OfType<FrameworkVersion>().Single(v => v.Id == open.FrameworkVersionId);
        var raters = rows.OfType<AssessmentRater>().Where(r => r.AssessmentId == open.Id).ToList();
        int Rated(Guid personId) => rows.OfType<CriterionRating>().Count(r => r.RaterId == raters.Single(x => x.PersonId == personId).Id);

        Assert.Equal(2, version.Number);
        Assert.InRange(open.ClosesOn.DayNumber - Today.DayNumber, 7, 42);
        Assert.True(open.OpensOn <= Today);
        Assert.InRange(Rated(network.People[0].Id), 1, version.Definition.Criteria.Count() - 1);
        Assert.Equal(0, Rated(DemoFrameworks.LeaderPerson(network).Id));
        Assert.NotEqual(network.People[0].Id, DemoFrameworks.LeaderPerson(network).Id);
        Assert.Contains(raters, r => r.SubmittedAt is not null);
    }

    [Fact]
    public void For_Plan_HasActionsLinkedToCriteriaSomeDoneSomeOverdueAndOneNamingAMeasure()
    {
        var (_, rows) = Seeded();
        var actions = rows.OfType<PlanAction>().ToList();
        var criteria = rows.OfType<FrameworkVersion>().Single(v => v.Number == 2).Definition;

        Assert.InRange(actions.Count, 6, 10);
        Assert.All(actions, a => Assert.NotNull(criteria.Criterion(a.CriterionId)));
        Assert.Contains(actions, a => a.Status == ActionStatus.Done);
        Assert.Contains(actions, a => a.Status == ActionStatus.InProgress && !a.IsOverdue(Today));
        Assert.True(actions.Count(a => a.IsOverdue(Today)) >= 2, "at least two overdue actions");
        Assert.Single(actions, a => a.MeasureId is not null);
    }

    [Fact]
    public async Task SeedAsync_DemoSystem_HasOneCompletedAndOneOpenAssessmentOverdueActionsAndTheLeaderLinked()
    {
        var today = UkDate.Today(TimeProvider.System);
        var (states, overdue, measureNamed) = await app.Query(async db =>
        {
            var system = await db.Systems.SingleAsync(s => s.Code == DemoNetwork.SystemCode);
            var assessments = await db.Assessments.Where(a => a.SystemId == system.Id && a.Name.StartsWith("Self-assessment")).Select(a => a.State).ToListAsync();
            var actions = await db.PlanActions.Where(a => a.SystemId == system.Id).ToListAsync();
            var measure = await db.Measures.Where(m => actions.Select(a => a.MeasureId).Contains(m.Id)).Select(m => m.Name).SingleAsync();
            return (assessments, actions.Count(a => a.IsOverdue(today)), measure);
        });
        var leader = await app.PersonOfAsync(FrameworkRows.Leader);

        Assert.Equal([AssessmentState.Open, AssessmentState.Completed], states.Order());
        Assert.True(overdue >= 2);
        Assert.Equal(DemoFrameworks.LeadershipTimeMeasure, measureNamed);
        Assert.True(await app.Query(db => db.AssessmentRaters.AnyAsync(r => r.PersonId == leader
            && db.Assessments.Any(a => a.Id == r.AssessmentId && a.State == AssessmentState.Open))));
    }
}

using GoldenThread.Development;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

public class DemoLearningSetsTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static (NetworkEntities Network, List<LearningSet> Sets, List<LearningSetMember> Members, List<object> Rows) Seed()
    {
        var network = NetworkEntities.From(DemoNetwork.Build());
        var selection = DemoSelection.For(network.System, network.People, network.Organisations, Created).ToList();
        var sets = selection.OfType<LearningSet>().ToList();
        var members = selection.OfType<LearningSetMember>().ToList();
        return (network, sets, members, [.. DemoLearningSets.For(sets, members, network.People, DemoFrameworks.LeaderPerson(network), Today)]);
    }

    [Fact]
    public void For_EachSet_HasAFacilitatorOutsideItPastSessionsWithAttendanceAndOneToCome()
    {
        var (network, sets, members, rows) = Seed();
        var sessions = rows.OfType<LearningSetSession>().ToList();
        var attendance = rows.OfType<LearningSetAttendance>().ToList();

        Assert.Equal(2, sets.Count);
        Assert.All(sets, set =>
        {
            Assert.NotNull(set.FacilitatorPersonId);
            Assert.DoesNotContain(members, m => m.LearningSetId == set.Id && m.PersonId == set.FacilitatorPersonId);
            Assert.NotEqual(DemoFrameworks.LeaderPerson(network).Id, set.FacilitatorPersonId);
            var own = sessions.Where(s => s.LearningSetId == set.Id).ToList();
            Assert.Equal(4, own.Count(s => s.Date < Today && s.AttendanceRecordedAt is not null));
            Assert.Single(own, s => s.Date > Today && s.AttendanceRecordedAt is null);
            Assert.All(own, s => Assert.Empty(LearningSetRules.Session(new(s.Date, LearningSetRules.Word(s.HalfDay), GoldenThread.Web.Pages.Development.LearningSets.SessionTimes.Typed(s.StartsAt), s.Hours, s.Topic))));
        });
        var memberIds = members.ToDictionary(m => m.Id, m => m.LearningSetId);
        Assert.All(attendance, a => Assert.Equal(sessions.Single(s => s.Id == a.SessionId).LearningSetId, memberIds[a.MemberId]));
        Assert.Equal(network.People[0].Id, sets.Single(s => s.Name == DemoLearningSets.Published).FacilitatorPersonId);
    }

    [Fact]
    public void For_OnlyTheFallsSummary_IsPublishedAndItHasBothParts()
    {
        var (_, sets, _, rows) = Seed();

        var published = Assert.Single(sets, s => s.SummaryPublishedAt is not null);
        Assert.Equal(DemoLearningSets.Published, published.Name);
        Assert.Empty(LearningSetRules.Summary(new(published.WhatWorked, published.WhatDidNotWork, Published: true)));
        Assert.All(rows.OfType<LearningSetNote>(), n => Assert.Equal(published.Id, n.LearningSetId));
        Assert.Equal(3, rows.OfType<LearningSetNote>().Count());
    }
}

using GoldenThread.Development;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

public class DemoLearningSetRegistrationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static (NetworkEntities Network, HashSet<Guid> InSets, List<object> Rows) Seed()
    {
        var network = NetworkEntities.From(DemoNetwork.Build());
        var selection = DemoSelection.For(network.System, network.People, network.Organisations, Now).ToList();
        var inSets = selection.OfType<LearningSetMember>().Select(m => m.PersonId).OfType<Guid>().ToHashSet();
        return (network, inSets, [.. DemoLearningSetRegistrations.For(network, inSets, Now)]);
    }

    [Fact]
    public void For_TheSummerRegistration_FormedTwoSetsOfEightAndLeftOneOutAsTheSizesSay()
    {
        var (_, inSets, rows) = Seed();
        var summer = rows.OfType<LearningSetRegistration>().Single(r => r.Title == DemoLearningSetRegistrations.FormedTitle);
        var registrants = rows.OfType<LearningSetRegistrant>().Where(r => r.RegistrationId == summer.Id).ToList();
        var sets = rows.OfType<LearningSet>().ToList();
        var members = rows.OfType<LearningSetMember>().ToList();

        // 17 in sets of 6 to 8: two sets hold at most 16.
        Assert.Equal((LearningSetRegistrationStatus.Formed, FormationStatus.Partial, 17), (summer.Status, summer.Outcome!.Value, registrants.Count));
        Assert.Equal(2, sets.Count);
        Assert.All(sets, s => Assert.Equal((summer.Id, 8), (s.RegistrationId!.Value, members.Count(m => m.LearningSetId == s.Id))));
        var unplaced = Assert.Single(registrants, r => r.SetNumber is null);
        Assert.Null(unplaced.LearningSetId);
        Assert.All(registrants.Where(r => r.SetNumber is not null), r => Assert.Contains(r.LearningSetId!.Value, sets.Select(s => s.Id)));
        Assert.DoesNotContain(members, m => inSets.Contains(m.PersonId!.Value));
    }

    [Fact]
    public void For_TheSpringRegistration_IsOpenWithNineRegistrantsTheDemoProfessionalAmongThem()
    {
        var (network, _, rows) = Seed();
        var spring = rows.OfType<LearningSetRegistration>().Single(r => r.Title == DemoLearningSetRegistrations.OpenTitle);
        var registrants = rows.OfType<LearningSetRegistrant>().Where(r => r.RegistrationId == spring.Id).Select(r => r.PersonId).ToList();

        Assert.True(spring.TakesPart(UkDate.DateOf(Now)));
        Assert.Equal(9, registrants.Count);
        Assert.Contains(network.People[0].Id, registrants);
        Assert.DoesNotContain(DemoFrameworks.LeaderPerson(network).Id, registrants);
        Assert.Empty(LearningSetRegistrationRules.CheckRegistration(new(spring.Title, spring.Description, spring.ClosesOn, spring.MinSize, spring.MaxSize),
            UkDate.DateOf(Now)));
    }
}

using GoldenThread.Development;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Web.Development;

namespace GoldenThread.Web.Demo;

/// <summary>
/// The demo system's learning sets of individual registrants, dated back from the clock: a summer registration that
/// closed a month ago, whose seventeen registrants <see cref="LearningSetFormer"/> grouped into two sets three weeks ago
/// (one person could not be placed: two sets of 6 to 8 hold at most 16) that await their facilitators; and a spring
/// registration open for two and a half weeks more, with nine registrants, the demo professional among them. The
/// leadership team's person and the people already in a learning set take no part.
/// </summary>
public static class DemoLearningSetRegistrations
{
    public const string FormedTitle = "Summer 2026 action learning sets", OpenTitle = "Spring 2027 action learning sets";

    /// <summary>Greedy and hill climbing prove small pools at once; a second bounds the search for the rest, so seeding stays quick.</summary>
    private static readonly LearningSetFormer Former = new(DevelopmentWeights.Default.LearningSets, TimeSpan.FromSeconds(1), 1);

    /// <param name="inSets">People already in a learning set, or facilitating one.</param>
    public static IEnumerable<object> For(NetworkEntities network, IReadOnlySet<Guid> inSets, DateTimeOffset now)
    {
        var systemId = network.System.Id;
        var today = UkDate.DateOf(now);
        var professional = network.People[0];
        var leader = DemoFrameworks.LeaderPerson(network);
        var organisations = network.Organisations.ToDictionary(o => o.Id);
        // People with an employer, every third by name so that the pool spans the register: one of each organisation, then a
        // second of each, so that colleagues register together only as often as in a real system.
        var pool = network.People.Where(p => !p.Lay && p.OrganisationId is not null && p.Id != professional.Id && p.Id != leader.Id && !inSets.Contains(p.Id))
            .OrderBy(p => p.Name, StringComparer.Ordinal).Where((_, i) => i % 3 == 1).GroupBy(p => p.OrganisationId)
            .SelectMany(g => g.Take(2).Select((p, i) => (Person: p, Nth: i))).OrderBy(p => p.Nth).Select(p => p.Person).ToList();
        if (pool.Count < 25) throw new InvalidOperationException("The demo register has too few people for the learning set registrations");

        var summer = new LearningSetRegistration
        {
            SystemId = systemId, Title = FormedTitle, ClosesOn = today.AddMonths(-1), CreatedAt = now.AddMonths(-2), MinSize = 6, MaxSize = 8,
            Description = "Action learning for anyone leading change across organisations: a set of six to eight, meeting for half a day each month for six months.",
        };
        var summerPeople = pool.Take(17).ToList();
        var registered = summerPeople.Select((p, i) => Registered(summer, p, organisations, now.AddMonths(-2).AddDays(1 + i))).ToList();
        LearningSetRegistrationStore.Propose(summer, registered, network.System.Code, Former, now.AddDays(-22));
        var names = Enumerable.Range(1, registered.Max(r => r.Row.SetNumber) ?? 0).Select(n => LearningSetFormation.DefaultName(summer.Title, n)).ToList();
        var formed = LearningSetFormation.Form(summer, [.. registered.Select(r => r.Row)], summerPeople.ToDictionary(p => p.Id, p => p.Name), names,
            today.AddDays(-21), now.AddDays(-21));
        yield return summer;
        foreach (var row in registered.Select(r => r.Row)) yield return row;
        foreach (var row in formed.SelectMany(f => f.Rows)) yield return row;

        var spring = new LearningSetRegistration
        {
            SystemId = systemId, Title = OpenTitle, ClosesOn = today.AddDays(18), CreatedAt = now.AddDays(-12), MinSize = 6, MaxSize = 8,
            Description = "Register alone: you will be grouped with professionals of other organisations, sectors and professions, to meet monthly from March.",
        };
        yield return spring;
        var springPeople = new[] { professional }.Concat(pool.Skip(17).Take(8));
        foreach (var (person, i) in springPeople.Select((p, i) => (p, i)))
            yield return Registered(spring, person, organisations, now.AddDays(-11 + i)).Row;
    }

    private static LearningSetRegistrationStore.Registered Registered(LearningSetRegistration registration, Person person,
        Dictionary<Guid, Organisation> organisations, DateTimeOffset at)
    {
        var organisation = organisations[person.OrganisationId!.Value];
        var row = new LearningSetRegistrant { SystemId = registration.SystemId, RegistrationId = registration.Id, PersonId = person.Id, RegisteredAt = at };
        return new(row, person.Name, organisation.Id, organisation.Name, organisation.Sector, person.Profession, person.Seniority);
    }
}

using GoldenThread.Development;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

/// <summary>
/// The demo system's mentoring, dated back from the clock: last spring's round, matched by <see cref="MentoringMatcher"/>
/// and published four months ago, its pairs meeting about monthly (the demo professional is a mentee in one, with notes
/// of their meetings; one pair ended early); and this winter's round, open for three weeks more with a few offers and
/// requests, which the demo professional has not yet joined. The leadership team's person takes no part, so their
/// account sees mentoring only as the leadership team does.
/// </summary>
public static class DemoMentoring
{
    public const string PublishedTitle = "Spring mentoring", OpenTitle = "Winter mentoring";

    public static IEnumerable<object> For(NetworkEntities network, DateTimeOffset now)
    {
        var systemId = network.System.Id;
        var today = UkDate.DateOf(now);
        var professional = network.People[0];
        var leader = DemoFrameworks.LeaderPerson(network);
        var people = network.People.Where(p => !p.Lay && p.Id != leader.Id && p.OrganisationId is not null).ToList();
        // Mentors of as many professions and settings as the register has, each of their own organisation.
        var mentors = people.Where(p => p.Seniority is "senior" or "executive" && p.Id != professional.Id)
            .DistinctBy(p => (p.Profession, p.Setting)).DistinctBy(p => p.OrganisationId).Take(9).ToList();
        var mentees = new[] { professional }.Concat(people.Where(p => p.Seniority is "early-career" or "middle" && p.Id != professional.Id)
            .DistinctBy(p => (p.Profession, p.Setting)).Take(9)).ToList();

        var spring = new MentoringRound
        {
            SystemId = systemId, Title = PublishedTitle, ClosesOn = today.AddMonths(-5),
            Description = "Mentors from another organisation for anyone new to a leadership role, meeting about monthly for six months.",
            Status = MentoringRoundStatus.Published, CreatedAt = now.AddMonths(-6), MatchedAt = now.AddMonths(-5).AddDays(2),
            PublishedAt = now.AddMonths(-4),
        };
        yield return spring;
        var offers = mentors.Take(6).Select((p, i) => Offer(spring, p, capacity: 1 + i % 2, spring.CreatedAt.AddDays(i))).ToList();
        var requests = mentees.Select((p, i) => Request(spring, p, Wanted(p, mentors, i), spring.CreatedAt.AddDays(i))).ToList();
        foreach (var row in offers.Cast<object>().Concat(requests)) yield return row;
        foreach (var row in Pairs(network, spring, offers, requests, professional)) yield return row;

        var winter = new MentoringRound
        {
            SystemId = systemId, Title = OpenTitle, ClosesOn = today.AddDays(21), CreatedAt = now.AddDays(-10),
            Description = "For anyone leading across organisations this year: offer to mentor, ask for a mentor, or both.",
        };
        yield return winter;
        foreach (var (person, i) in mentors.Skip(6).Select((p, i) => (p, i))) yield return Offer(winter, person, 2, winter.CreatedAt.AddDays(i));
        foreach (var (person, i) in mentees.Skip(7).Select((p, i) => (p, i)))
            yield return Request(winter, person, Wanted(person, mentors, i + 1), winter.CreatedAt.AddDays(i));
    }

    /// <summary>A profession and setting of one of the mentors, so that the matching has asks it can meet.</summary>
    private static (string Profession, string Setting) Wanted(Person mentee, IReadOnlyList<Person> mentors, int i)
    {
        var mentor = mentors[(i * 3) % mentors.Count];
        return (mentor.Profession, mentor.Setting == mentee.Setting ? mentors[(i * 3 + 1) % mentors.Count].Setting : mentor.Setting);
    }

    private static MentorOffer Offer(MentoringRound round, Person person, int capacity, DateTimeOffset at) => new()
    {
        SystemId = round.SystemId, RoundId = round.Id, PersonId = person.Id, Capacity = capacity,
        Professions = [person.Profession], Settings = [person.Setting], CreatedAt = at, UpdatedAt = at,
    };

    private static MenteeRequest Request(MentoringRound round, Person person, (string Profession, string Setting) wanted, DateTimeOffset at) => new()
    {
        SystemId = round.SystemId, RoundId = round.Id, PersonId = person.Id, Professions = [wanted.Profession], Settings = [wanted.Setting],
        Hopes = Hopes[person.Name.Length % Hopes.Length], CreatedAt = at, UpdatedAt = at,
    };

    private static readonly string[] Hopes =
    [
        "Confidence chairing meetings where several organisations are in the room.",
        "Understanding how decisions are made at system level, and how to get a clinical view heard there.",
        "Help planning my first year in a place leadership role.",
        "A sounding board from outside my organisation while I lead a service change.",
    ];

    /// <summary>The round's pairs as the matcher makes them, published; meetings about monthly; the third pair ended early.</summary>
    private static IEnumerable<object> Pairs(NetworkEntities network, MentoringRound round, List<MentorOffer> offers, List<MenteeRequest> requests,
        Person professional)
    {
        var organisations = network.Organisations.ToDictionary(o => o.Id);
        var profiles = network.People.ToDictionary(p => p.Id, p => new MentoringProfile(p.Id, p.OrganisationId,
            p.OrganisationId is { } o ? organisations[o].PlaceId : null, p.Profession, p.Setting, p.Seniority));
        var pool = new MentoringPool(offers, requests, profiles);
        var pairs = MentoringMatcher.Default.Match(pool.Mentors, pool.Mentees).Pairs
            .Select(p => new Mentorship
            {
                SystemId = round.SystemId, RoundId = round.Id, MentorPersonId = pool.PersonOf(p.MentorId), MenteePersonId = pool.PersonOf(p.MenteeId),
                Score = p.Score, Status = MentorshipStatus.Published,
            })
            .OrderByDescending(p => p.MenteePersonId == professional.Id).ToList();
        if (pairs.Count < 3 || pairs[0].MenteePersonId != professional.Id)
            throw new InvalidOperationException("The demo's spring mentoring round must pair the demo professional and at least two others");
        var published = round.PublishedAt!.Value;
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            yield return pair;
            var meetings = i == 2 ? 1 : 4 - i % 3;
            for (var m = 0; m < meetings; m++)
                yield return new MentoringMeeting
                {
                    SystemId = round.SystemId, MentorshipId = pair.Id, HeldOn = UkDate.DateOf(published.AddDays(10 + 30 * m + i)), Hours = m == 0 ? 1.5m : 1m,
                    Notes = Notes[(i + m) % Notes.Length], RecordedByPersonId = m % 2 == 0 ? pair.MenteePersonId : pair.MentorPersonId,
                    RecordedAt = published.AddDays(11 + 30 * m + i),
                };
            if (i == 2)
                (pair.Status, pair.EndedOn, pair.EndReason, pair.EndedByPersonId) = (MentorshipStatus.Ended, UkDate.DateOf(published.AddDays(45)),
                    "My mentee has taken up a post in another region and has a mentor there.", pair.MentorPersonId);
        }
    }

    private static readonly string[] Notes =
    [
        "Agreed what we each want from this: a monthly hour, and a look at the board paper before it goes.",
        "Talked through the winter pressures discussion at place board and how to bring the nursing view in earlier.",
        "Role-played chairing the frailty network; next time, how to close a meeting with clear actions.",
        "Looked at the system's leadership framework results and where a place lead can make a difference.",
    ];
}

using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Demo;

/// <summary>
/// The demo's two learning sets as they run: each with a facilitator from the register (the demo professional for one,
/// so that account shows the facilitator's side), monthly past sessions with who came, one session still to come, a few
/// private notes, and the falls set's learning summary published to the learning library (the other's still a draft).
/// </summary>
public static class DemoLearningSets
{
    /// <summary>The set the demo professional facilitates, whose summary is in the library.</summary>
    public const string Published = "Severnmouth Falls Collaborative";
    public static readonly DateOnly SummaryPublished = new(2026, 11, 10);

    private sealed record SessionSpec(DateOnly Date, HalfDay HalfDay, TimeOnly? StartsAt, decimal Hours, string Topic);

    private static readonly SessionSpec[] Past =
    [
        new(new DateOnly(2026, 6, 4), HalfDay.Morning, new TimeOnly(9, 30), 3, "Getting started: ground rules and each member's problem"),
        new(new DateOnly(2026, 7, 2), HalfDay.Afternoon, null, 3, "Asking questions, not giving advice"),
        new(new DateOnly(2026, 9, 3), HalfDay.Morning, new TimeOnly(9, 30), 3.5m, "What the data say about where it goes wrong"),
        new(new DateOnly(2026, 10, 1), HalfDay.Afternoon, new TimeOnly(13, 30), 3, "Testing one change each, and what happened"),
    ];

    private static readonly (string Set, string WhatWorked, string? WhatDidNotWork)[] Summaries =
    [
        (Published,
            "Spending the first session on each member's own problem, not the set's, built trust quickly. Shadowing each other's services between sessions (a paramedic with the falls team, a care home manager in the GP practice) gave everyone the same picture of where a fall goes wrong. Small tests of change, reported back a month later, kept the set honest.",
            "Meeting online in the summer: members joined late, left early and did not challenge each other. Inviting observers from the ICB changed how openly people spoke; the set now meets with members and the facilitator only."),
        ("Hollowmere Young Minds",
            "Having a young person from the youth council at every session changed the questions the set asked.",
            null),
    ];

    private static readonly string[] Notes =
    [
        "Ambulance crews are told not to take fallers to the urgent treatment centre after 8pm. No one in the room knew why: ask the ambulance trust before next time.",
        "Agreed to keep the care homes' names out of anything shared beyond the set until the homes have seen the figures.",
        "My own problem this month: the practice cannot release me for the October session. Facilitator to ask the ICB about backfill.",
    ];

    /// <summary>
    /// The rows to add to the demo's <paramref name="sets"/> (already added, so tracked and changed here) and their
    /// <paramref name="members"/>; <paramref name="people"/> is the register, whose first person is the demo professional and
    /// <paramref name="leader"/> the leadership team's linked person, who facilitates nothing and is in no set.
    /// </summary>
    public static IEnumerable<object> For(IReadOnlyList<LearningSet> sets, IReadOnlyList<LearningSetMember> members, IReadOnlyList<Person> people,
        Person leader, DateOnly today)
    {
        var inSets = members.Select(m => m.PersonId).OfType<Guid>().ToHashSet();
        var professional = people[0];
        var facilitators = new Queue<Person>(people.Where(p => !p.Lay && p.Id != leader.Id && p.Id != professional.Id && !inSets.Contains(p.Id)));
        foreach (var set in sets.OrderBy(s => s.Name != Published).ThenBy(s => s.Name))
        {
            var own = members.Where(m => m.LearningSetId == set.Id).OrderBy(m => m.Name).ToList();
            var facilitator = set.Name == Published && !own.Any(m => m.PersonId == professional.Id) ? professional : facilitators.Dequeue();
            set.FacilitatorPersonId = facilitator.Id;
            foreach (var row in Sessions(set, own, today)) yield return row;
            if (set.Name == Published)
                for (var i = 0; i < Notes.Length; i++)
                {
                    var author = i == 1 ? (facilitator.Id, facilitator.Name) : (own[i].PersonId ?? facilitator.Id, own[i].Name);
                    yield return new LearningSetNote
                    {
                        SystemId = set.SystemId, LearningSetId = set.Id, Text = Notes[i], AuthorPersonId = author.Item1, AuthorName = author.Item2,
                        WrittenAt = UkTime.At(Past[i].Date, 17),
                    };
                }
            if (Summaries.FirstOrDefault(s => s.Set == set.Name) is { Set: not null } summary)
            {
                (set.WhatWorked, set.WhatDidNotWork) = (summary.WhatWorked, summary.WhatDidNotWork);
                if (summary.WhatDidNotWork is not null) set.SummaryPublishedAt = UkTime.At(SummaryPublished, 16);
            }
        }
    }

    /// <summary>The past sessions, each with all but about a quarter of the members there, and one a fortnight from today.</summary>
    private static IEnumerable<object> Sessions(LearningSet set, IReadOnlyList<LearningSetMember> members, DateOnly today)
    {
        for (var j = 0; j < Past.Length; j++)
        {
            var spec = Past[j];
            var session = Session(set, spec);
            session.AttendanceRecordedAt = UkTime.At(spec.Date, 17);
            yield return session;
            for (var i = 0; i < members.Count; i++)
                if ((i + j) % 4 != 0)
                    yield return new LearningSetAttendance { SystemId = set.SystemId, SessionId = session.Id, MemberId = members[i].Id };
        }
        yield return Session(set, new SessionSpec(today.AddDays(14), HalfDay.Morning, new TimeOnly(10, 0), 3, "Preparing the learning summary for the library"));
    }

    private static LearningSetSession Session(LearningSet set, SessionSpec spec) => new()
    {
        SystemId = set.SystemId, LearningSetId = set.Id, Date = spec.Date, HalfDay = spec.HalfDay, StartsAt = spec.StartsAt, Hours = spec.Hours,
        Topic = spec.Topic, CreatedAt = UkTime.At(DemoSelection.Formed, 12),
    };
}

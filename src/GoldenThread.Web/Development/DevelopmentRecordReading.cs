using GoldenThread.Data;
using GoldenThread.Development;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Development;

/// <summary>
/// Reads people's development activities from the three places they are kept: the published workplace exchanges they
/// visited or hosted, the meetings of their mentoring pairs, and the sessions of the learning sets they belong to or
/// facilitate. Never reads a reflection, meeting note or set note: the record is of time, not of what was said.
/// </summary>
public static class DevelopmentRecordReading
{
    /// <summary>
    /// One person's activities, newest first. Links go where the reader may follow them: the person's own exchange and
    /// pair pages when <paramref name="forSelf"/>, the rounds the leadership team runs otherwise.
    /// </summary>
    public static async Task<IReadOnlyList<DevelopmentActivity>> ReadAsync(GoldenThreadDbContext db, string code, Guid personId, DateOnly today,
        bool forSelf, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(db, code, [personId], today, forSelf ? personId : null, cancellationToken))[personId]];

    /// <summary>
    /// The activities of each of <paramref name="people"/>, each person's newest first; links to their own pages for
    /// <paramref name="viewer"/>'s activities, to the leadership team's otherwise.
    /// </summary>
    public static async Task<ILookup<Guid, DevelopmentActivity>> ReadAsync(GoldenThreadDbContext db, string code, IReadOnlyCollection<Guid> people,
        DateOnly today, Guid? viewer, CancellationToken cancellationToken)
    {
        var activities = new List<(Guid Person, DevelopmentActivity Activity)>();
        activities.AddRange(await VisitsAsync(db, code, people, today, viewer, cancellationToken));
        activities.AddRange(await MeetingsAsync(db, code, people, viewer, cancellationToken));
        activities.AddRange(await SessionsAsync(db, code, people, today, cancellationToken));
        return activities.OrderByDescending(a => a.Activity.On).ThenBy(a => a.Activity.Kind).ThenBy(a => a.Activity.What, StringComparer.CurrentCulture)
            .ToLookup(a => a.Person, a => a.Activity);
    }

    private const string Gone = "someone no longer on the register";

    private static async Task<IEnumerable<(Guid, DevelopmentActivity)>> VisitsAsync(GoldenThreadDbContext db, string code,
        IReadOnlyCollection<Guid> people, DateOnly today, Guid? viewer, CancellationToken cancellationToken)
    {
        var pairs = await db.ExchangePairings.AsNoTracking()
            .Where(p => p.PublishedAt != null && (people.Contains(p.PersonA) || people.Contains(p.PersonB)))
            .Join(db.ExchangeRounds, p => p.RoundId, r => r.Id, (p, r) => new { Pairing = p, r.Title, r.VisitHours })
            .ToListAsync(cancellationToken);
        var pairIds = pairs.Select(p => p.Pairing.Id).ToList();
        var reflected = (await db.ExchangeReflections.AsNoTracking().Where(r => pairIds.Contains(r.PairingId))
            .Select(r => new { r.PairingId, r.PersonId, r.Visit }).ToListAsync(cancellationToken)).Select(r => (r.PairingId, r.PersonId, r.Visit)).ToHashSet();
        var named = await ExchangeReading.PeopleAsync(db, pairs.SelectMany(p => new[] { p.Pairing.PersonA, p.Pairing.PersonB }), cancellationToken);
        return from p in pairs
            from person in new[] { p.Pairing.PersonA, p.Pairing.PersonB }
            where people.Contains(person)
            from visit in new[] { 1, 2 }
            select (person, Visit(p.Pairing, visit, person, named.GetValueOrDefault(p.Pairing.PartnerOf(person)), p.Title, p.VisitHours,
                DevelopmentRecord.VisitStatus(p.Pairing.Slot(visit).Date, today, reflected.Contains((p.Pairing.Id, person, visit))),
                person == viewer ? $"/systems/{code}/development/exchanges/{p.Pairing.RoundId}/mine" : $"/systems/{code}/development/exchanges/{p.Pairing.RoundId}"));
    }

    private static DevelopmentActivity Visit(ExchangePairing pairing, int visit, Guid person, ExchangePerson? partner, string round, decimal hours,
        DevelopmentStatus status, string href)
    {
        var slot = pairing.Slot(visit);
        var name = partner?.Name ?? Gone;
        var what = (pairing.Host(visit) == person, partner?.Organisation) switch
        {
            (true, null) => $"hosting {name}",
            (true, { } organisation) => $"hosting {name} from {organisation}",
            (false, null) => $"visiting {name}",
            (false, { } organisation) => $"visiting {name} at {organisation}",
        };
        return new DevelopmentActivity(DevelopmentKind.Exchange, slot.Date, hours, status,
            $"{round}: {what} ({(slot.Afternoon ? "afternoon" : "morning")})", href);
    }

    private static async Task<IEnumerable<(Guid, DevelopmentActivity)>> MeetingsAsync(GoldenThreadDbContext db, string code,
        IReadOnlyCollection<Guid> people, Guid? viewer, CancellationToken cancellationToken)
    {
        var meetings = await db.MentoringMeetings.AsNoTracking()
            .Join(db.Mentorships.Where(m => people.Contains(m.MentorPersonId) || people.Contains(m.MenteePersonId)),
                meeting => meeting.MentorshipId, m => m.Id,
                (meeting, m) => new { meeting.HeldOn, meeting.Hours, m.Id, m.RoundId, m.MentorPersonId, m.MenteePersonId })
            .ToListAsync(cancellationToken);
        var named = meetings.SelectMany(m => new[] { m.MentorPersonId, m.MenteePersonId }).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => named.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return from m in meetings
            from person in new[] { m.MentorPersonId, m.MenteePersonId }
            where people.Contains(person)
            let mentoring = person == m.MentorPersonId
            let other = names.GetValueOrDefault(mentoring ? m.MenteePersonId : m.MentorPersonId) ?? Gone
            select (person, new DevelopmentActivity(DevelopmentKind.Mentoring, m.HeldOn, m.Hours, DevelopmentStatus.TookPlace,
                mentoring ? $"Mentoring meeting with {other}, as their mentor" : $"Mentoring meeting with {other}, their mentor",
                person == viewer ? $"/systems/{code}/development/mentoring/pairs/{m.Id}" : $"/systems/{code}/development/mentoring/rounds/{m.RoundId}"));
    }

    private static async Task<IEnumerable<(Guid, DevelopmentActivity)>> SessionsAsync(GoldenThreadDbContext db, string code,
        IReadOnlyCollection<Guid> people, DateOnly today, CancellationToken cancellationToken)
    {
        // A facilitator who is also a member of their set takes part as a member.
        var members = await db.LearningSetMembers.AsNoTracking().Where(m => m.PersonId != null && people.Contains(m.PersonId.Value))
            .Select(m => new { m.Id, Person = m.PersonId!.Value, m.LearningSetId }).ToListAsync(cancellationToken);
        var facilitators = await db.LearningSets.AsNoTracking().Where(s => s.FacilitatorPersonId != null && people.Contains(s.FacilitatorPersonId.Value))
            .Select(s => new { Person = s.FacilitatorPersonId!.Value, s.Id }).ToListAsync(cancellationToken);
        var parts = members.Select(m => (m.Person, SetId: m.LearningSetId, MemberId: (Guid?)m.Id))
            .Concat(facilitators.Where(f => !members.Any(m => m.Person == f.Person && m.LearningSetId == f.Id)).Select(f => (f.Person, SetId: f.Id, MemberId: (Guid?)null)))
            .ToList();
        var setIds = parts.Select(p => p.SetId).Distinct().ToList();
        var setNames = await db.LearningSets.AsNoTracking().Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var sessions = (await db.LearningSetSessions.AsNoTracking().Where(s => setIds.Contains(s.LearningSetId))
            .Select(s => new { s.Id, s.LearningSetId, s.Date, s.Hours, s.Topic, Recorded = s.AttendanceRecordedAt != null })
            .ToListAsync(cancellationToken)).ToLookup(s => s.LearningSetId);
        var memberIds = members.Select(m => m.Id).ToList();
        var attended = (await db.LearningSetAttendance.AsNoTracking().Where(a => memberIds.Contains(a.MemberId))
            .Select(a => new { a.MemberId, a.SessionId }).ToListAsync(cancellationToken)).Select(a => (a.MemberId, a.SessionId)).ToHashSet();
        return from part in parts
            from s in sessions[part.SetId]
            // Whoever facilitates a session is at it: once attendance is taken it took place for them.
            let status = DevelopmentRecord.SessionStatus(s.Date, today, s.Recorded, part.MemberId is not { } member || attended.Contains((member, s.Id)))
            where status is not null
            select (part.Person, new DevelopmentActivity(DevelopmentKind.LearningSet, s.Date, s.Hours, status.Value,
                $"{setNames[part.SetId]}: {s.Topic}{(part.MemberId is null ? " (facilitating)" : "")}", $"/systems/{code}/learning-sets/{part.SetId}"));
    }
}

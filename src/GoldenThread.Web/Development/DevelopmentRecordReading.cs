using GoldenThread.Data;
using GoldenThread.Development;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Development;

/// <summary>
/// Reads one person's development activities from the three places they are kept: the published workplace exchanges they
/// visited or hosted, the meetings of their mentoring pairs, and the sessions of the learning sets they belong to or
/// facilitate. Never reads a reflection, meeting note or set note: the record is of time, not of what was said.
/// </summary>
public static class DevelopmentRecordReading
{
    /// <summary>
    /// Their activities, newest first. Links go where the reader may follow them: the person's own exchange and pair
    /// pages when <paramref name="forSelf"/>, the rounds the leadership team runs otherwise.
    /// </summary>
    public static async Task<IReadOnlyList<DevelopmentActivity>> ReadAsync(GoldenThreadDbContext db, string code, Guid personId, DateOnly today,
        bool forSelf, CancellationToken cancellationToken)
    {
        var activities = new List<DevelopmentActivity>();
        activities.AddRange(await VisitsAsync(db, code, personId, today, forSelf, cancellationToken));
        activities.AddRange(await MeetingsAsync(db, code, personId, forSelf, cancellationToken));
        activities.AddRange(await SessionsAsync(db, code, personId, today, cancellationToken));
        return [.. activities.OrderByDescending(a => a.On).ThenBy(a => a.Kind).ThenBy(a => a.What, StringComparer.CurrentCulture)];
    }

    private static async Task<IEnumerable<DevelopmentActivity>> VisitsAsync(GoldenThreadDbContext db, string code, Guid personId, DateOnly today,
        bool forSelf, CancellationToken cancellationToken)
    {
        var pairs = await db.ExchangePairings.AsNoTracking()
            .Where(p => p.PublishedAt != null && (p.PersonA == personId || p.PersonB == personId))
            .Join(db.ExchangeRounds, p => p.RoundId, r => r.Id, (p, r) => new { Pairing = p, r.Title, r.VisitHours })
            .ToListAsync(cancellationToken);
        var reflected = (await db.ExchangeReflections.AsNoTracking().Where(r => r.PersonId == personId)
            .Select(r => new { r.PairingId, r.Visit }).ToListAsync(cancellationToken)).Select(r => (r.PairingId, r.Visit)).ToHashSet();
        var partners = await ExchangeReading.PeopleAsync(db, pairs.Select(p => p.Pairing.PartnerOf(personId)), cancellationToken);
        return pairs.SelectMany(p => new[] { 1, 2 }.Select(visit =>
        {
            var slot = p.Pairing.Slot(visit);
            var partner = partners.GetValueOrDefault(p.Pairing.PartnerOf(personId));
            var name = partner?.Name ?? "someone no longer on the register";
            var what = (p.Pairing.Host(visit) == personId, partner?.Organisation) switch
            {
                (true, null) => $"hosting {name}",
                (true, { } organisation) => $"hosting {name} from {organisation}",
                (false, null) => $"visiting {name}",
                (false, { } organisation) => $"visiting {name} at {organisation}",
            };
            return new DevelopmentActivity(DevelopmentKind.Exchange, slot.Date, p.VisitHours,
                DevelopmentRecord.VisitStatus(slot.Date, today, reflected.Contains((p.Pairing.Id, visit))),
                $"{p.Title}: {what} ({(slot.Afternoon ? "afternoon" : "morning")})",
                forSelf ? $"/systems/{code}/development/exchanges/{p.Pairing.RoundId}/mine" : $"/systems/{code}/development/exchanges/{p.Pairing.RoundId}");
        }));
    }

    private static async Task<IEnumerable<DevelopmentActivity>> MeetingsAsync(GoldenThreadDbContext db, string code, Guid personId, bool forSelf,
        CancellationToken cancellationToken)
    {
        var meetings = await db.MentoringMeetings.AsNoTracking()
            .Join(db.Mentorships.Where(m => m.MentorPersonId == personId || m.MenteePersonId == personId),
                meeting => meeting.MentorshipId, m => m.Id,
                (meeting, m) => new { meeting.HeldOn, meeting.Hours, m.Id, m.RoundId, m.MentorPersonId, m.MenteePersonId })
            .ToListAsync(cancellationToken);
        var others = meetings.Select(m => m.MentorPersonId == personId ? m.MenteePersonId : m.MentorPersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => others.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return meetings.Select(m =>
        {
            var mentoring = m.MentorPersonId == personId;
            var other = names.GetValueOrDefault(mentoring ? m.MenteePersonId : m.MentorPersonId) ?? "someone no longer on the register";
            return new DevelopmentActivity(DevelopmentKind.Mentoring, m.HeldOn, m.Hours, DevelopmentStatus.TookPlace,
                mentoring ? $"Mentoring meeting with {other}, as their mentor" : $"Mentoring meeting with {other}, their mentor",
                forSelf ? $"/systems/{code}/development/mentoring/pairs/{m.Id}" : $"/systems/{code}/development/mentoring/rounds/{m.RoundId}");
        });
    }

    private static async Task<IEnumerable<DevelopmentActivity>> SessionsAsync(GoldenThreadDbContext db, string code, Guid personId, DateOnly today,
        CancellationToken cancellationToken)
    {
        var memberOf = await db.LearningSetMembers.AsNoTracking().Where(m => m.PersonId == personId)
            .Select(m => new { m.Id, m.LearningSetId }).ToListAsync(cancellationToken);
        var memberIds = memberOf.Select(m => m.Id).ToList();
        var setIds = memberOf.Select(m => m.LearningSetId).ToList();
        var sets = await db.LearningSets.AsNoTracking().Where(s => setIds.Contains(s.Id) || s.FacilitatorPersonId == personId)
            .Select(s => new { s.Id, s.Name, Facilitating = s.FacilitatorPersonId == personId && !setIds.Contains(s.Id) })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var wanted = sets.Keys.ToList();
        var sessions = await db.LearningSetSessions.AsNoTracking().Where(s => wanted.Contains(s.LearningSetId))
            .Select(s => new { s.Id, s.LearningSetId, s.Date, s.Hours, s.Topic, Recorded = s.AttendanceRecordedAt != null })
            .ToListAsync(cancellationToken);
        var attended = (await db.LearningSetAttendance.AsNoTracking().Where(a => memberIds.Contains(a.MemberId))
            .Select(a => a.SessionId).ToListAsync(cancellationToken)).ToHashSet();
        return sessions.Select(s =>
        {
            var set = sets[s.LearningSetId];
            // Whoever facilitates a session is at it: once attendance is taken it took place for them.
            var status = DevelopmentRecord.SessionStatus(s.Date, today, s.Recorded, set.Facilitating || attended.Contains(s.Id));
            return status is null ? null : new DevelopmentActivity(DevelopmentKind.LearningSet, s.Date, s.Hours, status.Value,
                $"{set.Name}: {s.Topic}{(set.Facilitating ? " (facilitating)" : "")}", $"/systems/{code}/learning-sets/{s.LearningSetId}");
        }).OfType<DevelopmentActivity>();
    }
}

using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Network;

/// <summary>
/// Rows outside the network that point into it, and what becomes of them when the network rows they point to are
/// removed, by an import or by a delete in the register: a body secretary's role on a removed body ends, a removed
/// person's diversity record (special category data) is deleted with them, an account linked to a removed
/// person is unlinked (the account stays), a removed person's workplace exchange sign-ups and pairs, mentoring offers,
/// requests and pairs, and learning set registrations are deleted, a measure owned by a removed person, or belonging to a removed body,
/// loses its owner or body (the measure and its data stay), and a removed person's place in a learning set is kept by
/// name, unlinked from the register.
/// </summary>
public static class RemovedRowReferences
{
    /// <summary>
    /// Stages what must follow the removal of <paramref name="removed"/> rows; the caller saves it with the removal.
    /// Describes each consequence in a sentence.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EndAsync(
        GoldenThreadDbContext db, IReadOnlyList<object> removed, CancellationToken cancellationToken)
    {
        var bodies = removed.OfType<Body>().ToDictionary(b => b.Id);
        var people = removed.OfType<Person>().ToDictionary(p => p.Id);
        var consequences = new List<string>();
        if (bodies.Count > 0)
        {
            var ids = bodies.Keys.ToList();
            var roles = await db.RoleAssignments.Where(r => r.BodyId != null && ids.Contains(r.BodyId.Value)).ToListAsync(cancellationToken);
            var accounts = await AccountNamesAsync(db, roles.Select(r => r.AccountId), cancellationToken);
            foreach (var role in roles)
            {
                db.Remove(role);
                consequences.Add($"{accounts[role.AccountId]} stops being body secretary of {bodies[role.BodyId!.Value].Name}");
            }
            foreach (var measure in await db.Measures.Where(m => m.BodyId != null && ids.Contains(m.BodyId.Value)).ToListAsync(cancellationToken))
            {
                consequences.Add($"The measure {measure.Name} no longer belongs to {bodies[measure.BodyId!.Value].Name}");
                measure.BodyId = null;
            }
        }
        if (people.Count > 0)
        {
            var ids = people.Keys.ToList();
            var diversity = await db.DiversityRecords.Where(d => ids.Contains(d.PersonId)).ToListAsync(cancellationToken);
            db.RemoveRange(diversity);
            if (diversity.Count > 0)
                consequences.Add("The diversity information that removed people gave is deleted");
            foreach (var account in await db.Users.Where(a => a.PersonId != null && ids.Contains(a.PersonId.Value)).ToListAsync(cancellationToken))
            {
                consequences.Add($"The account {account.DisplayName} is no longer linked to {people[account.PersonId!.Value].Name}");
                account.PersonId = null;
            }
            foreach (var measure in await db.Measures.Where(m => m.OwnerPersonId != null && ids.Contains(m.OwnerPersonId.Value)).ToListAsync(cancellationToken))
            {
                consequences.Add($"The measure {measure.Name} no longer has {people[measure.OwnerPersonId!.Value].Name} as its owner");
                measure.OwnerPersonId = null;
            }
            await EndExchangesAsync(db, ids, consequences, cancellationToken);
            await EndMentoringAsync(db, ids, consequences, cancellationToken);
            // A registration for a learning set is the person's own; one that became a set's member is kept by that member's name.
            var registrations = await db.LearningSetRegistrants.Where(r => ids.Contains(r.PersonId)).ToListAsync(cancellationToken);
            db.RemoveRange(registrations);
            if (registrations.Count > 0)
                consequences.Add("The registrations of removed people for learning sets are withdrawn");
            // A learning set keeps its member by name, as one named outside the register would be.
            foreach (var member in await db.LearningSetMembers.Where(m => m.PersonId != null && ids.Contains(m.PersonId.Value)).ToListAsync(cancellationToken))
            {
                consequences.Add($"{member.Name} stays a member of their learning set by name, no longer linked to the register");
                member.PersonId = null;
            }
            foreach (var set in await db.LearningSets.Where(s => s.FacilitatorPersonId != null && ids.Contains(s.FacilitatorPersonId.Value)).ToListAsync(cancellationToken))
            {
                consequences.Add($"The learning set {set.Name} no longer has {people[set.FacilitatorPersonId!.Value].Name} as its facilitator");
                set.FacilitatorPersonId = null;
            }
            // A private note stays with its set under its author's name; the consequence says nothing of what it says.
            var notes = await db.LearningSetNotes.Where(n => n.AuthorPersonId != null && ids.Contains(n.AuthorPersonId.Value)).ToListAsync(cancellationToken);
            foreach (var author in notes.GroupBy(n => n.AuthorPersonId!.Value))
                consequences.Add($"{people[author.Key].Name}'s notes in learning sets stay under their name, no longer linked to the register");
            foreach (var note in notes) note.AuthorPersonId = null;
        }
        return consequences;
    }

    /// <summary>
    /// A removed person's workplace exchanges go with them: their sign-ups, and their pairs with what both partners
    /// wrote after the visits (a pair cannot stand with one person), each row through the audit trail.
    /// </summary>
    private static async Task EndExchangesAsync(GoldenThreadDbContext db, List<Guid> ids, List<string> consequences, CancellationToken cancellationToken)
    {
        var signUps = await db.ExchangeSignUps.Where(s => ids.Contains(s.PersonId)).ToListAsync(cancellationToken);
        var pairings = await db.ExchangePairings.Where(p => ids.Contains(p.PersonA) || ids.Contains(p.PersonB)).ToListAsync(cancellationToken);
        var pairingIds = pairings.Select(p => p.Id).ToList();
        var reflections = await db.ExchangeReflections.Where(r => pairingIds.Contains(r.PairingId)).ToListAsync(cancellationToken);
        var reflectionIds = reflections.Select(r => r.Id).ToList();
        db.RemoveRange(await db.ExchangeIdeas.Where(i => reflectionIds.Contains(i.ReflectionId)).ToListAsync(cancellationToken));
        db.RemoveRange(reflections);
        db.RemoveRange(pairings);
        db.RemoveRange(signUps);
        if (signUps.Count > 0 || pairings.Count > 0)
            consequences.Add("The workplace exchange sign-ups and pairs of removed people are deleted, with the pairs' reflections");
    }

    /// <summary>
    /// A removed person's mentoring goes with them: their offers and requests, and their pairs with the pairs' meetings
    /// (a pair cannot stand with one person), each row through the audit trail, which withholds the meetings' notes.
    /// </summary>
    private static async Task EndMentoringAsync(GoldenThreadDbContext db, List<Guid> ids, List<string> consequences, CancellationToken cancellationToken)
    {
        var offers = await db.MentorOffers.Where(o => ids.Contains(o.PersonId)).ToListAsync(cancellationToken);
        var requests = await db.MenteeRequests.Where(r => ids.Contains(r.PersonId)).ToListAsync(cancellationToken);
        var pairs = await db.Mentorships.Where(m => ids.Contains(m.MentorPersonId) || ids.Contains(m.MenteePersonId)).ToListAsync(cancellationToken);
        var pairIds = pairs.Select(m => m.Id).ToList();
        db.RemoveRange(await db.MentoringMeetings.Where(m => pairIds.Contains(m.MentorshipId)).ToListAsync(cancellationToken));
        db.RemoveRange(pairs);
        db.RemoveRange(offers);
        db.RemoveRange(requests);
        if (offers.Count > 0 || requests.Count > 0 || pairs.Count > 0)
            consequences.Add("The mentoring offers, requests and pairs of removed people are deleted, with the pairs' meetings");
    }

    private static async Task<Dictionary<string, string>> AccountNamesAsync(GoldenThreadDbContext db, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.DisplayName, cancellationToken);
    }
}

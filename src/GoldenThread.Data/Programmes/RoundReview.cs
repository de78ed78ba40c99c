using GoldenThread.Access;
using GoldenThread.Network;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Programmes;

/// <summary>An account holding the national reviewer role, and the register person it is (null when not linked).</summary>
public sealed record Reviewer(string AccountId, string Name, Guid? PersonId);

/// <summary>
/// A round's review as it stands: its eligible applications (<see cref="RoundEligibility"/>), the reviewers, every
/// assignment and declared conflict of the round, and the conflicts between each reviewer and each eligible application,
/// declared or computed from the register (<see cref="ReviewConflicts"/>). Reads untracked.
/// </summary>
public sealed class RoundReview
{
    private readonly Dictionary<ReviewPair, List<ReviewConflict>> conflicts;

    private RoundReview(RoundEligibility eligibility, IReadOnlyList<Reviewer> reviewers, IReadOnlyList<ReviewAssignment> assignments,
        IReadOnlyList<ConflictDeclaration> declarations, Dictionary<ReviewPair, List<ReviewConflict>> conflicts)
    {
        (Eligibility, Reviewers, Assignments, Declarations, this.conflicts) = (eligibility, reviewers, assignments, declarations, conflicts);
        Eligible = [.. eligibility.Eligible.OrderBy(e => e.Application.Reference, StringComparer.Ordinal)];
    }

    public RoundEligibility Eligibility { get; }
    public ProgrammeRound Round => Eligibility.Round;
    /// <summary>The applications to review, by reference.</summary>
    public IReadOnlyList<RoundEligibility.Entry> Eligible { get; }
    public IReadOnlyList<Reviewer> Reviewers { get; }
    public IReadOnlyList<ReviewAssignment> Assignments { get; }
    public IReadOnlyList<ConflictDeclaration> Declarations { get; }

    /// <summary>Why <paramref name="reviewerId"/> should not review the application: declared first, then computed.</summary>
    public IReadOnlyList<ReviewConflict> ConflictsOf(Guid applicationId, string reviewerId) =>
        conflicts.GetValueOrDefault(new ReviewPair(applicationId, reviewerId)) ?? [];

    public string NameOf(string reviewerId) => Reviewers.FirstOrDefault(r => r.AccountId == reviewerId)?.Name ?? "A former reviewer";

    /// <summary>
    /// What automatic assignment would add to the eligible applications: the round's assignments stay, and a pair with a
    /// conflict is never proposed (an operator's override is made by hand, with its reason).
    /// </summary>
    public AssignmentPlan PlanAutomatic() =>
        ReviewerAssignment.Plan([.. Eligible.Select(e => e.Application.Id)], [.. Reviewers.Select(r => r.AccountId)],
            Round.ReviewersPerApplication,
            [.. Assignments.Select(a => new ReviewPair(a.ApplicationId, a.ReviewerAccountId))],
            [.. conflicts.Where(c => c.Value.Count > 0).Select(c => c.Key)]);

    public static async Task<RoundReview?> LoadAsync(GoldenThreadDbContext db, Guid roundId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await RoundEligibility.EvaluateAsync(db, roundId, now, cancellationToken) is not { } eligibility) return null;
        var applicationIds = eligibility.Applications.Keys.ToList();
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => applicationIds.Contains(a.ApplicationId))
            .OrderBy(a => a.AssignedAt).ToListAsync(cancellationToken);
        var declarations = await db.ConflictDeclarations.AsNoTracking().Where(c => applicationIds.Contains(c.ApplicationId))
            .OrderBy(c => c.DeclaredAt).ToListAsync(cancellationToken);
        var reviewers = await ReviewersAsync(db, cancellationToken);
        var eligible = eligibility.Eligible.ToList();
        var personIds = reviewers.Select(r => r.PersonId).OfType<Guid>()
            .Concat(eligible.SelectMany(e => e.Application.Content.Members).Select(m => m.PersonId).OfType<Guid>());
        var register = await RegisterFactsAsync(db, personIds, cancellationToken);
        var asOf = UkDate.DateOf(now);

        var conflicts = new Dictionary<ReviewPair, List<ReviewConflict>>();
        foreach (var entry in eligible)
        foreach (var reviewer in reviewers)
        {
            var found = declarations.Where(d => d.ApplicationId == entry.Application.Id && d.ReviewerAccountId == reviewer.AccountId)
                .Select(d => ReviewConflict.Declared(d.Reason))
                .Concat(ReviewConflicts.Between(reviewer.PersonId is { } id ? register.GetValueOrDefault(id) : null, entry.SystemCode,
                    entry.Application.Content, register, asOf))
                .ToList();
            if (found.Count > 0) conflicts[new ReviewPair(entry.Application.Id, reviewer.AccountId)] = found;
        }
        return new RoundReview(eligibility, reviewers, assignments, declarations, conflicts);
    }

    /// <summary>The accounts holding the national reviewer role, by name.</summary>
    public static async Task<List<Reviewer>> ReviewersAsync(GoldenThreadDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Users.AsNoTracking()
                .Where(u => db.RoleAssignments.Any(r => r.AccountId == u.Id && r.Role == Roles.Reviewer && r.SystemId == null))
                .Select(u => new { u.Id, u.DisplayName, u.PersonId })
                .ToListAsync(cancellationToken))
            .Select(u => new Reviewer(u.Id, u.DisplayName, u.PersonId))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.AccountId, StringComparer.Ordinal)];

    /// <summary>What the conflict checks need of each person: organisation, system and seats on bodies.</summary>
    private static async Task<Dictionary<Guid, RegisterFacts>> RegisterFactsAsync(GoldenThreadDbContext db, IEnumerable<Guid> personIds,
        CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Join(db.Systems, p => p.SystemId, s => s.Id, (p, s) => new
            {
                p.Id, p.Name, s.Code, SystemName = s.Name, p.OrganisationId,
                Organisation = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var terms = (await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.PersonId))
                .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new { m.PersonId, Term = new BodyTerm(b.Id, b.Name, m.Start, m.End) })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.PersonId, t => t.Term);
        return people.ToDictionary(p => p.Id, p => new RegisterFacts(p.Id, p.Name, p.Code, p.SystemName, p.OrganisationId, p.Organisation, [.. terms[p.Id]]));
    }
}

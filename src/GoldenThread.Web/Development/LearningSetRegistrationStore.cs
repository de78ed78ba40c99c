using GoldenThread.Data;
using GoldenThread.Development;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Development;

/// <summary>
/// A registration's registrants read with the register's view of each person, as <see cref="LearningSetFormer"/> takes
/// them, and the proposal it makes stored on them.
/// </summary>
public static class LearningSetRegistrationStore
{
    /// <summary>What a request may spend searching: the greedy start usually proves a system's sets the best at once.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>The shipped weights (as the <c>form-sets</c> command uses them) and a request's time limit.</summary>
    public static LearningSetFormer Former { get; } = new(DevelopmentWeights.Default.LearningSets, TimeLimit, Math.Min(Environment.ProcessorCount, 4));

    /// <summary>A registrant with the register's view of them now: organisation, its sector, profession and seniority.</summary>
    public sealed record Registered(LearningSetRegistrant Row, string Name, Guid? OrganisationId, string? Organisation, string? Sector,
        string Profession, string Seniority);

    /// <summary>The registration's registrants, first registered first, each as the register has them now.</summary>
    public static async Task<List<Registered>> RegisteredAsync(GoldenThreadDbContext db, Guid registrationId, bool tracked, CancellationToken cancellationToken)
    {
        var rows = db.LearningSetRegistrants.Where(r => r.RegistrationId == registrationId);
        var registrants = await (tracked ? rows : rows.AsNoTracking()).OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var ids = registrants.Select(r => r.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Name, p.OrganisationId, p.Profession, p.Seniority,
                Organisation = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => new { o.Name, o.Sector }).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. registrants.Where(r => people.ContainsKey(r.PersonId)).Select(r =>
        {
            var p = people[r.PersonId];
            return new Registered(r, p.Name, p.Organisation is null ? null : p.OrganisationId, p.Organisation?.Name, p.Organisation?.Sector,
                p.Profession, p.Seniority);
        })];
    }

    /// <summary>
    /// Closes an open registration (or forms a proposed one again) from the register as it is now: each registrant's
    /// view and proposed set are stored on their row, the outcome and bound on the registration, so the proposal reads
    /// the same until it is formed again. Registrants the register gives no organisation, so no sector, are left out.
    /// The caller saves. Null, changing nothing, once the sets have been created.
    /// </summary>
    public static async Task<FormationResult?> ProposeAsync(GoldenThreadDbContext db, LearningSetRegistration registration, string systemCode,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (registration.Status == LearningSetRegistrationStatus.Formed) return null;
        return Propose(registration, await RegisteredAsync(db, registration.Id, tracked: true, cancellationToken), systemCode, Former, now);
    }

    /// <summary><see cref="ProposeAsync"/> on registrants already read (the demo's, before they are stored), by <paramref name="former"/>.</summary>
    public static FormationResult Propose(LearningSetRegistration registration, IReadOnlyList<Registered> registered, string systemCode,
        LearningSetFormer former, DateTimeOffset now)
    {
        foreach (var r in registered)
            (r.Row.OrganisationId, r.Row.Organisation, r.Row.Sector, r.Row.Profession, r.Row.Seniority, r.Row.SetNumber) =
                (r.OrganisationId, r.Organisation, r.Sector, r.Profession, r.Seniority, null);
        var formable = registered.Where(r => r.Sector is not null).ToDictionary(r => r.Row.Id.ToString("N"));
        var result = former.Form([.. formable.Select(f => Candidate(f.Value.Row, f.Value.Name, systemCode))], registration.MinSize, registration.MaxSize);
        for (var i = 0; i < result.Sets.Count; i++)
            foreach (var member in result.Sets[i].Members)
                formable[member].Row.SetNumber = i + 1;
        (registration.Status, registration.ProposedAt, registration.Outcome, registration.Bound) =
            (LearningSetRegistrationStatus.Proposed, now, formable.Count == 0 ? FormationStatus.Infeasible : result.Status, result.Bound);
        return result;
    }

    /// <summary>A registrant as the former takes them, from the register's view their row keeps (<see cref="Propose"/> stores it).</summary>
    public static Registrant Candidate(LearningSetRegistrant row, string name, string systemCode) =>
        new(row.Id.ToString("N"), name, systemCode, row.OrganisationId?.ToString("N") ?? row.Organisation ?? "", row.Sector ?? "", row.Profession ?? "",
            row.Seniority ?? "");
}

using GoldenThread.Data;
using GoldenThread.Diversity;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Diversity;

/// <summary>
/// The diversity of a group of people in one system, as safe aggregates only (<see cref="DiversityAggregates"/>):
/// everyone in the register, or the current members of the system's bodies (at one level or all).
/// </summary>
public static class DiversityReport
{
    public sealed record Population(string Code, string Label);

    public static readonly IReadOnlyList<Population> Populations =
    [
        new("register", "Everyone in the register"),
        new("members", "Current members of any body"),
        new("system", "Current members of system-level bodies"),
        new("place", "Current members of place-level bodies"),
        new("neighbourhood", "Current members of neighbourhood-level bodies"),
    ];

    public sealed record Report(Population Population, int People, DiversityAggregates.Summary Summary);

    public static Population? Find(string? code) => Populations.FirstOrDefault(p => p.Code == (code ?? "register"));

    public static async Task<Report> ReadAsync(GoldenThreadDbContext db, Guid systemId, Population population, DateOnly today, CancellationToken cancellationToken)
    {
        var people = db.People.Where(p => p.SystemId == systemId);
        if (population.Code != "register")
        {
            var level = population.Code == "members" ? null : population.Code;
            var seated = db.Memberships
                .Where(m => m.SystemId == systemId && m.Start <= today && (m.End == null || m.End >= today))
                .Where(m => level == null || db.Bodies.Any(b => b.Id == m.BodyId && b.Level == level))
                .Select(m => m.PersonId);
            people = people.Where(p => seated.Contains(p.Id));
        }
        var count = await people.CountAsync(cancellationToken);
        var records = await db.DiversityRecords.AsNoTracking()
            .Where(d => d.SystemId == systemId && people.Any(p => p.Id == d.PersonId))
            .ToListAsync(cancellationToken);
        return new Report(population, count, DiversityAggregates.Summarise(records, DiversityVocabulary.Default));
    }
}

using GoldenThread.Data.Network;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Network;

/// <summary>What a system's home shows: who it is and the size of its leadership network.</summary>
public sealed record SystemSummary(
    string Code, string Name, string Region, int Population, IReadOnlyList<string> PriorityAreas,
    int Places, int Neighbourhoods, int Organisations, int People, int Bodies, int Posts, int VacantPosts)
{
    /// <summary>Summaries of the given systems, in name order; rows of other systems are hidden by the scope filter anyway.</summary>
    public static async Task<List<SystemSummary>> ReadAsync(GoldenThreadDbContext db, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var upper = codes.Select(SystemCodes.Normalise).ToArray();
        return await db.Systems.AsNoTracking()
            .Where(s => upper.Contains(s.Code))
            .OrderBy(s => s.Name)
            .Select(s => new SystemSummary(s.Code, s.Name, s.Region, s.Population, s.PriorityAreas,
                db.Places.Count(p => p.SystemId == s.Id),
                db.Neighbourhoods.Count(n => n.SystemId == s.Id),
                db.Organisations.Count(o => o.SystemId == s.Id),
                db.People.Count(p => p.SystemId == s.Id),
                db.Bodies.Count(b => b.SystemId == s.Id),
                db.Posts.Count(p => p.SystemId == s.Id),
                db.Posts.Count(p => p.SystemId == s.Id && p.HolderPersonId == null)))
            .ToListAsync(cancellationToken);
    }

    public static async Task<SystemSummary?> ReadAsync(GoldenThreadDbContext db, string code, CancellationToken cancellationToken) =>
        (await ReadAsync(db, [code], cancellationToken)).SingleOrDefault();
}

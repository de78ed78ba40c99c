using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Shell;

/// <summary>The system's own rows as options of a select: places, neighbourhoods, organisations, people and bodies, by name.</summary>
/// <remarks>Ids become text here, not in SQL: SQLite would spell them in capitals, and forms send them back in lower case.</remarks>
public static class RegisterChoices
{
    private sealed record Row(Guid Id, string Name, string? Group = null);

    private static async Task<IReadOnlyList<Choice>> ToChoicesAsync(IQueryable<Row> rows, CancellationToken cancellationToken) =>
        [.. (await rows.ToListAsync(cancellationToken)).Select(r => new Choice(r.Id.ToString(), r.Name, r.Group))];

    public static Task<IReadOnlyList<Choice>> PlacesAsync(GoldenThreadDbContext db, Guid systemId, CancellationToken cancellationToken) =>
        ToChoicesAsync(db.Places.AsNoTracking().Where(p => p.SystemId == systemId).OrderBy(p => p.Name).Select(p => new Row(p.Id, p.Name, null)), cancellationToken);

    /// <summary>Grouped by place, so a select shows one optgroup per place.</summary>
    public static Task<IReadOnlyList<Choice>> NeighbourhoodsAsync(GoldenThreadDbContext db, Guid systemId, CancellationToken cancellationToken) =>
        ToChoicesAsync(db.Neighbourhoods.AsNoTracking().Where(n => n.SystemId == systemId)
            .Join(db.Places, n => n.PlaceId, p => p.Id, (n, p) => new { n.Id, n.Name, Place = p.Name })
            .OrderBy(n => n.Place).ThenBy(n => n.Name).Select(n => new Row(n.Id, n.Name, n.Place)), cancellationToken);

    public static Task<IReadOnlyList<Choice>> OrganisationsAsync(GoldenThreadDbContext db, Guid systemId, CancellationToken cancellationToken) =>
        ToChoicesAsync(db.Organisations.AsNoTracking().Where(o => o.SystemId == systemId).OrderBy(o => o.Name).Select(o => new Row(o.Id, o.Name, null)), cancellationToken);

    public static Task<IReadOnlyList<Choice>> PeopleAsync(GoldenThreadDbContext db, Guid systemId, CancellationToken cancellationToken) =>
        ToChoicesAsync(db.People.AsNoTracking().Where(p => p.SystemId == systemId).OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => new Row(p.Id, p.Name, null)), cancellationToken);

    public static Task<IReadOnlyList<Choice>> BodiesAsync(GoldenThreadDbContext db, Guid systemId, Guid? except, CancellationToken cancellationToken) =>
        ToChoicesAsync(db.Bodies.AsNoTracking().Where(b => b.SystemId == systemId && b.Id != except).OrderBy(b => b.Name).ThenBy(b => b.Id)
            .Select(b => new Row(b.Id, b.Name, null)), cancellationToken);
}

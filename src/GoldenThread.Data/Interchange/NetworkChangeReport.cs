using System.Globalization;
using System.Text.Json;
using GoldenThread.Interchange;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GoldenThread.Data.Interchange;

/// <summary>Describes a staged import from the change tracker, so the description is what will be written.</summary>
internal static class NetworkChangeReport
{
    private sealed record Kind(string Name, Type Row);

    private static readonly Kind[] Kinds =
    [
        new("System", typeof(IntegratedCareSystem)), new("Places", typeof(Place)), new("Neighbourhoods", typeof(Neighbourhood)),
        new("Organisations", typeof(Organisation)), new("People", typeof(Person)), new("Bodies", typeof(Body)),
        new("Feeds into", typeof(BodyFeed)), new("Memberships", typeof(Membership)), new("Posts", typeof(Post)),
        new("Successors", typeof(PostSuccessor)),
    ];

    public static NetworkChanges Describe(GoldenThreadDbContext db, NetworkEntities rows, string? before, IReadOnlyList<string> consequences)
    {
        var names = new Names(db);
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IntegratedCareSystem or ISystemScoped)
            .GroupBy(e => e.Metadata.ClrType)
            .ToDictionary(g => g.Key, g => g.ToList());
        var kinds = Kinds.Select(kind =>
        {
            var of = entries.GetValueOrDefault(kind.Row) ?? [];
            return new KindChanges(kind.Name,
                [.. of.Where(e => e.State == EntityState.Added).Select(e => names.Of(e.Entity))],
                [.. of.Where(e => e.State == EntityState.Modified).Select(e => new ChangedRow(names.Of(e.Entity), ChangedFields(e)))],
                [.. of.Where(e => e.State == EntityState.Deleted).Select(e => names.Of(e.Entity))],
                of.Count(e => e.State == EntityState.Unchanged));
        }).ToList();
        return new NetworkChanges(rows.System.Code, before is null, kinds, consequences)
            { Before = before, After = NetworkFile.Fingerprint(NetworkExport.Document(rows)) };
    }

    private static List<string> ChangedFields(EntityEntry entry) =>
        [.. entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !p.Metadata.IsConcurrencyToken)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name))];

    /// <summary>How a row is named to a reader: a person by name, a membership by person, body and start.</summary>
    private sealed class Names(GoldenThreadDbContext db)
    {
        private readonly Dictionary<Guid, string> people = db.ChangeTracker.Entries<Person>().ToDictionary(e => e.Entity.Id, e => e.Entity.Name);
        private readonly Dictionary<Guid, string> bodies = db.ChangeTracker.Entries<Body>().ToDictionary(e => e.Entity.Id, e => e.Entity.Name);
        private readonly Dictionary<Guid, string> posts = db.ChangeTracker.Entries<Post>().ToDictionary(e => e.Entity.Id, e => e.Entity.Title);

        public string Of(object row) => row switch
        {
            IntegratedCareSystem s => $"{s.Name} ({s.Code})",
            Place p => p.Name,
            Neighbourhood n => n.Name,
            Organisation o => o.OdsCode is null ? o.Name : $"{o.Name} ({o.OdsCode})",
            Person p => p.Name,
            Body b => b.Name,
            BodyFeed f => $"{bodies[f.BodyId]} feeds into {bodies[f.FeedsIntoBodyId]}",
            Membership m => $"{people[m.PersonId]} on {bodies[m.BodyId]} from {m.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            Post p => p.Title,
            PostSuccessor s => $"{people[s.PersonId]} to succeed as {posts[s.PostId]}",
            _ => row.ToString() ?? "",
        };
    }
}

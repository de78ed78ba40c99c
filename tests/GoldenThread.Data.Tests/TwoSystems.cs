using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data;

/// <summary>A migrated store holding two small systems, QAA and QBB, for tests of what one system may see of another.</summary>
public static class TwoSystems
{
    public static async Task<(TestDatabase Database, NetworkEntities A, NetworkEntities B)> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var a = NetworkEntities.From(TinyNetwork.Document("QAA", "NHS Alpha ICB"));
        var b = NetworkEntities.From(TinyNetwork.Document("QBB", "NHS Beta ICB"));
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        await db.Database.MigrateAsync();
        db.AddRange(a.AllRows());
        db.AddRange(b.AllRows());
        await db.SaveChangesAsync();
        return (database, a, b);
    }
}

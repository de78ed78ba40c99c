using GoldenThread.Data.Access;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data;

public class MigrationsTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndMatchesTheModel(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changed since the last migration: add one");
    }
}

using GoldenThread.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GoldenThread.Data;

/// <summary>The embedded store: one SQLite file under <c>./data/</c>, nothing to install.</summary>
public sealed class SqliteGoldenThreadDbContext(DbContextOptions<SqliteGoldenThreadDbContext> options, ISystemScopeSource scope)
    : GoldenThreadDbContext(options, scope)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset or decimal values; store them as sortable numbers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGoldenThreadDbContext>
{
    public SqliteGoldenThreadDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGoldenThreadDbContext>().UseSqlite("Data Source=design.db").Options,
            SystemScope.Unrestricted);
}

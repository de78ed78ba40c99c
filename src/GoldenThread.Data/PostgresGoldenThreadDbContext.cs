using GoldenThread.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GoldenThread.Data;

/// <summary>The production store: PostgreSQL through Npgsql.</summary>
public sealed class PostgresGoldenThreadDbContext(DbContextOptions<PostgresGoldenThreadDbContext> options, ISystemScopeSource scope)
    : GoldenThreadDbContext(options, scope);

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGoldenThreadDbContext>
{
    public PostgresGoldenThreadDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGoldenThreadDbContext>().UseNpgsql("Host=localhost;Database=design").Options,
            SystemScope.Unrestricted);
}

using GoldenThread.Data;
using Npgsql;

namespace GoldenThread.Testing;

/// <summary>
/// A throwaway database for one test class: a SQLite file in the temp folder, or a fresh database on the
/// PostgreSQL cluster that <c>./test.sh</c> starts (<c>GOLDENTHREAD_TEST_POSTGRES</c>). Never skipped:
/// without the cluster a PostgreSQL test fails and says how to get one.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "GOLDENTHREAD_TEST_POSTGRES";

    private readonly string? postgresAdmin;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresAdmin)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.postgresAdmin = postgresAdmin;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public DatabaseSettings Settings => new(Provider, ConnectionString);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"goldenthread-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={path};Pooling=false", null);
        }
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
            throw new InvalidOperationException($"{PostgresVariable} is not set: run ./test.sh, which starts a throwaway PostgreSQL cluster.");
        var name = $"gt_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, IncludeErrorDetail = true }.ConnectionString;
        return new TestDatabase(provider, connectionString, admin);
    }

    public static Task<TestDatabase> CreateAsync(string provider) =>
        CreateAsync(Enum.Parse<DatabaseProvider>(provider, ignoreCase: true));

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var connection = new NpgsqlConnection(postgresAdmin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
        // FORCE cannot end a superuser's backend, such as an autovacuum worker that has just started on the new
        // database (42501); it is gone within moments, so the drop is tried again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }
}

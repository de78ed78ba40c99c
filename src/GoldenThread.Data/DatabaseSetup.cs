using GoldenThread.Data.Access;
using GoldenThread.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Data;

/// <summary>Which store to use, read from configuration: PostgreSQL when a <c>Host=</c> string or a database URL is given, else SQLite.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=data/goldenthread.db";

    /// <summary>
    /// Reads the store from configuration; a relative SQLite path is taken from <paramref name="contentRoot"/>
    /// (the web app's folder), so the file is the same whichever folder the app was started from.
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration, string? contentRoot = null)
    {
        var settings = Read(configuration);
        if (settings.Provider != DatabaseProvider.Sqlite || contentRoot is null) return settings;
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString);
        if (builder.DataSource is ":memory:" || Path.IsPathRooted(builder.DataSource)) return settings;
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        return settings with { ConnectionString = builder.ConnectionString };
    }

    private static DatabaseSettings Read(IConfiguration configuration)
    {
        var url = configuration["GOLDENTHREAD_DATABASE_URL"];
        if (!string.IsNullOrWhiteSpace(url)) return new(DatabaseProvider.Postgres, FromUrl(url));
        var connection = configuration.GetConnectionString("GoldenThread");
        if (string.IsNullOrWhiteSpace(connection)) return new(DatabaseProvider.Sqlite, DefaultSqlite);
        return connection.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new(DatabaseProvider.Postgres, connection)
            : new(DatabaseProvider.Sqlite, connection);
    }

    /// <summary>Turns <c>postgres://user:pass@host:port/db</c> into an Npgsql connection string.</summary>
    public static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
            throw new FormatException("GOLDENTHREAD_DATABASE_URL must look like postgres://user:password@host:5432/database");
        var user = uri.UserInfo.Split(':', 2);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(user[0]),
        };
        if (user.Length > 1) builder.Password = Uri.UnescapeDataString(user[1]);
        return builder.ConnectionString;
    }
}

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    /// <summary>
    /// Registers <see cref="GoldenThreadDbContext"/> for the configured provider, with the audit interceptor.
    /// The caller registers <see cref="ISystemScopeSource"/>, <see cref="ICurrentActor"/> and <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddGoldenThreadData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddScoped<AuditInterceptor>();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresGoldenThreadDbContext>((sp, o) =>
                o.UseNpgsql(settings.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<GoldenThreadDbContext>(sp => sp.GetRequiredService<PostgresGoldenThreadDbContext>());
        }
        else
        {
            EnsureSqliteFolder(settings.ConnectionString);
            services.AddDbContext<SqliteGoldenThreadDbContext>((sp, o) =>
                o.UseSqlite(settings.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<GoldenThreadDbContext>(sp => sp.GetRequiredService<SqliteGoldenThreadDbContext>());
        }
        return services;
    }

    /// <summary>A context outside dependency injection (command line, tests), auditing as <paramref name="actor"/>.</summary>
    public static GoldenThreadDbContext Open(DatabaseSettings settings, ISystemScopeSource scope, ICurrentActor actor, TimeProvider time)
    {
        var audit = new AuditInterceptor(actor, time);
        if (settings.Provider == DatabaseProvider.Postgres)
            return new PostgresGoldenThreadDbContext(new DbContextOptionsBuilder<PostgresGoldenThreadDbContext>()
                .UseNpgsql(settings.ConnectionString).AddInterceptors(audit).Options, scope);
        EnsureSqliteFolder(settings.ConnectionString);
        return new SqliteGoldenThreadDbContext(new DbContextOptionsBuilder<SqliteGoldenThreadDbContext>()
            .UseSqlite(settings.ConnectionString).AddInterceptors(audit).Options, scope);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}

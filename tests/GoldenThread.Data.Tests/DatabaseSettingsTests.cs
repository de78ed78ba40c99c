using Microsoft.Extensions.Configuration;

namespace GoldenThread.Data;

public class DatabaseSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public void From_Nothing_IsSqliteUnderTheContentRootsDataFolder()
    {
        var settings = DatabaseSettings.From(Config(), "/srv/app");

        Assert.Equal(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=/srv/app/data/goldenthread.db"), settings);
    }

    [Fact]
    public void From_HostConnectionString_IsPostgres()
    {
        var settings = DatabaseSettings.From(Config(("ConnectionStrings:GoldenThread", "Host=db;Database=gt;Username=u")), "/srv/app");

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal("Host=db;Database=gt;Username=u", settings.ConnectionString);
    }

    [Fact]
    public void From_DatabaseUrl_WinsAndIsTranslated()
    {
        var settings = DatabaseSettings.From(Config(
            ("ConnectionStrings:GoldenThread", "Data Source=x.db"),
            ("GOLDENTHREAD_DATABASE_URL", "postgres://gold%40en:p%3Ass@db.example:6543/thread")));

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(("db.example", 6543, "thread", "gold@en", "p:ss"), (npgsql.Host, npgsql.Port, npgsql.Database, npgsql.Username, npgsql.Password));
    }

    [Fact]
    public void From_AbsoluteSqlitePath_IsKept()
    {
        var settings = DatabaseSettings.From(Config(("ConnectionStrings:GoldenThread", "Data Source=/var/lib/gt.db")), "/srv/app");

        Assert.Equal("Data Source=/var/lib/gt.db", settings.ConnectionString);
    }

    [Theory]
    [InlineData("mysql://u@h/db")]
    [InlineData("not a url")]
    public void FromUrl_NotPostgres_SaysWhatItShouldLookLike(string url)
    {
        var error = Assert.Throws<FormatException>(() => DatabaseSettings.FromUrl(url));

        Assert.Contains("postgres://", error.Message);
    }
}

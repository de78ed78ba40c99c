using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Access;

public class AccountsCommandTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("sqlite");
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        await db.Database.MigrateAsync();
        db.AddRange(NetworkEntities.From(TinyNetwork.Document("QAA")).AllRows());
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<CliRun> Add(params string[] more) =>
        CliRun.Of(["accounts", "add", "--database", database.ConnectionString, "--email", "first.admin@example.org", "--name", "First Admin", .. more]);

    [Fact]
    public async Task Add_SystemAdmin_CreatesAccountWithRoleAndPrintsPasswordOnce()
    {
        var run = await Add("--role", "system-admin", "--system", "qaa");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("Created first.admin@example.org as system-admin of QAA. Password \\(shown once\\): [A-Za-z0-9]{20}", run.Out.Trim());
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        var account = await db.Users.SingleAsync(u => u.Email == "first.admin@example.org");
        var role = await db.RoleAssignments.SingleAsync(r => r.AccountId == account.Id);
        Assert.Equal(("First Admin", "system-admin", false), (account.DisplayName, role.Role, account.IsDemo));
        Assert.Equal(await db.Systems.Select(s => s.Id).SingleAsync(), role.SystemId);
        Assert.Contains(await db.AuditEntries.IgnoreQueryFilters().Select(e => e.Entity).ToListAsync(), e => e == "RoleAssignment");
    }

    [Theory]
    [InlineData("--system: no system has the code QZZ", "--role", "leadership-team", "--system", "QZZ")]
    [InlineData("--system: leadership-team needs the system's code", "--role", "leadership-team")]
    [InlineData("--system: reviewer is a national role and belongs to no system", "--role", "reviewer", "--system", "QAA")]
    [InlineData("--body: give a body exactly when the role is body-secretary", "--role", "body-secretary", "--system", "QAA")]
    public async Task Add_BadInput_ExitsTwoNamingTheOptionAndCreatesNothing(string message, params string[] more)
    {
        var run = await Add(more);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([message], run.ErrorLines.Select(l => l.TrimEnd('\r')));
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task Add_UnknownRole_ExitsTwoWithOneLine()
    {
        var run = await Add("--role", "overlord");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("overlord", run.Error);
    }

    [Fact]
    public async Task Add_SameEmailTwice_ExitsTwo()
    {
        Assert.Equal(0, (await Add("--role", "reviewer")).ExitCode);

        var again = await Add("--role", "reviewer");

        Assert.Equal(2, again.ExitCode);
        Assert.StartsWith("--email:", again.Error);
    }
}

using GoldenThread.Data.Network;
using System.CommandLine;
using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Cli.Access;

/// <summary>
/// <c>goldenthread accounts add</c>: creates a local account with a role, for the first system admin of a
/// deployment (demo accounts exist only in demo mode). The generated password is printed once.
/// </summary>
public static class AccountsCommand
{
    public static Command Create(CliContext cli)
    {
        var email = new Option<string>("--email") { Description = "The account's email address, used to sign in", Required = true };
        var name = new Option<string>("--name") { Description = "The name shown in the app and the audit log", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var system = new Option<string?>("--system") { Description = "The system's ODS code, for a system role" };
        var body = new Option<Guid?>("--body") { Description = "The body's id, for a body secretary" };

        var add = new Command("add", "Create an account with one role and print its password") { email, name, role, system, body };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var request = new NewAccount(parse.GetValue(email)!, parse.GetValue(name)!, parse.GetValue(role)!, parse.GetValue(system), parse.GetValue(body));
            await using var db = DatabaseSetup.Open(cli.Database(parse), SystemScope.Unrestricted, new SystemActor("goldenthread accounts add"), cli.Time);
            var password = await AddAsync(db, request, cancellationToken);
            await cli.Out.WriteLineAsync($"Created {request.Email} as {request.Role}{(request.SystemCode is null ? "" : " of " + request.SystemCode.ToUpperInvariant())}. Password (shown once): {password}");
            return 0;
        });
        return new Command("accounts", "Manage sign-in accounts") { add };
    }

    public sealed record NewAccount(string Email, string Name, string Role, string? SystemCode, Guid? BodyId);

    internal static async Task<string> AddAsync(GoldenThreadDbContext db, NewAccount request, CancellationToken cancellationToken)
    {
        var national = Roles.IsNational(request.Role);
        if (national && request.SystemCode is not null) throw new CliInputException($"--system: {request.Role} is a national role and belongs to no system");
        if (!national && string.IsNullOrWhiteSpace(request.SystemCode)) throw new CliInputException($"--system: {request.Role} needs the system's code");
        if ((request.Role == Roles.BodySecretary) != (request.BodyId is not null)) throw new CliInputException("--body: give a body exactly when the role is body-secretary");

        Guid? systemId = null;
        if (!national)
        {
            var code = SystemCodes.Normalise(request.SystemCode!);
            systemId = await db.Systems.IdOfAsync(code, cancellationToken)
                       ?? throw new CliInputException($"--system: no system has the code {code}");
            if (request.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId && b.SystemId == systemId, cancellationToken))
                throw new CliInputException($"--body: no body {bodyId} in system {code}");
        }

        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(db)
            .AddIdentityCore<Account>(AccountRules.Apply).AddEntityFrameworkStores<GoldenThreadDbContext>().Services
            .BuildServiceProvider();
        var users = services.GetRequiredService<UserManager<Account>>();
        var password = OneTimePasswords.New();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = new Account { UserName = request.Email, Email = request.Email, EmailConfirmed = true, DisplayName = request.Name };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded) throw new CliInputException("--email: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        db.RoleAssignments.Add(new RoleAssignment { AccountId = account.Id, Role = request.Role, SystemId = systemId, BodyId = request.BodyId });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return password;
    }
}

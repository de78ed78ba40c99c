using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Demo;

/// <summary>
/// Seeds the fictional demo system, the national programme's demo rounds and one account per role, once, when the app
/// runs in demo mode.
/// The accounts are flagged as demo accounts, so they cannot sign in when demo mode is off.
/// </summary>
public sealed class DemoSeeder(GoldenThreadDbContext db, UserManager<Account> users, TimeProvider time, ILogger<DemoSeeder> logger)
{
    public const string Password = "Demo-password-2026";

    /// <summary>A demo account; <paramref name="PersonName"/> is the name of the register person it is linked to, when it is.</summary>
    public sealed record DemoAccount(string Email, string DisplayName, string Role, string Explains, string? PersonName = null);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@goldenthread.example", "Sam Okafor (system admin)", Roles.SystemAdmin, "everything in the demo system, including accounts and roles"),
        new("leader@goldenthread.example", "Dr Priya Raman (leadership team)", Roles.LeadershipTeam, "the network, representation, self-assessment, measures and the audit log",
            "Priya Raman"),
        new("secretary@goldenthread.example", "Tom Hughes (body secretary)", Roles.BodySecretary, "the members, decisions and concerns of one body"),
        new("professional@goldenthread.example", "Grace Mensah (professional)", Roles.Professional, "their own profile and development activities", "Grace Mensah"),
        new("operator@goldenthread.example", "Alex Byrne (programme operator)", Roles.ProgrammeOperator, "programme rounds across systems (national)"),
        new("reviewer@goldenthread.example", "Morgan Ellis (reviewer)", Roles.Reviewer, "applications assigned for review (national)", "Morgan Ellis"),
        .. DemoReviews.MoreReviewers,
    ];

    /// <summary>Seeds the demo once; what it seeded of the national programme (null when the demo was there already),
    /// for demo parts that build on it.</summary>
    public async Task<DemoProgramme.Seeded?> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Systems.AnyAsync(s => s.Code == DemoNetwork.SystemCode, cancellationToken)) return null;

        var document = Document();
        if (NetworkValidator.Validate(document, Vocabularies.Default) is [var first, ..])
            throw new InvalidOperationException($"The demo network is not a valid network file: {first}");
        var network = NetworkEntities.From(document);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(network.AllRows());
        db.AddRange(DemoDiversity.For(network.People, time.GetUtcNow()));
        db.AddRange(DemoMeasures.For(network, time.GetUtcNow()));
        db.AddRange(DemoFrameworks.For(network, db.Measures.Local, time.GetUtcNow()));
        db.AddRange(DemoMentoring.For(network, time.GetUtcNow()));
        var programme = DemoProgramme.For(network, time.GetUtcNow());
        db.AddRange(programme.AllRows());
        db.AddRange(DemoSelection.For(network.System, network.People, network.Organisations, time.GetUtcNow()));
        db.AddRange(DemoExchanges.For(network, time.GetUtcNow()));
        db.AddRange(DemoLearningSets.For([.. db.LearningSets.Local], [.. db.LearningSetMembers.Local], network.People, DemoFrameworks.LeaderPerson(network),
            UkTime.Today(time)));
        var inSets = db.LearningSetMembers.Local.Select(m => m.PersonId).Concat(db.LearningSets.Local.Select(s => s.FacilitatorPersonId)).OfType<Guid>().ToHashSet();
        db.AddRange(DemoLearningSetRegistrations.For(network, inSets, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var demo in Accounts)
            await CreateAccount(demo, network, cancellationToken);
        var programmeOperator = await users.FindByEmailAsync(Accounts.First(a => a.Role == Roles.ProgrammeOperator).Email)
                                ?? throw new InvalidOperationException("The demo programme operator was not created");
        await DemoReviews.SeedAsync(db, programme.ClosedRound.Id, programmeOperator.Id, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded demo system {Code} with {People} people and {Bodies} bodies, and the programme rounds {Open} and {Closed}",
            network.System.Code, network.People.Count, network.Bodies.Count, programme.OpenRound.Name, programme.ClosedRound.Name);
        return programme;
    }

    private async Task CreateAccount(DemoAccount demo, NetworkEntities network, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(demo.Email);
        if (account is null)
        {
            account = new Account
            {
                UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName, IsDemo = true,
                PersonId = LinkedPerson(demo, network)?.Id,
            };
            var created = await users.CreateAsync(account, Password);
            if (!created.Succeeded)
                throw new InvalidOperationException("Demo account not created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        db.RoleAssignments.Add(new RoleAssignment
        {
            AccountId = account.Id,
            Role = demo.Role,
            SystemId = Roles.IsNational(demo.Role) ? null : network.System.Id,
            BodyId = demo.Role == Roles.BodySecretary ? network.Bodies.First(b => b.Kind == "clinical-cabinet").Id : null,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The demo's network file: the generated network, in which the register people the demo accounts are linked to carry
    /// the accounts' names and addresses, so "my profile" is the person the header names and the file matches the register.
    /// </summary>
    public static NetworkDocument Document()
    {
        var document = DemoNetwork.Build();
        var network = NetworkEntities.From(document);
        var people = document.People.ToList();
        foreach (var demo in Accounts)
        {
            if (LinkedPerson(demo, network) is not { } person || demo.PersonName is not { } name) continue;
            // Their generated name and address together are one person's in the demo.
            var at = people.FindIndex(p => p.Name == person.Name && p.Email == person.Email);
            if (at < 0) throw new InvalidOperationException($"The demo account {demo.Email} has no person to be linked to");
            var space = name.IndexOf(' ');
            people[at] = people[at] with
            {
                Name = name, Email = people[at].Email is { } email ? DemoNetwork.Email(name[..space], name[(space + 1)..], email[(email.IndexOf('@') + 1)..]) : null,
            };
        }
        return document with { People = people };
    }

    private static Person? LinkedPerson(DemoAccount demo, NetworkEntities network) =>
        demo.Role == Roles.Professional ? network.People[0]
        : demo.Email == DemoReviews.LinkedReviewer ? DemoReviews.ReviewerPerson(network)
        : demo.Email == DemoFrameworks.Leader ? DemoFrameworks.LeaderPerson(network) : null;
}

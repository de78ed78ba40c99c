using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Access;

/// <summary>The system admin's view of who holds which role in the system: give a role (to an existing account or a new one) and take one away.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class AccountsModel(GoldenThreadDbContext db, UserManager<Data.Access.Account> users) : GoldenThreadPage
{
    public static readonly IReadOnlyList<string> GrantableRoles = [Roles.SystemAdmin, Roles.LeadershipTeam, Roles.BodySecretary, Roles.Professional];

    public sealed record Holder(string AccountId, string Name, string? Email, IReadOnlyList<(Guid Id, string Role, string? Body)> Roles, string? Person = null);

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public Guid? BodyId { get; set; }
    /// <summary>The account to link to <see cref="PersonId"/>, a person of the register (none: unlink).</summary>
    [BindProperty] public string? LinkAccountId { get; set; }
    [BindProperty] public Guid? PersonId { get; set; }

    public string SystemName { get; private set; } = "";
    public IReadOnlyList<Holder> Holders { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Bodies { get; private set; } = [];
    public IReadOnlyList<Choice> People { get; private set; } = [];
    /// <summary>Set once, in the response that created an account: its password is shown nowhere else.</summary>
    public (string Email, string Password)? Created { get; private set; }
    public string? Done { get; private set; }

    private Guid systemId;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email)) this.AddError(nameof(Email), "Enter an email address");
        else if (email.Length > 256) this.AddError(nameof(Email), "Email address must be 256 characters or fewer");
        else if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
            this.AddError(nameof(Email), "Enter an email address in the correct format, like name@example.org");
        if (Role is null || !GrantableRoles.Contains(Role)) this.AddError(nameof(Role), "Select a role");
        if (Role == Roles.BodySecretary && (BodyId is null || Bodies.All(b => b.Id != BodyId)))
            this.AddError(nameof(BodyId), "Select the body they are secretary of");
        var account = email is null ? null : await users.FindByEmailAsync(email);
        if (account is null && string.IsNullOrWhiteSpace(Name) && ModelState.IsValid)
            this.AddError(nameof(Name), "Enter their name: no account has this email address yet");
        if (Name?.Trim().Length > 200) this.AddError(nameof(Name), "Full name must be 200 characters or fewer");
        // An account that holds no role here may belong to someone else's system, or have been made by an admin
        // elsewhere who knows its first password: only the deployment's administrator links it (goldenthread accounts add).
        if (account is not null && ModelState.IsValid
            && !await db.RoleAssignments.AnyAsync(r => r.AccountId == account.Id && r.SystemId == systemId, cancellationToken))
            this.AddError(nameof(Email), "An account with this email address is not part of this system. Ask your GoldenThread administrator to add it");
        if (!ModelState.IsValid) return Page();

        var bodyId = Role == Roles.BodySecretary ? BodyId : null;
        if (account is not null && await db.RoleAssignments.AnyAsync(r => r.AccountId == account.Id && r.Role == Role && r.SystemId == systemId && r.BodyId == bodyId, cancellationToken))
        {
            this.AddError(nameof(Role), $"{account.DisplayName} already holds this role");
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (account is null)
        {
            var password = OneTimePasswords.New();
            account = new Data.Access.Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Name!.Trim() };
            var created = await users.CreateAsync(account, password);
            if (!created.Succeeded)
            {
                this.AddError(nameof(Email), string.Join(" ", created.Errors.Select(e => e.Description)));
                return Page();
            }
            Created = (email!, password);
        }
        db.RoleAssignments.Add(new RoleAssignment { AccountId = account.Id, Role = Role!, SystemId = systemId, BodyId = bodyId });
        await db.SaveChangesAsync(cancellationToken);
        await users.UpdateSecurityStampAsync(account); // their sessions pick up the new role at next sign-in
        await transaction.CommitAsync(cancellationToken);

        Done = $"{account.DisplayName} is now {RoleNames.Describe(Role!).ToLowerInvariant()}";
        (Email, Name, Role, BodyId) = (null, null, null, null);
        ModelState.Clear();
        await LoadAsync(code, cancellationToken);
        return Page();
    }

    /// <summary>A form post naming no handler this page has.</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostRevokeAsync(string code, Guid assignmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(r => r.Id == assignmentId && r.SystemId == systemId, cancellationToken);
        if (assignment is null) return NotFound();
        if (assignment.AccountId == users.GetUserId(User) && assignment.Role == Roles.SystemAdmin)
        {
            this.AddError("", "You cannot remove your own system admin role: ask another system admin");
            return Page();
        }
        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(cancellationToken);
        var account = await users.FindByIdAsync(assignment.AccountId);
        if (account is not null) await users.UpdateSecurityStampAsync(account); // ends their sessions with the old role
        Done = $"{account?.DisplayName} is no longer {RoleNames.Describe(assignment.Role).ToLowerInvariant()}";
        await LoadAsync(code, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Links an account with a role here to the register person it belongs to (their own profile, and rating an
    /// assessment they are invited to), or unlinks it; a person is linked to one account at most. Audited as a change of the account.
    /// </summary>
    public async Task<IActionResult> OnPostLinkAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        var holder = Holders.FirstOrDefault(h => h.AccountId == LinkAccountId);
        if (holder is null) this.AddError(nameof(LinkAccountId), "Select an account with a role in this system");
        // An account has one register person; when it is someone of another system, only that system may change it.
        else if (await db.Users.Where(u => u.Id == holder.AccountId).Select(u => u.PersonId).SingleAsync(cancellationToken) is { } linked
                 && People.All(p => p.Value != linked.ToString()))
            this.AddError(nameof(LinkAccountId), "This account is linked to someone in another system's register, so only that system's admin can change its link");
        if (PersonId is { } chosen && People.All(p => p.Value != chosen.ToString())) this.AddError(nameof(PersonId), "Select a person of this system");
        else if (PersonId is { } person && await db.Users.Where(u => u.PersonId == person && u.Id != LinkAccountId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) is { } other)
            this.AddError(nameof(PersonId), $"This person is already linked to {other}'s account");
        if (!ModelState.IsValid) return Page();
        var account = (await users.FindByIdAsync(holder!.AccountId))!;
        account.PersonId = PersonId;
        await users.UpdateAsync(account); // saves through the context, so the audit trail records the change
        await users.UpdateSecurityStampAsync(account); // their sessions pick up the link at next sign-in
        var personName = People.FirstOrDefault(p => p.Value == PersonId?.ToString())?.Text;
        Done = personName is null ? $"{account.DisplayName}’s account is linked to no one in the register" : $"{account.DisplayName}’s account is linked to {personName} in the register";
        (LinkAccountId, PersonId) = (null, null);
        ModelState.Clear();
        await LoadAsync(code, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Accounts and roles", cancellationToken) is not { } system) return false;
        (systemId, SystemName) = (system.Id, system.Name);
        Bodies = (await db.Bodies.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken))
            .Select(b => (b.Id, b.Name)).ToList();
        var rows = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.SystemId == system.Id)
            .Join(db.Users, r => r.AccountId, a => a.Id, (r, a) => new { r.Id, r.Role, r.BodyId, AccountId = a.Id, a.DisplayName, a.Email, a.PersonId })
            .ToListAsync(cancellationToken);
        People = await RegisterChoices.PeopleAsync(db, system.Id, cancellationToken);
        var personNames = People.ToDictionary(p => p.Value, p => p.Text);
        var bodyNames = Bodies.ToDictionary(b => b.Id, b => b.Name);
        Holders = rows.GroupBy(r => r.AccountId)
            .Select(g => new Holder(g.Key, g.First().DisplayName, g.First().Email,
                [.. g.OrderBy(r => GrantableRoles.ToList().IndexOf(r.Role))
                    .Select(r => (r.Id, r.Role, r.BodyId is { } body && bodyNames.TryGetValue(body, out var name) ? name : null))],
                g.First().PersonId is { } person && personNames.TryGetValue(person.ToString(), out var personName) ? personName : null))
            .OrderBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return true;
    }
}

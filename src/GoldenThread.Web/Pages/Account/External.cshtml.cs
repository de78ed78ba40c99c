using GoldenThread.Data.Network;
using System.Security.Claims;
using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using AccountRow = GoldenThread.Data.Access.Account;

namespace GoldenThread.Web.Pages.Account;

/// <summary>
/// Single sign-on through the configured OpenID Connect provider. The account is found by its external
/// login, else by email, else created; roles the provider asserts (claim values such as
/// <c>leadership-team@QXV</c>) replace the account's roles, so the provider stays the source of truth.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class ExternalModel(
    SignInManager<AccountRow> signIn, UserManager<AccountRow> users, GoldenThreadDbContext db, IConfiguration configuration,
    ILogger<ExternalModel> logger) : GoldenThreadPage
{
    public IActionResult OnGet() => Redirect("/account/sign-in");

    public IActionResult OnPost(string? returnUrl)
    {
        if (OpenIdConnectSettings.From(configuration) is null) return NotFound();
        var redirect = Url.Page("/Account/External", "Callback", new { returnUrl })!;
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSettings.Scheme, redirect), OpenIdConnectSettings.Scheme);
    }

    public string Problem { get; private set; } = "";

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        Title = "You cannot sign in with that account yet";
        var settings = OpenIdConnectSettings.From(configuration);
        var info = settings is null ? null : await signIn.GetExternalLoginInfoAsync();
        if (settings is null || info is null) return Redirect("/account/sign-in");

        var account = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey) ?? await LinkOrCreate(info);
        if (account is null) return Page();
        if (!await signIn.CanSignInAsync(account) || await users.IsLockedOutAsync(account))
        {
            Problem = "Your GoldenThread account is locked or disabled.";
            return Page();
        }
        await ApplyAssertedRoles(account, info.Principal, settings.RoleClaimType, cancellationToken);

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded) return Redirect("/account/sign-in");
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    /// <summary>
    /// Links the provider's login to the account with the same email only when the provider has verified the
    /// email and the account has no password of its own: otherwise whoever controls an address at any provider
    /// could take over a local account.
    /// </summary>
    private async Task<AccountRow?> LinkOrCreate(ExternalLoginInfo info)
    {
        var email = info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email);
        var verified = string.Equals(info.Principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(email) || !verified)
        {
            Problem = "Your organisation did not confirm your email address.";
            return null;
        }
        var account = await users.FindByEmailAsync(email);
        if (account is not null && await users.HasPasswordAsync(account))
        {
            Problem = "A GoldenThread account with a password already uses this email address.";
            logger.LogWarning("Refused to link single sign-on login {Provider} to password account {Account}", info.LoginProvider, account.Id);
            return null;
        }
        if (account is null)
        {
            account = new AccountRow
            {
                UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = info.Principal.FindFirstValue("name") ?? info.Principal.FindFirstValue(ClaimTypes.Name) ?? email,
            };
            if (!(await users.CreateAsync(account)).Succeeded) return null;
        }
        if (!(await users.AddLoginAsync(account, info)).Succeeded) return null;
        logger.LogInformation("Linked single sign-on login {Provider} to account {Account}", info.LoginProvider, account.Id);
        return account;
    }

    /// <summary>Replaces the account's roles with those the provider asserts, keeping only grants that name a real
    /// system (and, for a body secretary, a body of that system).</summary>
    private async Task ApplyAssertedRoles(AccountRow account, ClaimsPrincipal external, string claimType, CancellationToken cancellationToken)
    {
        // Providers may send qxv for QXV: codes are normalised before duplicates are removed.
        var asserted = external.FindAll(claimType).Select(c => RoleGrant.Parse(c.Value)).OfType<RoleGrant>()
            .Select(g => g.SystemCode is null ? g : g with { SystemCode = SystemCodes.Normalise(g.SystemCode) })
            .Distinct().ToList();
        if (asserted.Count == 0) return;
        var codes = asserted.Select(g => g.SystemCode).OfType<string>().Distinct().ToArray();
        var systems = await db.Systems.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        var bodyIds = asserted.Select(g => g.BodyId).OfType<Guid>().ToArray();
        var bodies = await db.Bodies.IgnoreQueryFilters().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.SystemId, cancellationToken);
        var granted = asserted
            .Where(g => g.SystemCode is null || systems.ContainsKey(g.SystemCode))
            .Where(g => g.BodyId is null || (bodies.TryGetValue(g.BodyId.Value, out var owner) && owner == systems[g.SystemCode!]))
            .Select(g => new RoleAssignment
            {
                AccountId = account.Id, Role = g.Role, BodyId = g.BodyId,
                SystemId = g.SystemCode is null ? null : systems[g.SystemCode],
            })
            .ToList();
        var held = await db.RoleAssignments.Where(r => r.AccountId == account.Id).ToListAsync(cancellationToken);
        static (string, Guid?, Guid?) Key(RoleAssignment r) => (r.Role, r.SystemId, r.BodyId);
        var removed = held.ExceptBy(granted.Select(Key), Key).ToList();
        var added = granted.ExceptBy(held.Select(Key), Key).ToList();
        if (removed.Count == 0 && added.Count == 0) return;
        db.RoleAssignments.RemoveRange(removed);
        db.RoleAssignments.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        await users.UpdateSecurityStampAsync(account); // ends the account's other sessions, which carry the old roles
    }
}

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

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var settings = OpenIdConnectSettings.From(configuration);
        var info = settings is null ? null : await signIn.GetExternalLoginInfoAsync();
        if (settings is null || info is null) return Redirect("/account/sign-in");

        var account = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey) ?? await LinkOrCreate(info);
        if (account is null) return Redirect("/account/sign-in");
        await ApplyAssertedRoles(account, info.Principal, settings.RoleClaimType, cancellationToken);

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded) return Redirect("/account/sign-in");
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    private async Task<AccountRow?> LinkOrCreate(ExternalLoginInfo info)
    {
        var email = info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email);
        if (string.IsNullOrWhiteSpace(email)) return null;
        var account = await users.FindByEmailAsync(email);
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

    private async Task ApplyAssertedRoles(AccountRow account, ClaimsPrincipal external, string claimType, CancellationToken cancellationToken)
    {
        var asserted = external.FindAll(claimType).Select(c => RoleGrant.Parse(c.Value)).OfType<RoleGrant>().ToList();
        if (asserted.Count == 0) return;
        var codes = asserted.Select(g => g.SystemCode).OfType<string>().Distinct().ToArray();
        var systems = await db.Systems.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        db.RoleAssignments.RemoveRange(db.RoleAssignments.Where(r => r.AccountId == account.Id));
        foreach (var grant in asserted.Where(g => g.SystemCode is null || systems.ContainsKey(g.SystemCode)))
            db.RoleAssignments.Add(new RoleAssignment
            {
                AccountId = account.Id, Role = grant.Role, BodyId = grant.BodyId,
                SystemId = grant.SystemCode is null ? null : systems[grant.SystemCode],
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}

using GoldenThread.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Access;

/// <summary>Refuses every sign-in (password, single sign-on or token) to a demo account unless the app runs in demo mode.</summary>
public sealed class GoldenThreadSignInManager(
    UserManager<Account> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<Account> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<Account>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation, IOptions<GoldenThreadOptions> settings)
    : SignInManager<Account>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Account user) =>
        (!user.IsDemo || settings.Value.Demo) && await base.CanSignInAsync(user);

    /// <summary>
    /// Also run when a session is revalidated (every few minutes), so a session ends once its account is locked
    /// or, for a demo account, once demo mode is off; role changes update the stamp and end it too.
    /// </summary>
    public override async Task<Account?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        if (user is null || !await CanSignInAsync(user) || await UserManager.IsLockedOutAsync(user)) return null;
        return user;
    }
}

/// <summary>The <c>GoldenThread</c> configuration section.</summary>
public sealed class GoldenThreadOptions
{
    /// <summary>Seed the demo system and let its accounts sign in (on for <c>dotnet run</c>, off in Production).</summary>
    public bool Demo { get; set; }
    public bool MigrateOnStart { get; set; } = true;
}

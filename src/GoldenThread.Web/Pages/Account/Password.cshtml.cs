using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Account;

/// <summary>Change your own password: required after an admin made the account and told you its first password.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PasswordModel(UserManager<Data.Access.Account> users, SignInManager<Data.Access.Account> signIn) : GoldenThreadPage
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }

    public bool HasPassword { get; private set; }
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Title = "Change your password";
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        HasPassword = await users.HasPasswordAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Title = "Change your password";
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        HasPassword = await users.HasPasswordAsync(account);
        if (!HasPassword) return Page();
        if (string.IsNullOrEmpty(CurrentPassword)) this.AddError(nameof(CurrentPassword), "Enter your current password");
        if (string.IsNullOrEmpty(NewPassword)) this.AddError(nameof(NewPassword), "Enter a new password");
        else if (NewPassword.Length < Data.Access.AccountRules.MinimumPasswordLength)
            this.AddError(nameof(NewPassword), $"New password must be {Data.Access.AccountRules.MinimumPasswordLength} characters or more");
        if (!ModelState.IsValid) return Page();

        var result = await users.ChangePasswordAsync(account, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            this.AddError(wrongCurrent ? nameof(CurrentPassword) : nameof(NewPassword),
                wrongCurrent ? "Your current password is not correct" : string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }
        await signIn.RefreshSignInAsync(account); // the stamp changed: keep this session, end the others
        (CurrentPassword, NewPassword, Changed) = (null, null, true);
        return Page();
    }
}

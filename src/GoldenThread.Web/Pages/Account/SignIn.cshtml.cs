using GoldenThread.Data.Access;
using GoldenThread.Web.Access;
using GoldenThread.Web.Demo;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Account;

[Authorize(Policy = Policies.Public)]
public sealed class SignInModel(SignInManager<Data.Access.Account> signIn, IOptions<GoldenThreadOptions> options, IConfiguration configuration)
    : GoldenThreadPage
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? SingleSignOn => OpenIdConnectSettings.From(configuration)?.DisplayName;
    public IReadOnlyList<DemoSeeder.DemoAccount> DemoAccounts => options.Value.Demo ? DemoSeeder.Accounts : [];

    public void OnGet() => Title = "Sign in";

    public async Task<IActionResult> OnPostAsync()
    {
        Title = "Sign in";
        if (string.IsNullOrWhiteSpace(Email)) this.AddError(nameof(Email), "Enter your email address");
        if (string.IsNullOrEmpty(Password)) this.AddError(nameof(Password), "Enter your password");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(ReturnUrl));
        this.AddError(nameof(Email), result.IsLockedOut
            ? "Your account is locked after 5 failed attempts. Try again in 15 minutes"
            : "The email address or password is not correct");
        return Page();
    }

    internal string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}

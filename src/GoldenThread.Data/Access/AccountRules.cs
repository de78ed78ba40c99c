using Microsoft.AspNetCore.Identity;

namespace GoldenThread.Data.Access;

/// <summary>Password and lockout rules for local accounts, the same for the web app and the command line.</summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;
    public const int FailedAttemptsBeforeLockout = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions o)
    {
        o.User.RequireUniqueEmail = true;
        o.User.AllowedUserNameCharacters = ""; // user names are email addresses: O'Neil and José are allowed
        o.SignIn.RequireConfirmedAccount = false;
        // NCSC guidance: length over composition rules.
        o.Password.RequiredLength = MinimumPasswordLength;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireDigit = false;
        o.Lockout.MaxFailedAccessAttempts = FailedAttemptsBeforeLockout;
        o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        o.Lockout.AllowedForNewUsers = true;
    }
}

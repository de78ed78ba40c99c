using Microsoft.AspNetCore.Identity;

namespace GoldenThread.Data.Access;

/// <summary>A sign-in account (local or linked to an OpenID Connect provider).</summary>
public class Account : IdentityUser
{
    public required string DisplayName { get; set; }
    /// <summary>The person in the register this account belongs to (a professional's own profile).</summary>
    public Guid? PersonId { get; set; }
    /// <summary>Created by the demo seed; may sign in only while the app runs in demo mode.</summary>
    public bool IsDemo { get; set; }
}

using System.Security.Claims;
using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Access;

/// <summary>
/// Puts an account's roles into its sign-in cookie or token as <see cref="RoleGrant"/> claims, plus the
/// ids of the systems it may read (the <see cref="SystemScope"/> of its requests).
/// </summary>
public sealed class AccountClaimsFactory(UserManager<Account> users, IOptions<IdentityOptions> options, GoldenThreadDbContext db)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account account)
    {
        var identity = await base.GenerateClaimsAsync(account);
        identity.AddClaim(new Claim(ClaimsPrincipalExtensions.DisplayNameClaim, account.DisplayName));
        if (account.PersonId is { } person) identity.AddClaim(new Claim(RegisterEditors.PersonClaim, person.ToString()));
        foreach (var grant in await GrantsOf(db, account.Id))
        {
            identity.AddClaim(new Claim(RoleGrant.ClaimType, grant.Grant.ToString()));
            if (grant.SystemId is { } systemId && grant.Grant.SystemCode is { } code)
            {
                var system = ClaimsPrincipalExtensions.SystemClaimFor(code, systemId);
                if (!identity.HasClaim(system.Type, system.Value)) identity.AddClaim(system);
            }
        }
        return identity;
    }

    internal static async Task<List<(RoleGrant Grant, Guid? SystemId)>> GrantsOf(GoldenThreadDbContext db, string accountId)
    {
        var rows = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.AccountId == accountId)
            .Select(r => new { r.Role, r.SystemId, r.BodyId, Code = db.Systems.Where(s => s.Id == r.SystemId).Select(s => s.Code).FirstOrDefault() })
            .ToListAsync();
        return rows.Select(r => (new RoleGrant(r.Role, r.Code, r.BodyId), r.SystemId)).ToList();
    }
}

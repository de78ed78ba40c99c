using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies.Members;

/// <summary>Changes one membership period, or ends it by giving it an end date.</summary>
[Authorize(Policy = Policies.BodyMembers)]
public sealed class EditModel(GoldenThreadDbContext database) : MembershipForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid bodyId, Guid membershipId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change or end a membership", bodyId, cancellationToken)) return NotFound();
        if (await FindAsync(membershipId, tracked: false, cancellationToken) is not { } membership) return NotFound();
        Fill(membership);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid bodyId, Guid membershipId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change or end a membership", bodyId, cancellationToken)) return NotFound();
        if (await FindAsync(membershipId, tracked: true, cancellationToken) is not { } membership) return NotFound();
        if (!Check(out var fields)) return Page();
        Apply(membership, fields);
        return await SaveEditAsync(Db, membership, Version, "membership", () => FindAsync(membershipId, tracked: false, cancellationToken), Fill,
            "Membership saved", BodyHref, cancellationToken);
    }

    /// <summary>Only a membership of the route's body: a secretary's permission covers that body alone.</summary>
    private Task<Membership?> FindAsync(Guid membershipId, bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.Memberships.Where(m => m.SystemId == SystemId && m.BodyId == BodyId && m.Id == membershipId);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }
}

using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies.Members;

/// <summary>
/// Deletes a membership recorded by mistake. Someone who leaves a body keeps their membership, ended: that is how
/// the body's history stays true, so the page says so.
/// </summary>
[Authorize(Policy = Policies.BodyMembers)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid BodyId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid MembershipId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken)
    {
        var found = await Db.Memberships.Where(m => m.SystemId == SystemId && m.BodyId == BodyId && m.Id == MembershipId)
            .Join(Db.People, m => m.PersonId, p => p.Id, (m, p) => new { Membership = m, Person = p.Name })
            .Join(Db.Bodies, m => m.Membership.BodyId, b => b.Id, (m, b) => new { m.Membership, m.Person, Body = b.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var body = $"/systems/{Code}/bodies/{BodyId}";
        return new Target(found.Membership, $"{found.Person}’s membership of {found.Body} from {UkTime.Day(found.Membership.Start)}",
            $"{body}/memberships/{MembershipId}/edit",
            "Delete a membership only when it was recorded by mistake. When someone leaves the body, change their membership and give it an end date instead, so the body’s history stays true.",
            body, [new Crumb("Leadership bodies", $"/systems/{Code}/bodies"), new Crumb(found.Body, body)]);
    }
}

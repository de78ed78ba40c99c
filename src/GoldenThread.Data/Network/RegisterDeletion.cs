using GoldenThread.Development;
using GoldenThread.Frameworks;
using GoldenThread.Measures;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Network;

/// <summary>
/// Deleting one row of the register. A row that others still refer to is refused, naming them, so that nothing is
/// deleted by surprise: the user ends or removes those first. What goes with a row is only its own children (a
/// body's feeds-into edges, a post's successors) and, as for an import, the references from outside the network
/// (<see cref="RemovedRowReferences"/>). The audit interceptor records each removed row.
/// </summary>
public static class RegisterDeletion
{
    /// <summary>Why <paramref name="row"/> cannot be deleted yet, naming what refers to it; null when it can.</summary>
    public static async Task<string?> BlockerAsync(GoldenThreadDbContext db, object row, CancellationToken cancellationToken)
    {
        var (name, advice, parts) = row switch
        {
            Person p => (p.Name, "end or remove them first", new[]
            {
                Count(await db.Memberships.CountAsync(m => m.PersonId == p.Id, cancellationToken), "membership", "memberships"),
                Count(await db.Posts.CountAsync(x => x.HolderPersonId == p.Id, cancellationToken), "post", "posts"),
                Count(await db.PostSuccessors.CountAsync(s => s.PersonId == p.Id, cancellationToken), "place in a post’s succession", "places in posts’ succession"),
            }),
            Organisation o => (o.Name, "change or remove them first", new[]
            {
                Count(await db.People.CountAsync(p => p.OrganisationId == o.Id, cancellationToken), "person it employs", "people it employs"),
                Count(await db.Memberships.CountAsync(m => m.FundedByOrganisationId == o.Id, cancellationToken), "membership it funds", "memberships it funds"),
                Count(await db.Posts.CountAsync(p => p.FundedByOrganisationId == o.Id, cancellationToken), "post it funds", "posts it funds"),
            }),
            Place p => (p.Name, "move or remove them first", new[]
            {
                Count(await db.Neighbourhoods.CountAsync(n => n.PlaceId == p.Id, cancellationToken), "neighbourhood", "neighbourhoods"),
                Count(await db.Organisations.CountAsync(o => o.PlaceId == p.Id, cancellationToken), "organisation serving it", "organisations serving it"),
                Count(await db.Bodies.CountAsync(b => b.PlaceId == p.Id, cancellationToken), "body", "bodies"),
                Count(await db.Posts.CountAsync(x => x.PlaceId == p.Id, cancellationToken), "post", "posts"),
            }),
            Neighbourhood n => (n.Name, "move or remove them first", new[]
            {
                Count(await db.Bodies.CountAsync(b => b.NeighbourhoodId == n.Id, cancellationToken), "body", "bodies"),
            }),
            Body b => (b.Name, "end or remove them first", new[]
            {
                Count(await db.Memberships.CountAsync(m => m.BodyId == b.Id, cancellationToken), "current or past membership", "current or past memberships"),
                Count(await db.BodyFeeds.CountAsync(f => f.FeedsIntoBodyId == b.Id, cancellationToken), "body feeding into it", "bodies feeding into it"),
            }),
            // Nothing refers to a post, a membership, a measure, a plan action or a learning set's session; a measure's
            // points and notes go with it, a session's attendance with the session.
            Post or Membership or Measure or PlanAction or LearningSetSession => ("", "", Array.Empty<string?>()),
            _ => throw new ArgumentException($"{row.GetType().Name} is not a register row", nameof(row)),
        };
        var held = parts.OfType<string>().ToList();
        return held.Count == 0 ? null : $"{name} still has {Prose.List(held)}: {advice}";
    }

    /// <summary>
    /// Stages the deletion of <paramref name="row"/>, tracked with its own children loaded, and what follows from it;
    /// the caller saves. Describes each consequence beyond the row itself.
    /// </summary>
    public static async Task<IReadOnlyList<string>> StageAsync(GoldenThreadDbContext db, object row, CancellationToken cancellationToken)
    {
        if (row is Measure measure)
        {
            // Tracked, so that each point and note goes with the measure through the audit trail.
            await db.MeasurePoints.Where(p => p.MeasureId == measure.Id).LoadAsync(cancellationToken);
            await db.MeasureAnnotations.Where(a => a.MeasureId == measure.Id).LoadAsync(cancellationToken);
        }
        if (row is LearningSetSession session)
            await db.LearningSetAttendance.Where(a => a.SessionId == session.Id).LoadAsync(cancellationToken);
        db.Remove(row);
        return await RemovedRowReferences.EndAsync(db, [row], cancellationToken);
    }

    private static string? Count(int count, string one, string many) => count switch { 0 => null, 1 => $"1 {one}", _ => $"{count} {many}" };
}

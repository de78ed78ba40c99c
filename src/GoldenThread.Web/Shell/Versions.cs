using GoldenThread.Data;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Shell;

/// <summary>Optimistic concurrency for the register: a change is saved only to the version of the row it was made from.</summary>
public static class Versions
{
    /// <summary>
    /// Saves the pending change to <paramref name="row"/>, which the editor read at <paramref name="version"/>; when
    /// someone has changed it since (before this request read it, or between the read and the write), saves nothing
    /// and answers false.
    /// </summary>
    public static async Task<bool> SaveIfUnchangedAsync(this GoldenThreadDbContext db, IVersioned row, int version, CancellationToken cancellationToken)
    {
        if (row.Version == version)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                // fall through: the row changed between our read and our write
            }
        }
        db.ChangeTracker.Clear();
        return false;
    }

    public const string StaleMessage = "Someone else changed this {0} while you were editing it. Check the current details and save again";
}

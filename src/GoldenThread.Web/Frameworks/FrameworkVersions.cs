using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Frameworks;

/// <summary>
/// How a system's framework gains versions, for the pages and the API alike: adopting a library framework makes
/// version 1; each adaptation saves the next number and makes it current, only from the framework's version the change
/// was made from.
/// </summary>
public static class FrameworkVersions
{
    /// <summary>Stages the system's copy of a library framework at version 1; the caller saves.</summary>
    public static Framework Adopt(GoldenThreadDbContext db, Guid systemId, FrameworkDefinition library, string? accountId, DateTimeOffset now)
    {
        var framework = new Framework { SystemId = systemId, Key = library.Key, Name = library.Name, CreatedAt = now };
        var version = new FrameworkVersion
        {
            SystemId = systemId, FrameworkId = framework.Id, Number = 1, Definition = library,
            Note = $"Adopted from the library framework “{library.Name}”", CreatedAt = now, CreatedByAccountId = accountId,
        };
        framework.CurrentVersionId = version.Id;
        db.Frameworks.Add(framework);
        db.FrameworkVersions.Add(version);
        return framework;
    }

    /// <summary>Problems of a "what changed and why" note, keyed <c>note</c>.</summary>
    public static IEnumerable<GoldenThread.Network.FieldError> NoteProblems(string? note)
    {
        if (string.IsNullOrWhiteSpace(note)) yield return new("note", "Enter what changed and why");
        else if (note.Trim().Length > FrameworkVersion.NoteLength)
            yield return new("note", $"What changed and why must be {FrameworkVersion.NoteLength:N0} characters or fewer");
    }

    /// <summary>
    /// Saves <paramref name="next"/> as the tracked <paramref name="framework"/>'s next version and makes it current, when
    /// the framework is still at <paramref name="version"/>; null, saving nothing, when someone changed it meanwhile.
    /// </summary>
    public static async Task<FrameworkVersion?> SaveNextAsync(GoldenThreadDbContext db, Framework framework, int version,
        FrameworkDefinition next, string note, string? accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = await db.FrameworkVersions.Where(v => v.FrameworkId == framework.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var saved = new FrameworkVersion
        {
            SystemId = framework.SystemId, FrameworkId = framework.Id, Number = number + 1, Definition = next,
            Note = note.Trim(), CreatedAt = now, CreatedByAccountId = accountId,
        };
        db.FrameworkVersions.Add(saved);
        framework.CurrentVersionId = saved.Id;
        try
        {
            return await db.SaveIfUnchangedAsync(framework, version, cancellationToken) ? saved : null;
        }
        catch (DbUpdateException)
        {
            // Another change took this version number between our read and our write.
            db.ChangeTracker.Clear();
            return null;
        }
    }

    public const string StaleMessage = "Someone else changed this framework while you were changing it, so nothing was saved. Check the current wording and make your change again";
}

using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures.Notes;

/// <summary>Removes a note from a measure's chart after asking.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : MeasurePart(database)
{
    public MeasureAnnotation Note { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, Guid measureId, Guid noteId, CancellationToken cancellationToken) =>
        await FindAsync(code, measureId, noteId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid measureId, Guid noteId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(code, measureId, noteId, cancellationToken)) return NotFound();
        Db.MeasureAnnotations.Remove(Note);
        return await SaveAndReturnAsync($"Note of {UkTime.Day(Note.Date)} deleted", cancellationToken);
    }

    private async Task<bool> FindAsync(string code, Guid measureId, Guid noteId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, measureId, "Delete a note", cancellationToken)) return false;
        Note = (await Db.MeasureAnnotations.SingleOrDefaultAsync(a => a.MeasureId == measureId && a.Id == noteId, cancellationToken))!;
        return Note is not null;
    }
}

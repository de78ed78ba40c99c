using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>Changes a measure: what it is, who owns it, which way is better, its target and its chart's options.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class EditModel(GoldenThreadDbContext database, TimeProvider time) : MeasureForm(database, time)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the measure", measureId, cancellationToken)) return NotFound();
        if (await FindAsync(measureId, tracked: false, cancellationToken) is not { } measure) return NotFound();
        Fill(measure);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the measure", measureId, cancellationToken)) return NotFound();
        if (await FindAsync(measureId, tracked: true, cancellationToken) is not { } measure) return NotFound();
        if (!Check()) return Page();
        Apply(measure);
        return await SaveEditAsync(Db, measure, Version, "measure", () => FindAsync(measureId, tracked: false, cancellationToken), Fill,
            $"{measure.Name} saved", $"/systems/{Code}/measures/{measure.Id}", cancellationToken);
    }

    private Task<Measure?> FindAsync(Guid measureId, bool tracked, CancellationToken cancellationToken) =>
        FindToEditAsync(Db.Measures.Where(m => m.SystemId == SystemId && m.Id == measureId), tracked,
            m => m.Name, m => $"/systems/{Code}/measures/{m.Id}", cancellationToken);
}

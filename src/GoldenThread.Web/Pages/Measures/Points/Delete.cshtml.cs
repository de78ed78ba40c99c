using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using GoldenThread.Web.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures.Points;

/// <summary>Deletes one point of a measure after asking; a rebase at its date goes with it.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : MeasurePart(database)
{
    public MeasurePoint Point { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, Guid measureId, string date, CancellationToken cancellationToken) =>
        await FindAsync(code, measureId, date, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid measureId, string date, CancellationToken cancellationToken)
    {
        if (!await FindAsync(code, measureId, date, cancellationToken)) return NotFound();
        MeasureData.StageRemoval(Db, Measure, Point);
        return await SaveAndReturnAsync($"The point of {UkTime.Day(Point.Date)} deleted", cancellationToken);
    }

    private async Task<bool> FindAsync(string code, Guid measureId, string date, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, measureId, "Delete a point", cancellationToken) || PointRows.ParseDate(date) is not { } day) return false;
        Point = (await Db.MeasurePoints.SingleOrDefaultAsync(p => p.MeasureId == measureId && p.Date == day, cancellationToken))!;
        return Point is not null;
    }
}

using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using GoldenThread.Web.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Measures.Points;

/// <summary>Adds one point to a measure: a date and its value.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database) : MeasurePart(database)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Value { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid measureId, CancellationToken cancellationToken) =>
        await EnterAsync(code, measureId, "Add a point", cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, measureId, "Add a point", cancellationToken)) return NotFound();
        var date = Date.Read("date", required: true);
        if (date.Error is not null) this.AddError("Date", date.Error);
        var row = new PointRow(0, 1, date.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Value);
        var (points, problems) = PointRows.Read([row]);
        foreach (var problem in problems.Where(p => p.Field == "value"))
            this.AddError("Value", problem.Message == "enter a value after the date" ? "Enter a value" : problem.Message);
        if (!ModelState.IsValid) return Page();
        var staged = await MeasureData.StageAsync(Db, Measure, points, replace: false, cancellationToken);
        foreach (var clash in staged.Problems) this.AddError("Date", char.ToUpperInvariant(clash.Message[0]) + clash.Message[1..]);
        if (!ModelState.IsValid) return Page();
        return await SaveAndReturnAsync(staged.Done, cancellationToken, conflictField: "Date");
    }
}

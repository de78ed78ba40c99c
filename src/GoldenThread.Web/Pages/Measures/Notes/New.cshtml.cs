using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Measures.Notes;

/// <summary>Adds a dated note to a measure's chart, such as "new pathway launched".</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database) : MeasurePart(database)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid measureId, CancellationToken cancellationToken) =>
        await EnterAsync(code, measureId, "Add a note", cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, measureId, "Add a note", cancellationToken)) return NotFound();
        var date = Date.Read("date", required: true);
        if (date.Error is not null) this.AddError("Date", date.Error);
        if (string.IsNullOrWhiteSpace(Text)) this.AddError("Text", "Enter the note");
        else if (Text.Trim().Length > MeasureAnnotation.TextLength) this.AddError("Text", $"The note must be {MeasureAnnotation.TextLength} characters or fewer");
        if (!ModelState.IsValid) return Page();
        Db.MeasureAnnotations.Add(new MeasureAnnotation { SystemId = Measure.SystemId, MeasureId = Measure.Id, Date = date.Date!.Value, Text = Text!.Trim() });
        return await SaveAndReturnAsync($"Note of {UkTime.Day(date.Date)} added", cancellationToken);
    }
}

using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using GoldenThread.Web.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Measures.Points;

/// <summary>
/// Many points at once, pasted from a spreadsheet or uploaded as a CSV file with the header date,value: all or nothing,
/// each bad line named. They are added to the measure's points, or replace them.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class ImportModel(GoldenThreadDbContext database) : MeasurePart(database)
{
    /// <summary>A file bigger than this is not a measure's points.</summary>
    public const long MaxFileBytes = 1_000_000;

    [BindProperty] public string? Lines { get; set; }
    [BindProperty(Name = "File")] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Mode { get; set; } = "add";

    public static IReadOnlyList<Choice> Modes =>
    [
        new("add", "Add them to the points the measure has", Hint: "A date the measure already has is refused"),
        new("replace", "Replace all the measure's points with them"),
    ];

    public async Task<IActionResult> OnGetAsync(string code, Guid measureId, CancellationToken cancellationToken) =>
        await EnterAsync(code, measureId, "Paste or upload points", cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, measureId, "Paste or upload points", cancellationToken)) return NotFound();
        if (Mode is not ("add" or "replace")) this.AddError("Mode", "Select whether to add the points or replace the measure's points");
        var fromFile = Upload is { Length: > 0 };
        var field = fromFile ? "File" : "Lines";
        if (Upload is { Length: > MaxFileBytes }) this.AddError("File", "The file must be smaller than 1 MB");
        else if (!fromFile && string.IsNullOrWhiteSpace(Lines)) this.AddError("Lines", "Paste lines of date and value, or choose a CSV file");
        if (!ModelState.IsValid) return Page();

        using var text = fromFile ? new StreamReader(Upload!.OpenReadStream()) : (TextReader)new StringReader(Lines!);
        var (rows, problem) = PointRows.FromText(text, headerRequired: fromFile);
        if (problem is not null)
        {
            this.AddError(field, problem.ToString());
            return Page();
        }
        var (points, problems) = PointRows.Read(rows);
        var staged = problems.Count == 0 ? await MeasureData.StageAsync(Db, Measure, points, Mode == "replace", cancellationToken) : null;
        foreach (var p in problems.Concat(staged?.Problems ?? [])) this.AddError(field, p.ToString());
        if (!ModelState.IsValid) return Page();
        return await SaveAndReturnAsync($"{(fromFile ? Upload!.FileName + ": " : "")}{staged!.Done}", cancellationToken, conflictField: field);
    }
}

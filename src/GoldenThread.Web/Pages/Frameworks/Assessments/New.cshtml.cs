using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>Opens a self-assessment of the system against the current version of one of its frameworks.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Guid? FrameworkId { get; set; }
    [BindProperty] public DateParts OpensOn { get; set; } = new();
    [BindProperty] public DateParts ClosesOn { get; set; } = new();

    public string Code { get; private set; } = "";
    private Guid systemId;
    /// <summary>The system's frameworks, each with its current version's number.</summary>
    public IReadOnlyList<Choice> Frameworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, cancellationToken)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, cancellationToken)) return NotFound();
        if (Frameworks.Count == 0) return Page();
        if (Frameworks.Count == 1) FrameworkId = Guid.Parse(Frameworks[0].Value);
        if (AssessmentRatings.NameProblem(Name) is { } nameProblem) this.AddError(nameof(Name), nameProblem);
        if (FrameworkId is not { } frameworkId || Frameworks.All(f => f.Value != frameworkId.ToString()))
            this.AddError(nameof(FrameworkId), "Select the framework to assess against");
        var opens = OpensOn.Read("opening date", required: true);
        if (opens.Error is { } opensError) this.AddError(nameof(OpensOn), opensError);
        var closes = ClosesOn.Read("closing date", required: true);
        if (closes.Error is { } closesError) this.AddError(nameof(ClosesOn), closesError);
        else if (opens.Date is { } o && closes.Date is { } c && c <= o) this.AddError(nameof(ClosesOn), "Closing date must be after the opening date");
        if (!ModelState.IsValid) return Page();

        var framework = await db.Frameworks.AsNoTracking().SingleAsync(f => f.SystemId == systemId && f.Id == FrameworkId, cancellationToken);
        var name = Name!.Trim();
        var id = await AssessmentRatings.OpenAsync(db, framework, name, opens.Date!.Value, closes.Date!.Value, time, cancellationToken);
        TempData["Done"] = $"{name} is open. Now invite the people who will rate it";
        return Redirect($"/systems/{Code}/framework/assessments/{id}/raters");
    }

    private async Task<bool> EnterAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Open an assessment", cancellationToken) is not { } system) return false;
        (Code, systemId) = (system.Code, system.Id);
        Within("Framework", $"/systems/{Code}/framework");
        Within("Assessments", $"/systems/{Code}/framework/assessments");
        var frameworks = await db.Frameworks.AsNoTracking().Where(f => f.SystemId == systemId)
            .Select(f => new { f.Id, f.Name, Number = db.FrameworkVersions.Where(v => v.Id == f.CurrentVersionId).Select(v => v.Number).First() })
            .ToListAsync(cancellationToken);
        Frameworks = [.. frameworks.OrderBy(f => f.Name).Select(f => new Choice(f.Id.ToString(), f.Name, Hint: $"Version {f.Number}, its current wording"))];
        return true;
    }
}

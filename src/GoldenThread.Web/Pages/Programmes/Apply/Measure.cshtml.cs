using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>One measure the team means to move: its name, where it stands now, where the team aims to take it, and its unit.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class MeasureModel(GoldenThreadDbContext db, TimeProvider time) : ItemPage<ProposedMeasure>(db, time)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Baseline { get; set; }
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public string? Unit { get; set; }

    protected override ItemList<ProposedMeasure> List => ItemList.Measures;

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, string item, CancellationToken cancellationToken)
    {
        if (await EnterItemAsync(code, applicationId, item, cancellationToken) is { } other) return other;
        if (Existing is { } measure)
            (Name, Baseline, Target, Unit) = (measure.Name, Written(measure.Baseline), Written(measure.Target), measure.Unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, string item, CancellationToken cancellationToken)
    {
        if (await EnterItemAsync(code, applicationId, item, cancellationToken) is { } other) return other;
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name)) errors.Add(new(nameof(Name), "Enter the measure’s name"));
        var baseline = FormNumbers.Number(Baseline, nameof(Baseline), "Baseline", "42", errors);
        var target = FormNumbers.Number(Target, nameof(Target), "Target", "30", errors);
        if (string.IsNullOrWhiteSpace(Unit)) errors.Add(new(nameof(Unit), "Enter the unit, such as “admissions a month”"));
        var candidate = With(new ProposedMeasure { Name = Name?.Trim() ?? "", Baseline = baseline, Target = target, Unit = Unit?.Trim() ?? "" });
        if (!Check(errors, candidate, ($"{Path}.name", nameof(Name), "Name"), ($"{Path}.baseline", nameof(Baseline), "Baseline"),
                ($"{Path}.target", nameof(Target), "Target"), ($"{Path}.unit", nameof(Unit), "Unit"), (List.JsonPath, "", "")))
            return Page();
        return await SaveItemAsync(candidate, cancellationToken);
    }

    private static string? Written(double? value) => value?.ToString(CultureInfo.InvariantCulture);
}

using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Adapt;

/// <summary>Adds a criterion to a principle; it gets the principle's next unused id.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewCriterionModel(GoldenThreadDbContext db, TimeProvider time) : CriterionForm(db, time)
{
    [BindProperty] public string? PrincipleId { get; set; }

    public IReadOnlyList<Choice> Principles => [.. Current.Definition.Principles.Select(p => new Choice(p.Id, $"{p.Id}. {p.Title}"))];

    protected override string[] FieldOrder => CriterionFieldOrder("PrincipleId");

    protected override string FieldKey(string field) => CriterionFieldKey(field, f => f == "principleId" ? "PrincipleId" : "");

    protected override void Fill() { }

    public async Task<IActionResult> OnGetAsync(string code, Guid frameworkId, string? principle, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, frameworkId, "Add a criterion", tracked: false, cancellationToken)) return NotFound();
        (PrincipleId, Version) = (principle, Framework.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid frameworkId, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, frameworkId, "Add a criterion", tracked: true, cancellationToken)) return NotFound();
        return await AdaptAsync(new AddCriterion(PrincipleId ?? "", Text, Guidance), a => $"Criterion {a.CriterionId} added", cancellationToken);
    }
}

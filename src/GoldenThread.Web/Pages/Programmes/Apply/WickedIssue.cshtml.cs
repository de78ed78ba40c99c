using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The wicked issue: its title, what it is, and which of the system's priority areas (the round's copy of them) it belongs to.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class WickedIssueModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    private const string Slug = "wicked-issue";
    public const string Question = "What wicked issue will your team tackle?";

    [BindProperty] public string? IssueTitle { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? PriorityArea { get; set; }

    /// <summary>The priority areas the round took from the system's record when it opened.</summary>
    public IReadOnlyList<Choice> PriorityAreas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, applicationId, cancellationToken) is { } other) return other;
        (IssueTitle, Description, PriorityArea) = (Answers.WickedIssue.Title, Answers.WickedIssue.Description, Answers.WickedIssue.PriorityArea);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, applicationId, cancellationToken) is { } other) return other;
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(IssueTitle)) errors.Add(new(nameof(IssueTitle), "Enter a title for the wicked issue"));
        if (string.IsNullOrWhiteSpace(Description)) errors.Add(new(nameof(Description), "Describe the wicked issue"));
        if (PriorityAreas.All(p => p.Value != PriorityArea)) errors.Add(new(nameof(PriorityArea), "Select the priority area the wicked issue belongs to"));
        var candidate = Answers with
        {
            WickedIssue = new WickedIssue { Title = IssueTitle?.Trim() ?? "", Description = Description?.Trim() ?? "", PriorityArea = PriorityArea ?? "" },
        };
        if (!Check(errors, candidate, ("wickedIssue.title", nameof(IssueTitle), "Title"), ("wickedIssue.description", nameof(Description), "Description"),
                ("wickedIssue.priorityArea", nameof(PriorityArea), "Priority area")))
            return Page();
        return await SaveAsync(candidate, Next(Slug), cancellationToken);
    }

    private async Task<IActionResult?> EnterAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterDraftAsync(code, applicationId, Question, cancellationToken) is { } other) return other;
        PriorityAreas = [.. Round.Systems.Where(s => string.Equals(s.Code, Code, StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s.PriorityAreas).Select(a => new Choice(a, a))];
        return null;
    }
}

using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The team's name: the first question of an application.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class TeamNameModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    private const string Slug = "team-name";
    public const string Question = "What is your team called?";

    [BindProperty] public string? TeamName { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterDraftAsync(code, applicationId, Question, cancellationToken) is { } other) return other;
        TeamName = Answers.TeamName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterDraftAsync(code, applicationId, Question, cancellationToken) is { } other) return other;
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(TeamName)) errors.Add(new(nameof(TeamName), "Enter your team’s name"));
        var candidate = Answers with { TeamName = TeamName?.Trim() ?? "" };
        if (!Check(errors, candidate, ("teamName", nameof(TeamName), "Team name"))) return Page();
        return await SaveAsync(candidate, Next(Slug), cancellationToken);
    }
}

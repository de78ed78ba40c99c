using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// One of the team's four statements (<see cref="Statement.All"/>), one per page. An answer is needed to go on; whether
/// it is long enough to count as stated is the eligibility engine's to say, on check your answers.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class StatementPageModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    [BindProperty] public string? Text { get; set; }

    public Statement Statement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, string statement, CancellationToken cancellationToken)
    {
        if (await EnterStatementAsync(code, applicationId, statement, cancellationToken) is { } other) return other;
        Text = Statement.Read(Answers);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, string statement, CancellationToken cancellationToken)
    {
        if (await EnterStatementAsync(code, applicationId, statement, cancellationToken) is { } other) return other;
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Text)) errors.Add(new(nameof(Text), Statement.Missing));
        var candidate = Statement.Write(Answers, Text?.Trim() ?? "");
        if (!Check(errors, candidate, (Statement.JsonPath, nameof(Text), "Your answer"))) return Page();
        return await SaveAsync(candidate, Next(Statement.Slug), cancellationToken);
    }

    private async Task<IActionResult?> EnterStatementAsync(string code, Guid applicationId, string slug, CancellationToken cancellationToken)
    {
        if (Statement.Find(slug) is not { } statement) return NotFound();
        Statement = statement;
        return await EnterDraftAsync(code, applicationId, statement.Question, cancellationToken);
    }
}

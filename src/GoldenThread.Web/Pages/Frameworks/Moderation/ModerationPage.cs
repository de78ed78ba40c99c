using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>
/// What the moderation pages of an assessment share: the route's system and assessment (another system's answers
/// 404), the spread of its ratings and its moderated ratings, and whether it may be moderated now.
/// </summary>
public abstract class ModerationPage(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    protected TimeProvider Time => time;

    [TempData] public string? Done { get; set; }

    public string Code { get; private set; } = "";
    public AssessmentModeration Moderation { get; private set; } = null!;
    public Assessment Assessment => Moderation.Assessment;
    public FrameworkDefinition Definition => Moderation.Definition;

    public string AssessmentHref => $"/systems/{Code}/framework/assessments/{Assessment.Id}";
    public string ModerationHref => $"{AssessmentHref}/moderation";
    public string ResultsHref => $"{AssessmentHref}/results";
    public string CriterionHref(string criterionId) => $"{ModerationHref}/{Uri.EscapeDataString(criterionId)}";

    /// <summary>Rating has closed and the assessment is not complete: the leadership team may change moderated ratings.</summary>
    public bool Moderating => Assessment.State == AssessmentState.Moderating;

    /// <summary>Why nothing may be moderated now, in the page's words; null while moderating.</summary>
    public string? Refusal => Assessment.State switch
    {
        AssessmentState.Open when UkDate.DateOf(Time.GetUtcNow()) > Assessment.ClosesOn =>
            $"Raters could rate until {UkTime.Day(Assessment.ClosesOn)}, but rating has not been closed: close it on the assessment’s page to begin moderating",
        AssessmentState.Open => $"Rating is still open (until {UkTime.Day(Assessment.ClosesOn)}): moderation begins when rating is closed on the assessment’s page",
        AssessmentState.Completed => $"This assessment was completed on {UkTime.Format(Assessment.CompletedAt ?? Assessment.CreatedAt)}: its moderated ratings no longer change",
        _ => null,
    };

    /// <summary>
    /// Finds the route's system and assessment and reads its moderation, setting the title and breadcrumbs; false when
    /// either is missing (the page answers 404).
    /// </summary>
    protected async Task<bool> EnterAsync(string code, Guid assessmentId, string title, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        if (await AssessmentModeration.LoadAsync(db, system.Id, assessmentId, cancellationToken) is not { } moderation) return false;
        (Code, Moderation) = (system.Code, moderation);
        Within("Framework", $"/systems/{Code}/framework");
        Within("Assessments", $"/systems/{Code}/framework/assessments");
        Within(Assessment.Name, AssessmentHref);
        Title = $"{title} – {Assessment.Name}";
        return true;
    }

    /// <summary>Puts <see cref="Refusal"/> at the top of the error summary; true when there was one.</summary>
    protected bool Refused()
    {
        if (Refusal is not { } refusal) return false;
        this.AddError("", refusal);
        return true;
    }

    protected IActionResult Download(string text, string name) =>
        File(System.Text.Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", name);
}

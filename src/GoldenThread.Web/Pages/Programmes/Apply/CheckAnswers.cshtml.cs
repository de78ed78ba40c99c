using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// Check your answers: every answer with its Change link, and the draft's eligibility criterion by criterion as the
/// engine would find it were it submitted now (among the system's submitted applications), each criterion not met
/// with the page that mends it. Submitting is refused outside the round's dates and for bad input; an application that
/// is not eligible may still be submitted, after a plain warning (the report explains why).
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class CheckAnswersModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    public const string Heading = "Check your answers before submitting your application";

    /// <summary>The version of the draft the page showed: what is submitted is what the team checked.</summary>
    [BindProperty] public int Version { get; set; }

    public EligibilityResult Eligibility { get; private set; } = null!;
    public bool TakesApplications { get; private set; }

    public ApplicationAnswersView AnswersView => new(Answers, slug => ApplyJourney.Href(Code, Application.Id, slug, fromCheckAnswers: true));

    public EligibilityView Criteria => new(Eligibility, Fixes: Eligibility.Criteria
        .Select(c => (c.Id, Step: ApplyJourney.StepFor(c.Id)))
        .Where(c => c.Step is not null)
        .ToDictionary(c => c.Id, c => new CriterionFix($"Change {ApplyJourney.Of(c.Step!).Name.ToLowerInvariant()}",
            ApplyJourney.Href(Code, Application.Id, c.Step!, fromCheckAnswers: true))));

    public int NotMet => Eligibility.Criteria.Count(c => c.Status == CriterionStatus.Fail);

    /// <summary>
    /// What submitting an application that is not eligible leads to. Its answers are fixed once submitted; only the
    /// system's team cap can change afterwards, as the system's earlier teams withdraw.
    /// </summary>
    public string IneligibleWarning =>
        Eligibility.Criteria.Where(c => c.Status == CriterionStatus.Fail).All(c => c.Id == "E-SYSTEM-TEAM-CAP")
            ? $"The system already has {Round.MaxTeamsPerSystem} eligible {(Round.MaxTeamsPerSystem == 1 ? "team" : "teams")} submitted before yours, "
              + "the most the round takes from one system. If you submit, the application goes to review only if one of them is withdrawn."
            : "It will be recorded as not eligible and will not go to review: once submitted, its answers cannot be changed. "
              + "Change your answers instead, or leave this page to keep it as a draft.";

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, applicationId, cancellationToken) is { } other) return other;
        Version = Application.Version;
        AddBadInput();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, applicationId, cancellationToken) is { } other) return other;
        if (!TakesApplications)
        {
            this.AddError("", ClosedMessage);
            return Page();
        }
        if (AddBadInput()) return Page();
        var now = Time.GetUtcNow();
        (Application.State, Application.SubmittedAt, Application.UpdatedAt) = (ApplicationState.Submitted, now, now);
        if (await Db.SaveIfUnchangedAsync(Application, Version, cancellationToken)) return Redirect(Href("submitted"));
        this.AddError("", "Someone else changed this application since you opened this page, so it was not submitted. Check the answers again, then submit");
        return Page();
    }

    private string ClosedMessage =>
        $"This round is not taking applications: it takes them from {UkDate.Long(Round.OpensOn)} to {UkDate.Long(Round.ClosesOn)}"
        + (Round.State == RoundState.Closed ? ", and the programme has closed it" : "");

    /// <summary>
    /// What would make the application bad input rather than ineligible (the pages refuse it as it is typed, but a draft
    /// may hold what the rules have since refused); each problem names the page to change. True when there is any.
    /// </summary>
    private bool AddBadInput()
    {
        var problems = ApplicationRules.ContentProblems(Answers, Vocabularies.Default);
        foreach (var problem in problems) this.AddError("", $"{ApplyJourney.StepForPath(problem.Field).Name}: {problem.Message}");
        return problems.Count > 0;
    }

    private async Task<IActionResult?> EnterAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterDraftAsync(code, applicationId, Heading, cancellationToken) is { } other) return other;
        TakesApplications = Round.TakesApplications(UkDate.Today(Time));
        var eligibility = await RoundEligibility.EvaluateAsync(Db, Round.Id, Time.GetUtcNow(), cancellationToken, Application.Id);
        Eligibility = eligibility![Application.Id]!;
        return null;
    }
}

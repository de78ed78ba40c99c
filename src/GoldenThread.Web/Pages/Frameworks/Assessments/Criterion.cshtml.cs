using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>
/// The rater's rating of one criterion: a level of the framework version (each with what it looks like for this
/// criterion) or "not applicable" with a justification, a rationale and up to five evidence links. Saving goes on to
/// the next criterion not yet rated, or back to the task list to come back later.
/// </summary>
[Authorize(Policy = Policies.AssessmentRater)]
public sealed class CriterionModel(GoldenThreadDbContext db, TimeProvider time) : RaterPage(db, time)
{
    private static readonly string[] FieldOrder = ["level", "justification", "rationale", "evidenceLinks"];

    /// <summary>A level's value, or <see cref="AssessmentRatings.NotApplicableValue"/>; text so that nonsense is our error, not the binder's.</summary>
    [BindProperty] public string? Level { get; set; }
    [BindProperty] public string? Justification { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public List<string?> EvidenceLinks { get; set; } = [];
    [BindProperty] public int Version { get; set; }
    /// <summary>"later" to go back to the task list after saving, rather than on to the next criterion.</summary>
    [BindProperty] public string? Then { get; set; }

    public FrameworkCriterion Criterion { get; private set; } = null!;
    public Principle Principle { get; private set; } = null!;
    public int Position { get; private set; }
    /// <summary>The register's facts for the criterion, as of today; null when none apply.</summary>
    public CriterionEvidence.Facts? Evidence { get; private set; }

    /// <summary>The levels as radios: each with this criterion's guidance for it, or the framework's words for the level when it has none.</summary>
    public IReadOnlyList<Choice> Levels => [.. Assessment.Definition.Levels.Select((level, i) => new Choice(
        level.Value.ToString(CultureInfo.InvariantCulture), level.Name,
        Hint: Criterion.Guidance.ElementAtOrDefault(i) is { Length: > 0 } guidance ? guidance : level.Description))];

    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, assessmentId, criterionId, cancellationToken)) return NotFound();
        Fill(Ratings.GetValueOrDefault(Criterion.Id));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid assessmentId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, assessmentId, criterionId, cancellationToken)) return NotFound();
        if (WhyNotRating is { } why)
        {
            this.AddError("", why);
            Fill(Ratings.GetValueOrDefault(Criterion.Id));
            return Page();
        }
        var notApplicable = Level == AssessmentRatings.NotApplicableValue;
        int? level = int.TryParse(Level, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        var answer = new RatingAnswer(level, notApplicable, notApplicable ? Justification : Rationale, EvidenceLinks);
        var errors = RatingRules.Check(answer, Assessment.Definition)
            .Select(e => notApplicable && e.Field == "rationale" ? e with { Field = "justification" } : e).ToList();
        if (UnusedBox(notApplicable, level) is { } unused) errors.Add(unused);
        if (errors.Count > 0)
        {
            this.AddErrors(errors, FieldOrder);
            return Page();
        }
        switch (await AssessmentRatings.SaveAsync(Db, Rater, Criterion.Id, answer, Version, Time, cancellationToken))
        {
            case RatingSave.Stale:
                Fill((await AssessmentRatings.RatingsOfAsync(Db, Rater.Id, cancellationToken)).GetValueOrDefault(Criterion.Id));
                this.AddError("", string.Format(Versions.StaleMessage, "rating"));
                return Page();
        }
        TempData["Done"] = $"Your rating of {Criterion.Id} is saved";
        var rated = Ratings.Keys.Append(Criterion.Id).ToHashSet();
        if (Then == "later") return Redirect(RateHref);
        return Redirect(AssessmentRatings.NextUnrated(Assessment, rated, Criterion.Id) is { } next ? $"{RateHref}/{next}" : $"{RateHref}/finish");
    }

    /// <summary>
    /// A rating keeps one text: the justification when not applicable, else the rationale. Text typed in the other box
    /// would be lost on saving, so the rater is asked to move or clear it rather than have it dropped unseen.
    /// </summary>
    private FieldError? UnusedBox(bool notApplicable, int? level)
    {
        if (notApplicable && !string.IsNullOrWhiteSpace(Rationale))
            return new FieldError("rationale", "You chose not applicable: give your reasons as the justification and clear the rationale, or choose a rating");
        if (level is not null && !string.IsNullOrWhiteSpace(Justification))
            return new FieldError("justification", "You chose a rating: clear the justification, which is only for not applicable, or put it in the rationale");
        return null;
    }

    private async Task<bool> LoadAsync(string code, Guid assessmentId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await EnterAsRaterAsync(code, assessmentId, "Rate a criterion", cancellationToken)) return false;
        var index = Assessment.CriterionIds.ToList().IndexOf(criterionId);
        if (index < 0) return false;
        Criterion = Assessment.Definition.Criterion(criterionId)!;
        Principle = Assessment.Definition.PrincipleOf(criterionId)!;
        Position = index + 1;
        Title = $"{Criterion.Id} {Criterion.Text}";
        Evidence = await CriterionEvidence.ReadAsync(Db, code, Criterion.Evidence, GoldenThread.Network.UkDate.DateOf(Time.GetUtcNow()), cancellationToken);
        return true;
    }

    private void Fill(CriterionRating? rating)
    {
        Version = rating?.Version ?? 0;
        Level = rating is null ? null : rating.NotApplicable ? AssessmentRatings.NotApplicableValue : rating.Level?.ToString(CultureInfo.InvariantCulture);
        var notApplicable = rating?.NotApplicable == true;
        Justification = notApplicable ? rating!.Rationale : null;
        Rationale = notApplicable ? null : rating?.Rationale;
        EvidenceLinks = [.. rating?.EvidenceLinks ?? []];
    }

    /// <summary>The link boxes to show: those given, and blank ones up to the most a rating may have.</summary>
    public IReadOnlyList<string?> LinkBoxes => [.. EvidenceLinks.Concat(Enumerable.Repeat<string?>(null, CriterionRating.MostLinks)).Take(Math.Max(CriterionRating.MostLinks, EvidenceLinks.Count))];
}

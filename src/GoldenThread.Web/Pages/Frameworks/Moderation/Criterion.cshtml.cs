using System.Security.Claims;
using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>
/// Moderating one criterion: its wording and guidance, the spread of the raters' ratings, each rater's level,
/// rationale and evidence links (with their names: this page is the leadership team's), and the moderated level with
/// why, saved as the assessment's one moderated rating of the criterion (a later save changes it, audited).
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class CriterionModel(GoldenThreadDbContext db, TimeProvider time) : ModerationPage(db, time)
{

    public sealed record RaterRating(string Rater, int? Level, string? Rationale, IReadOnlyList<string> EvidenceLinks);

    [BindProperty] public string? Level { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    /// <summary>The version of the moderated rating the form was filled from; 0 when there was none.</summary>
    [BindProperty] public int Version { get; set; }

    public FrameworkCriterion Criterion { get; private set; } = null!;
    /// <summary>The register's facts for the criterion, as of today; null when none apply.</summary>
    public CriterionEvidence.Facts? Evidence { get; private set; }
    public Principle Principle { get; private set; } = null!;
    public CriterionSpread Spread { get; private set; } = null!;
    public IReadOnlyList<RaterRating> Ratings { get; private set; } = [];

    public IReadOnlyList<Choice> Levels =>
    [
        .. Definition.Levels.Select((level, i) => new Choice(level.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), level.Name,
            Hint: Criterion.Guidance.ElementAtOrDefault(i) is { Length: > 0 } guidance ? guidance : level.Description)),
        new(AssessmentRatings.NotApplicableValue, ModerationWords.NotApplicable, Hint: "The criterion does not apply to this system; say why in the rationale"),
    ];

    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(code, assessmentId, criterionId, cancellationToken)) return NotFound();
        Fill(Moderation.Moderated.GetValueOrDefault(criterionId));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid assessmentId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(code, assessmentId, criterionId, cancellationToken)) return NotFound();
        if (Refused()) return Page();
        if (Check() is not { } level) return Page();
        var existing = await Db.ModeratedRatings.SingleOrDefaultAsync(m => m.AssessmentId == assessmentId && m.CriterionId == criterionId, cancellationToken);
        var rating = existing ?? new ModeratedRating { SystemId = Assessment.SystemId, AssessmentId = assessmentId, CriterionId = criterionId, Rationale = "" };
        (rating.Level, rating.NotApplicable, rating.Rationale) = (level.Value, level.Value is null, Rationale!.Trim());
        (rating.ModeratedAt, rating.ModeratedByAccountId) = (Time.GetUtcNow(), User.FindFirstValue(ClaimTypes.NameIdentifier));
        var done = $"{criterionId} moderated as {ModerationWords.Level(Definition, level.Value)}";
        if (existing is not null)
            return await SaveEditAsync(Db, existing, Version, "moderated rating", () => CurrentAsync(cancellationToken), Fill, done, ModerationHref, cancellationToken);
        // A first moderation: made from a form that showed none, and refused if someone else's first one got in meanwhile.
        if (Version == 0)
        {
            Db.ModeratedRatings.Add(rating);
            try
            {
                await Db.SaveChangesAsync(cancellationToken);
                Done = done;
                return Redirect(ModerationHref);
            }
            catch (DbUpdateException)
            {
                Db.ChangeTracker.Clear();
            }
        }
        Fill(await CurrentAsync(cancellationToken));
        this.AddError("", string.Format(Versions.StaleMessage, "moderated rating"));
        return Page();
    }

    private Task<ModeratedRating?> CurrentAsync(CancellationToken cancellationToken) =>
        Db.ModeratedRatings.AsNoTracking().SingleOrDefaultAsync(m => m.AssessmentId == Assessment.Id && m.CriterionId == Criterion.Id, cancellationToken);

    /// <summary>The form from the moderated rating there is, or, with none, from the level the raters' median suggests.</summary>
    private void Fill(ModeratedRating? moderated)
    {
        if (moderated is null)
        {
            Level = Spread.Suggested?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (Spread.SuggestsNotApplicable ? AssessmentRatings.NotApplicableValue : null);
            (Rationale, Version) = (null, 0);
            return;
        }
        Level = moderated.NotApplicable ? AssessmentRatings.NotApplicableValue : moderated.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (Rationale, Version) = (moderated.Rationale, moderated.Version);
    }

    /// <summary>The chosen level (null inside for not applicable), or null with the form's errors added.</summary>
    private Box? Check()
    {
        Box? level = null;
        if (Level == AssessmentRatings.NotApplicableValue) level = new Box(null);
        else if (Definition.Levels.FirstOrDefault(l => l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == Level) is { } chosen) level = new Box(chosen.Value);
        else this.AddError(nameof(Level), "Select the moderated level");
        if (string.IsNullOrWhiteSpace(Rationale)) this.AddError(nameof(Rationale), "Enter why the criterion is moderated at this level");
        else if (Rationale.Trim().Length > ModeratedRating.RationaleLength)
            this.AddError(nameof(Rationale), $"The rationale must be {ModeratedRating.RationaleLength:N0} characters or fewer");
        return ModelState.IsValid ? level : null;
    }

    private sealed record Box(int? Value);

    private async Task<bool> FindAsync(string code, Guid assessmentId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, "Moderate", cancellationToken)) return false;
        if (Definition.Criteria.FirstOrDefault(c => c.Id == criterionId) is not { } criterion) return false;
        (Criterion, Principle, Spread) = (criterion, Definition.PrincipleOf(criterionId)!, Moderation.SpreadOf(criterionId));
        Evidence = await CriterionEvidence.ReadAsync(Db, code, criterion.Evidence, UkDate.DateOf(Time.GetUtcNow()), cancellationToken);
        Within("Moderation", ModerationHref);
        Title = $"Moderate {criterion.Id} – {Assessment.Name}";
        var ratings = await Db.CriterionRatings.AsNoTracking()
            .Where(r => r.AssessmentId == assessmentId && r.CriterionId == criterionId)
            .Join(Db.AssessmentRaters, r => r.RaterId, a => a.Id, (r, a) => new { r, a.PersonId })
            .Join(Db.People, x => x.PersonId, p => p.Id, (x, p) => new { x.r.Level, x.r.NotApplicable, x.r.Rationale, x.r.EvidenceLinks, p.Name })
            .ToListAsync(cancellationToken);
        Ratings = [.. ratings.OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .Select(r => new RaterRating(r.Name, r.NotApplicable ? null : r.Level, r.Rationale, r.EvidenceLinks))];
        return true;
    }

    /// <summary>An evidence link as a link only when it is a web address; anything else is shown as written.</summary>
    public static bool IsWebAddress(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}

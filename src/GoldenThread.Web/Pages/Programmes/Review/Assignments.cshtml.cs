using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Review;

/// <summary>
/// Who reviews each eligible application of a round: assignment by the balancing engine (keeping what is there),
/// then by hand, where a conflict (declared or computed from the register) refuses the reviewer unless the operator
/// gives a reason to override it; and removal while the reviewer has not scored (after that, with confirmation).
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class AssignmentsModel(GoldenThreadDbContext db, TimeProvider time) : ReviewPage(db, time)
{
    public sealed record Row(RoundEligibility.Entry Entry, IReadOnlyList<ReviewAssignment> Assignments, IReadOnlyList<(string Reviewer, ReviewConflict Conflict)> Conflicts);
    public sealed record Removal(ReviewAssignment Assignment, string Name, string Reference, string ReviewHref);
    public sealed record Load(Reviewer Reviewer, int Assigned, int Scored, int Conflicts);

    [BindProperty] public string? ApplicationId { get; set; }
    [BindProperty] public string? ReviewerId { get; set; }
    [BindProperty] public string? OverrideReason { get; set; }
    /// <summary>What automatic assignment could not do, one line per application, carried across its redirect.</summary>
    [TempData] public string? Shortfalls { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>
    /// Assignments of applications that were eligible when assigned but no longer are (a settings change, or the team cap
    /// after another team applied): the reviewer still sees them, so the operator sees them too and can remove them.
    /// </summary>
    public IReadOnlyList<(RoundEligibility.Entry Entry, ReviewAssignment Assignment)> NoLongerEligible { get; private set; } = [];
    public IReadOnlyList<Load> Loads { get; private set; } = [];
    public IReadOnlyList<Choice> Applications { get; private set; } = [];
    public IReadOnlyList<Choice> ReviewerChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, "Review", cancellationToken)) return NotFound();
        Show();
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, "Review", cancellationToken)) return NotFound();
        var plan = Review.PlanAutomatic();
        var now = Time.GetUtcNow();
        Db.ReviewAssignments.AddRange(plan.Added.Select(p => new ReviewAssignment
        {
            SystemId = Eligible(p.ApplicationId)!.Application.SystemId, ApplicationId = p.ApplicationId, ReviewerAccountId = p.ReviewerId,
            Automatic = true, AssignedAt = now,
        }));
        if (!await SavedAsync(cancellationToken)) return await ShowAgainAsync(roundId, cancellationToken);
        Done = plan.Added.Count switch
        {
            0 => "No reviewers added: every application has its reviewers, or none can be found",
            1 => "1 reviewer added automatically",
            var n => $"{n} reviewers added automatically",
        };
        Shortfalls = plan.Shortfalls.Count == 0 ? null : string.Join('\n', plan.Shortfalls.Select(s =>
            $"{Eligible(s.ApplicationId)!.Application.Reference} has {s.Assigned} of {s.Needed} reviewers: {s.Reason}"));
        return Redirect(ReviewHref);
    }

    public async Task<IActionResult> OnPostAddAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, "Review", cancellationToken)) return NotFound();
        var entry = Guid.TryParse(ApplicationId, out var id) ? Eligible(id) : null;
        var reviewer = Review.Reviewers.FirstOrDefault(r => r.AccountId == ReviewerId);
        if (entry is null) this.AddError(nameof(ApplicationId), "Select an application");
        if (reviewer is null) this.AddError(nameof(ReviewerId), "Select a reviewer");
        if (entry is null || reviewer is null) return Again();

        var reference = entry.Application.Reference;
        var conflicts = Review.ConflictsOf(entry.Application.Id, reviewer.AccountId);
        var reason = OverrideReason?.Trim();
        if (Review.Assignments.Any(a => a.ApplicationId == entry.Application.Id && a.ReviewerAccountId == reviewer.AccountId))
            this.AddError(nameof(ReviewerId), $"{reviewer.Name} already reviews {reference}");
        else if (conflicts.Count > 0 && string.IsNullOrEmpty(reason))
            this.AddError(nameof(OverrideReason),
                $"{reviewer.Name} has a conflict with {reference} ({string.Join("; ", conflicts.Select(c => c.Reason))}). To assign them all the same, give a reason for overriding it");
        else if (reason?.Length > ReviewAssignment.TextLength)
            this.AddError(nameof(OverrideReason), $"The reason must be {ReviewAssignment.TextLength:N0} characters or fewer");
        if (!ModelState.IsValid) return Again();

        Db.ReviewAssignments.Add(new ReviewAssignment
        {
            SystemId = entry.Application.SystemId, ApplicationId = entry.Application.Id, ReviewerAccountId = reviewer.AccountId,
            ConflictOverrideReason = conflicts.Count > 0 ? reason : null, AssignedAt = Time.GetUtcNow(),
        });
        if (!await SavedAsync(cancellationToken)) return await ShowAgainAsync(roundId, cancellationToken);
        Done = $"{reviewer.Name} will review {reference}{(conflicts.Count > 0 ? ", their conflict overridden" : "")}";
        return Redirect(ReviewHref);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid roundId, Guid assignmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, "Review", cancellationToken)) return NotFound();
        if (Review.Assignments.FirstOrDefault(a => a.Id == assignmentId) is not { } assignment) return NotFound();
        // Scores are work: removing a reviewer who has any asks first.
        if (ReviewWords.Started(assignment)) return Redirect($"{ReviewHref}/assignments/{assignmentId}/remove");
        Db.ReviewAssignments.Remove(assignment);
        if (!await SavedAsync(cancellationToken)) return await ShowAgainAsync(roundId, cancellationToken);
        Done = $"{Review.NameOf(assignment.ReviewerAccountId)} no longer reviews {Review.Eligibility.Applications[assignment.ApplicationId].Application.Reference}";
        return Redirect(ReviewHref);
    }

    private IActionResult Again()
    {
        Show();
        return Page();
    }

    /// <summary>Saves; false, with an error, when someone else changed the same assignments at the same moment.</summary>
    private async Task<bool> SavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<IActionResult> ShowAgainAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, "Review", cancellationToken)) return NotFound();
        this.AddError("", "Someone else changed this round's reviewers at the same moment, so nothing was saved. Check them and try again");
        return Again();
    }

    private void Show()
    {
        var assigned = Review.Assignments.ToLookup(a => a.ApplicationId);
        Rows = [.. Review.Eligible.Select(e => new Row(e, [.. assigned[e.Application.Id]],
            [.. Review.Reviewers.SelectMany(r => Review.ConflictsOf(e.Application.Id, r.AccountId).Select(c => (r.Name, c)))]))];
        var eligible = Review.Eligible.Select(e => e.Application.Id).ToHashSet();
        NoLongerEligible = [.. Review.Assignments.Where(a => !eligible.Contains(a.ApplicationId))
            .Select(a => (Review.Eligibility.Applications[a.ApplicationId], a))
            .OrderBy(x => x.Item1.Application.Reference, StringComparer.Ordinal)];
        Loads = [.. Review.Reviewers.Select(r => new Load(r,
            Review.Assignments.Count(a => a.ReviewerAccountId == r.AccountId),
            Review.Assignments.Count(a => a.ReviewerAccountId == r.AccountId && a.SubmittedAt is not null),
            Review.Eligible.Count(e => Review.ConflictsOf(e.Application.Id, r.AccountId).Count > 0)))];
        Applications = [.. Review.Eligible.Select(e => new Choice(e.Application.Id.ToString(), Describe(e)))];
        ReviewerChoices = [.. Review.Reviewers.Select(r => new Choice(r.AccountId, r.Name))];
    }

    public static string Describe(RoundEligibility.Entry entry) =>
        $"{entry.Application.Reference}: {entry.Application.Content.TeamName} ({entry.SystemCode})";
}

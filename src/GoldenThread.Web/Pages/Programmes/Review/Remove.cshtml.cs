using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Review;

/// <summary>Takes a reviewer off an application after asking, since their scores go with them.</summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class RemoveModel(GoldenThreadDbContext db, TimeProvider time) : ReviewPage(db, time)
{
    public ReviewAssignment Assignment { get; private set; } = null!;
    public string ReviewerName { get; private set; } = "";
    public string Reference { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid roundId, Guid assignmentId, CancellationToken cancellationToken) =>
        await FindAsync(roundId, assignmentId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid roundId, Guid assignmentId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(roundId, assignmentId, cancellationToken)) return NotFound();
        Db.ReviewAssignments.Remove(Assignment);
        if (!await Db.SaveIfUnchangedAsync(Assignment, Assignment.Version, cancellationToken))
        {
            // Removed already, or the reviewer saved meanwhile: ask again about what is there now.
            if (!await FindAsync(roundId, assignmentId, cancellationToken)) return Redirect(ReviewHref);
            this.AddError("", $"{ReviewerName} changed their review while you were removing them. Check it and try again");
            return Page();
        }
        Done = $"{ReviewerName} no longer reviews {Reference}";
        return Redirect(ReviewHref);
    }

    private async Task<bool> FindAsync(Guid roundId, Guid assignmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, "Remove a reviewer", cancellationToken)) return false;
        if (Review.Assignments.FirstOrDefault(a => a.Id == assignmentId) is not { } assignment) return false;
        Assignment = assignment;
        (ReviewerName, Reference) = (Review.NameOf(assignment.ReviewerAccountId), Review.Eligibility.Applications[assignment.ApplicationId].Application.Reference);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Review", ReviewHref)];
        return true;
    }
}

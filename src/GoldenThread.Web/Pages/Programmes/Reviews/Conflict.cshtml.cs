using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Reviews;

/// <summary>
/// A reviewer says they cannot review an application fairly, and why: the declaration is kept (the operator sees it and
/// automatic assignment avoids it) and the assignment, with any draft scores, goes.
/// </summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class ConflictModel(GoldenThreadDbContext db, TimeProvider time) : OwnReviewPage(db)
{
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid assignmentId, CancellationToken cancellationToken) =>
        await EnterAsync(assignmentId, "Declare a conflict", tracked: false, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(assignmentId, "Declare a conflict", tracked: true, cancellationToken)) return NotFound();
        if (Assignment.SubmittedAt is not null) return Page();
        var reason = Reason?.Trim();
        if (string.IsNullOrEmpty(reason)) this.AddError(nameof(Reason), "Enter why you cannot review this application fairly");
        else if (reason.Length > ConflictDeclaration.ReasonLength) this.AddError(nameof(Reason), $"The reason must be {ConflictDeclaration.ReasonLength:N0} characters or fewer");
        if (!ModelState.IsValid) return Page();

        // Declared before (then assigned again by an operator overriding it): the new reason replaces the old.
        var declaration = await Db.ConflictDeclarations.SingleOrDefaultAsync(c => c.ApplicationId == Assignment.ApplicationId && c.ReviewerAccountId == Me, cancellationToken);
        if (declaration is null)
            Db.ConflictDeclarations.Add(declaration = new ConflictDeclaration
                { SystemId = Assignment.SystemId, ApplicationId = Assignment.ApplicationId, ReviewerAccountId = Me, Reason = reason! });
        (declaration.Reason, declaration.DeclaredAt) = (reason!, time.GetUtcNow());
        Db.ReviewAssignments.Remove(Assignment);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The operator removed the assignment, or it changed, at the same moment: show what is there now.
            Db.ChangeTracker.Clear();
            if (!await EnterAsync(assignmentId, "Declare a conflict", tracked: false, cancellationToken)) return Redirect(ListHref);
            this.AddError(nameof(Reason), "Your review changed while you were declaring a conflict, so nothing was saved. Try again");
            return Page();
        }
        TempData["Done"] = $"Conflict declared: {Application.Reference} is no longer assigned to you";
        return Redirect(ListHref);
    }
}

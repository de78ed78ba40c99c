using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>
/// The set's private notes, newest first, and a note to add: read and written by its members and its facilitator only
/// (the policy keeps the leadership team out unless they are one of them).
/// </summary>
[Authorize(Policy = Policies.LearningSetMember)]
public sealed class NotesModel(GoldenThreadDbContext database, TimeProvider time) : LearningSetPage(database)
{
    public sealed record NoteRow(Guid Id, string Author, string Text, DateTimeOffset WrittenAt);

    [BindProperty] public string? Text { get; set; }
    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, cancellationToken)) return NotFound();
        var errors = LearningSetRules.Note(Text);
        this.AddErrors(errors, ["text"]);
        if (errors.Count > 0) return Page();
        var author = await Db.People.AsNoTracking().Where(p => p.Id == User.PersonId()).Select(p => new { p.Id, p.Name }).SingleAsync(cancellationToken);
        Db.LearningSetNotes.Add(new LearningSetNote
        {
            SystemId = SystemId, LearningSetId = LearningSetId, AuthorPersonId = author.Id, AuthorName = author.Name, Text = Text!.Trim(), WrittenAt = time.GetUtcNow(),
        });
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = "Note added";
        return Redirect($"{SetHref}/notes");
    }

    private async Task<bool> EnterAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSetAsync(code, "Private notes", tracked: false, cancellationToken) is null) return false;
        Notes = await Db.LearningSetNotes.AsNoTracking().Where(n => n.LearningSetId == LearningSetId)
            .OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id)
            .Select(n => new NoteRow(n.Id, n.AuthorName, n.Text, n.WrittenAt))
            .ToListAsync(cancellationToken);
        return true;
    }
}

using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Adapt;

/// <summary>
/// A page making one change to the system's framework (<see cref="FrameworkAdaptation"/>): the change is checked, and
/// saved as the next version with the required "what changed and why" note, only from the version the form was read at.
/// </summary>
public abstract class AdaptationPage(GoldenThreadDbContext db, TimeProvider time) : FrameworkPage(db)
{
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }

    /// <summary>The page's keys in the order its fields show; a problem's field (<see cref="FieldKey"/>) not here goes first.</summary>
    protected abstract string[] FieldOrder { get; }

    /// <summary>The ModelState key of a problem's field; "" for a problem with the whole change.</summary>
    protected abstract string FieldKey(string field);

    /// <summary>Puts the current version's wording in the form.</summary>
    protected abstract void Fill();

    protected async Task<bool> EnterFormAsync(string code, Guid frameworkId, string title, bool tracked, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, frameworkId, title, tracked, cancellationToken)) return false;
        Within(Framework.Name, Href);
        return true;
    }

    /// <summary>Saves the change as the next version and goes back to the framework, or shows the form with its problems.</summary>
    protected async Task<IActionResult> AdaptAsync(FrameworkChange change, Func<Adaptation, string> done, CancellationToken cancellationToken)
    {
        if (Framework.Version != Version) return Stale();
        var adaptation = FrameworkAdaptation.Apply(Current.Definition, change);
        var problems = adaptation.Problems.Concat(FrameworkVersions.NoteProblems(Note)).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems.Select(p => p with { Field = FieldKey(p.Field) }).OrderBy(p => Array.IndexOf(FieldOrder, p.Field)))
                this.AddError(problem.Field, problem.Message);
            return Page();
        }
        var saved = await FrameworkVersions.SaveNextAsync(Db, Framework, Version, adaptation.Definition!, Note!, User.AccountId(), time.GetUtcNow(), cancellationToken);
        if (saved is null)
        {
            var (code, frameworkId, title) = (Code, Framework.Id, Title);
            if (!await EnterFormAsync(code, frameworkId, title, tracked: false, cancellationToken)) return NotFound();
            return Stale();
        }
        TempData["Done"] = $"{done(adaptation)}: the framework is now at version {saved.Number}";
        return Redirect(adaptation.CriterionId is { } id ? $"{Href}#criterion-{id}" : Href);
    }

    private IActionResult Stale()
    {
        Version = Framework.Version;
        Fill();
        this.AddError("", FrameworkVersions.StaleMessage);
        return Page();
    }

    /// <summary>Problems about guidance lines keyed as the form's <c>Guidance[i]</c> fields; others by <paramref name="other"/>.</summary>
    protected static string CriterionFieldKey(string field, Func<string, string> other) => field switch
    {
        "text" => "Text",
        "note" => "Note",
        "guidance" => "Guidance[0]",
        _ when field.StartsWith("guidance[", StringComparison.Ordinal) => "G" + field[1..],
        _ => other(field),
    };
}

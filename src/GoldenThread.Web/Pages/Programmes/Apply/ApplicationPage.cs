using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// A page about one of the system's team applications: finds it in the route's system, with its round, and puts it in
/// the breadcrumbs. Question pages also check that whoever asks may change the draft, check their answer against the
/// application rules, and save it to the draft, so a team can leave at any page and come back.
/// </summary>
public abstract class ApplicationPage(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    /// <summary><c>check-answers</c> when the team came from check your answers to change something, and goes back there.</summary>
    [BindProperty(SupportsGet = true, Name = "from")] public string? From { get; set; }

    protected GoldenThreadDbContext Db => db;
    protected TimeProvider Time => time;
    public string Code { get; private set; } = "";
    public TeamApplication Application { get; private set; } = null!;
    public ProgrammeRound Round { get; private set; } = null!;
    public ApplicationContent Answers => Application.Content;
    public bool FromCheckAnswers => From == ApplyJourney.FromCheckAnswers;
    public string ApplicationHref => ApplyJourney.ApplicationHref(Code, Application.Id);

    /// <summary>A page of this application, keeping the way back to check your answers.</summary>
    public string Href(string slug) => ApplyJourney.Href(Code, Application.Id, slug, FromCheckAnswers);

    /// <summary>Where a save on <paramref name="slug"/> leads.</summary>
    public string Next(string slug) => ApplyJourney.After(Code, Application.Id, slug, FromCheckAnswers);

    /// <summary>How an application is known on its pages: "GT-0003 Frailty at home", or its reference until it has a name.</summary>
    public static string Named(TeamApplication application) =>
        string.IsNullOrWhiteSpace(application.Content.TeamName) ? application.Reference : $"{application.Reference} {application.Content.TeamName.Trim()}";

    /// <summary>Finds the route's application, tracked, in the route's system; false when that system has no such application.</summary>
    protected async Task<bool> EnterAsync(string code, Guid applicationId, string title, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        var application = await db.TeamApplications.SingleOrDefaultAsync(a => a.SystemId == system.Id && a.Id == applicationId, cancellationToken);
        if (application is null) return false;
        var round = await db.ProgrammeRounds.AsNoTracking().SingleAsync(r => r.Id == application.RoundId, cancellationToken);
        (Code, Application, Round) = (system.Code, application, round);
        Within("Programmes", $"/systems/{Code}/programmes");
        Within(Named(application), ApplicationHref);
        return true;
    }

    /// <summary>
    /// For a question page: null when whoever asks may change the application. Otherwise what to answer instead: the
    /// application's own page (read-only) for a look at a question, or for an answer to an application no longer a
    /// draft; 403 for an answer to a draft from someone who may not change it; 404 when there is no such application.
    /// </summary>
    protected async Task<IActionResult?> EnterDraftAsync(string code, Guid applicationId, string title, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, applicationId, title, cancellationToken)) return NotFound();
        if (User.MayChange(Code, Application)) return null;
        return Application.State == ApplicationState.Draft && !HttpMethods.IsGet(Request.Method) ? Forbid() : Redirect(ApplicationHref);
    }

    /// <summary>
    /// Puts the page's problems beside its fields in the order <paramref name="fields"/> lists them (every field of the
    /// page, by the JSON path it fills): <paramref name="errors"/> the page found itself (an answer missing), then the
    /// application rules' problems with <paramref name="candidate"/>, keeping each field's first. A field "" stands for
    /// the page as a whole (too many members). True when there are none.
    /// </summary>
    protected bool Check(List<FieldError> errors, ApplicationContent candidate, params (string Path, string Field, string Label)[] fields)
    {
        foreach (var problem in ApplicationRules.ContentProblems(candidate, Vocabularies.Default))
        {
            var (_, field, label) = fields.FirstOrDefault(f => f.Path == problem.Field);
            if (field is null || errors.Any(e => e.Field == field)) continue;
            errors.Add(new FieldError(field, field.Length == 0 ? problem.Message : Sentence(label, problem.Message)));
        }
        foreach (var whole in errors.Where(e => e.Field.Length == 0)) this.AddError("", whole.Message);
        this.AddErrors(errors.Where(e => e.Field.Length > 0), [.. fields.Select(f => f.Field)]);
        return errors.Count == 0;
    }

    /// <summary>The rules say "Must be 200 characters or fewer"; beside a field it reads "Team name must be 200 characters or fewer".</summary>
    private static string Sentence(string label, string message) =>
        message.StartsWith("Must ", StringComparison.Ordinal) ? $"{label} must{message[4..]}" : message;

    /// <summary>
    /// Saves <paramref name="content"/> as the draft's, made from the draft at <paramref name="version"/> (by default the
    /// one just read), then goes to <paramref name="next"/>. When someone else changed the draft since, saves nothing
    /// and shows the page again saying so.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(ApplicationContent content, string next, CancellationToken cancellationToken, int? version = null)
    {
        Application.Content = content;
        Application.UpdatedAt = time.GetUtcNow();
        if (await db.SaveIfUnchangedAsync(Application, version ?? Application.Version, cancellationToken)) return Redirect(next);
        this.AddError("", "Someone else changed this application while you were answering, so your answer was not saved. "
                          + "Go back to the application to see it as it is now, then try again");
        return Page();
    }
}

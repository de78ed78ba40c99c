using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Web.Api;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>
/// The form of a plan action, shared by adding one and changing one: the criterion (grouped by principle), what, who,
/// when, how it is going, and optionally the measure it should move and the assessment that prompted it.
/// </summary>
public abstract class ActionForm(GoldenThreadDbContext db, TimeProvider time) : PlanPage(db)
{
    private static readonly string[] FieldOrder =
        ["criterionId", "title", "description", "owner", "ownerPersonId", "dueOn", "status", "progressNote", "measureId", "assessmentId"];

    [BindProperty] public string? CriterionId { get; set; }
    [BindProperty] public string? ActionTitle { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public Guid? OwnerPersonId { get; set; }
    [BindProperty] public DateParts DueOn { get; set; } = new();
    [BindProperty] public string? Status { get; set; } = PlanActionRules.Word(ActionStatus.NotStarted);
    [BindProperty] public string? ProgressNote { get; set; }
    [BindProperty] public Guid? MeasureId { get; set; }
    [BindProperty] public Guid? AssessmentId { get; set; }
    [BindProperty] public int Version { get; set; }

    public FrameworkDefinition Definition { get; private set; } = new();
    public IReadOnlyList<Choice> People { get; private set; } = [];
    public IReadOnlyList<Choice> Measures { get; private set; } = [];
    public IReadOnlyList<Choice> Assessments { get; private set; } = [];

    /// <summary>The criteria to choose from, by principle: those not retired, and the action's own even if it is.</summary>
    public IReadOnlyList<Choice> Criteria(string? current) =>
        [.. Definition.Principles.SelectMany(p => p.Criteria.Where(c => !c.Retired || c.Id == current)
            .Select(c => new Choice(c.Id, $"{c.Id} {c.Text}{(c.Retired ? " (retired)" : "")}", $"{p.Id} {p.Title}")))];

    public static IReadOnlyList<Choice> Statuses => [.. PlanActionRules.Statuses.Select(s => new Choice(s.Word, s.Name))];

    /// <summary>Reads the choices of the framework <see cref="PlanPage.FrameworkId"/>; false when there is none.</summary>
    protected async Task<bool> EnterFormAsync(string code, string title, string? framework, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, title, framework, cancellationToken) || FrameworkId is not { } frameworkId) return false;
        Within("Plan", Href());
        Definition = await Db.Frameworks.AsNoTracking().Where(f => f.Id == frameworkId)
            .Join(Db.FrameworkVersions, f => f.CurrentVersionId, v => v.Id, (f, v) => v.Definition).SingleAsync(cancellationToken);
        People = await RegisterChoices.PeopleAsync(Db, SystemId, cancellationToken);
        Measures = [.. (await Db.Measures.AsNoTracking().Where(m => m.SystemId == SystemId).OrderBy(m => m.Name).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken)).Select(m => new Choice(m.Id.ToString(), m.Name))];
        Assessments = [.. (await Db.Assessments.AsNoTracking().Where(a => a.SystemId == SystemId && a.FrameworkId == frameworkId)
            .OrderByDescending(a => a.OpensOn).ThenBy(a => a.Id).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            .Select(a => new Choice(a.Id.ToString(), a.Name))];
        return true;
    }

    protected void Fill(PlanAction action)
    {
        (CriterionId, ActionTitle, Description, Owner, OwnerPersonId) = (action.CriterionId, action.Title, action.Description, action.Owner, action.OwnerPersonId);
        (DueOn, Status, ProgressNote) = (DateParts.From(action.DueOn), PlanActionRules.Word(action.Status), action.ProgressNote);
        (MeasureId, AssessmentId, Version) = (action.MeasureId, action.AssessmentId, action.Version);
    }

    private DateOnly? due;

    /// <summary>Checks the form, putting each problem beside its field; true when there are none.</summary>
    protected bool Check(string? currentCriterionId)
    {
        // A person chosen and no owner written: the person is the owner, as named in the register.
        if (string.IsNullOrWhiteSpace(Owner) && OwnerPersonId is { } person && People.FirstOrDefault(p => p.Value == person.ToString()) is { } chosen)
            Owner = chosen.Text;
        var reading = DueOn.Read("due date", required: true);
        due = reading.Date;
        var errors = PlanActionRules.Check(Input.Fields, Definition, currentCriterionId);
        if (reading.Error is { } problem) errors = [.. errors.Where(e => e.Field != "dueOn"), new FieldError("dueOn", problem)];
        if (OwnerPersonId is { } owner && People.All(p => p.Value != owner.ToString())) errors.Add(new FieldError("ownerPersonId", "Select a person of this system"));
        if (MeasureId is { } measure && Measures.All(m => m.Value != measure.ToString())) errors.Add(new FieldError("measureId", "Select a measure of this system"));
        if (AssessmentId is { } assessment && Assessments.All(a => a.Value != assessment.ToString()))
            errors.Add(new FieldError("assessmentId", "Select an assessment of this framework"));
        foreach (var error in errors.OrderBy(e => Array.IndexOf(FieldOrder, e.Field)))
            this.AddError(error.Field == "title" ? nameof(ActionTitle) : char.ToUpperInvariant(error.Field[0]) + error.Field[1..], error.Message);
        return errors.Count == 0;
    }

    /// <summary>The form as the API would take it, once <see cref="Check"/> has read its due date.</summary>
    private PlanActionInput Input => new(CriterionId, ActionTitle, Description, Owner, OwnerPersonId, due, Status, ProgressNote, MeasureId, AssessmentId);

    /// <summary>Puts the checked form into <paramref name="action"/>; call after <see cref="Check"/> found no problems.</summary>
    protected void Apply(PlanAction action) => Input.ApplyTo(action, time.GetUtcNow());
}

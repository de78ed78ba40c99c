using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>The form of a measure, shared by adding one and changing one; rebase dates are chosen from the measure's points.</summary>
public abstract class MeasureForm(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    private static readonly string[] FieldOrder =
        ["name", "unit", "definition", "source", "direction", "target", "ownerPersonId", "bodyId", "rebase", "screenOutliers", "fixAfterPoints"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public string? Definition { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Direction { get; set; }
    /// <summary>Text, so that "high" is our error in our words, and read as <see cref="WrittenNumber"/> reads every typed number.</summary>
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public Guid? OwnerPersonId { get; set; }
    [BindProperty] public Guid? BodyId { get; set; }
    [BindProperty] public List<string> Rebase { get; set; } = [];
    [BindProperty] public List<string> ScreenOutliers { get; set; } = ["true"];
    [BindProperty] public string? FixAfterPoints { get; set; }
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public IReadOnlyList<Choice> People { get; private set; } = [];
    public IReadOnlyList<Choice> Bodies { get; private set; } = [];
    /// <summary>The dates a segment may start at: those of the measure's points after its first.</summary>
    public IReadOnlyList<Choice> PointDates { get; private set; } = [];

    public static IReadOnlyList<Choice> Directions =>
    [
        new("increase", "Higher is better", Hint: "For example, the share of patients seen within 4 hours"),
        new("decrease", "Lower is better", Hint: "For example, admissions from care homes, or weeks waiting"),
        new("neutral", "Neither", Hint: "For example, referrals, where a change needs looking into either way"),
    ];

    protected async Task<bool> EnterAsync(string code, string title, Guid? measureId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        Within("Measures", $"/systems/{Code}/measures");
        People = await RegisterChoices.PeopleAsync(db, SystemId, cancellationToken);
        Bodies = await RegisterChoices.BodiesAsync(db, SystemId, null, cancellationToken);
        var dates = measureId is { } id
            ? await db.MeasurePoints.AsNoTracking().Where(p => p.MeasureId == id).OrderBy(p => p.Date).Select(p => p.Date).ToListAsync(cancellationToken)
            : [];
        PointDates = [.. dates.Skip(1).Select(d => new Choice(Iso(d), UkTime.Day(d)))];
        return true;
    }

    protected void Fill(Measure measure)
    {
        (Name, Unit, Definition, Source, Direction) = (measure.Name, measure.Unit, measure.Definition, measure.Source, SpcWords.Of(measure.Direction));
        Target = measure.Target?.ToString("0.###", CultureInfo.InvariantCulture);
        (OwnerPersonId, BodyId, Version) = (measure.OwnerPersonId, measure.BodyId, measure.Version);
        Rebase = [.. measure.Rebase.Order().Select(Iso)];
        ScreenOutliers = measure.ScreenOutliers ? ["true"] : [];
        FixAfterPoints = measure.FixAfterPoints?.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record Read(double? Target, int? FixAfterPoints, List<DateOnly> Rebase);

    private Read? read;

    /// <summary>Checks the form, putting each problem beside its field; true when there are none.</summary>
    protected bool Check()
    {
        var errors = new List<FieldError>();
        double? target = null;
        if (!string.IsNullOrWhiteSpace(Target))
        {
            var number = WrittenNumber.Read(Target, "a target");
            if (number.Problem is { } problem) errors.Add(new FieldError("target", problem));
            target = number.Value;
        }
        int? fixAfter = null;
        if (!string.IsNullOrWhiteSpace(FixAfterPoints))
            fixAfter = FormNumbers.Whole(FixAfterPoints, "fixAfterPoints", "Fix limits after", "12", errors);
        var rebase = Rebase.Select(PointRows.ParseDate).OfType<DateOnly>().Distinct().Order().ToList();
        var dates = PointDates.Select(c => PointRows.ParseDate(c.Value)!.Value).ToHashSet();
        errors.AddRange(MeasureRules.Check(new MeasureFields(Name, Unit, Definition, Source, Direction, target, fixAfter, rebase), dates)
            .Select(e => e.Field.StartsWith("rebase[", StringComparison.Ordinal) ? e with { Field = "rebase" } : e));
        if (OwnerPersonId is { } owner && People.All(p => p.Value != owner.ToString())) errors.Add(new FieldError("ownerPersonId", "Select a person of this system"));
        if (BodyId is { } body && Bodies.All(b => b.Value != body.ToString())) errors.Add(new FieldError("bodyId", "Select a body of this system"));
        this.AddErrors(errors, FieldOrder);
        read = new Read(target, fixAfter, rebase);
        return errors.Count == 0;
    }

    /// <summary>Puts the checked form into <paramref name="measure"/>; call after <see cref="Check"/> found no problems.</summary>
    protected void Apply(Measure measure)
    {
        var checkedForm = read ?? throw new InvalidOperationException("Check the form before applying it");
        (measure.Name, measure.Unit, measure.Definition, measure.Source) = (Name!.Trim(), Unit!.Trim(), Optional(Definition), Optional(Source));
        measure.Direction = SpcWords.Direction(Direction)!.Value;
        (measure.Target, measure.FixAfterPoints, measure.Rebase) = (checkedForm.Target, checkedForm.FixAfterPoints, checkedForm.Rebase);
        (measure.OwnerPersonId, measure.BodyId, measure.ScreenOutliers) = (OwnerPersonId, BodyId, ScreenOutliers.Contains("true"));
        if (measure.CreatedAt == default) measure.CreatedAt = time.GetUtcNow();
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

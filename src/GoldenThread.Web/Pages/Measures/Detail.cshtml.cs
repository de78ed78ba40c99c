using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using GoldenThread.Web.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>One measure: what it counts and who owns it, what its chart says in words, its notes, and its data table.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record Link(Guid Id, string Name);

    public string Code { get; private set; } = "";
    public Measure Measure { get; private set; } = null!;
    public Link? Owner { get; private set; }
    public Link? Body { get; private set; }
    /// <summary>The learning set whose wicked issue the measure follows, for a selected programme team's measure.</summary>
    public Link? LearningSet { get; private set; }
    public ChartedMeasure Charted { get; private set; } = null!;
    public IReadOnlyList<MeasureAnnotation> Notes { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public bool MayEdit => User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);
    public string Href => $"/systems/{Code}/measures/{Measure.Id}";

    public async Task<IActionResult> OnGetAsync(string code, Guid measureId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Measure", cancellationToken) is not { } system) return NotFound();
        if (await db.Measures.AsNoTracking().SingleOrDefaultAsync(m => m.SystemId == system.Id && m.Id == measureId, cancellationToken) is not { } measure)
            return NotFound();
        (Code, Measure, Title) = (system.Code, measure, measure.Name);
        Within("Measures", $"/systems/{Code}/measures");
        Owner = await db.People.AsNoTracking().Where(p => p.Id == measure.OwnerPersonId).Select(p => new Link(p.Id, p.Name)).SingleOrDefaultAsync(cancellationToken);
        Body = await db.Bodies.AsNoTracking().Where(b => b.Id == measure.BodyId).Select(b => new Link(b.Id, b.Name)).SingleOrDefaultAsync(cancellationToken);
        LearningSet = await db.LearningSets.AsNoTracking().Where(s => s.Id == measure.LearningSetId).Select(s => new Link(s.Id, s.Name)).SingleOrDefaultAsync(cancellationToken);
        Charted = ChartedMeasure.Of(measure, await db.MeasurePoints.AsNoTracking().Where(p => p.MeasureId == measureId).ToListAsync(cancellationToken));
        Notes = await db.MeasureAnnotations.AsNoTracking().Where(a => a.MeasureId == measureId).OrderBy(a => a.Date).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return Page();
    }

    public string Value(double value) => MeasureNumbers.Value(value, Measure.Unit, Charted.Decimals);
    public string Derived(double value) => MeasureNumbers.Derived(value, Measure.Unit, Charted.Decimals);

    /// <summary>Each segment with trial limits, as a sentence: its limits will move as points are added.</summary>
    public IEnumerable<string> TrialLimitWarnings =>
        Charted.Chart?.Segments.Where(s => s.TrialLimits).Select(s =>
            $"The limits from {UkTime.Day(Charted.Points[s.Start].Date)} are trial limits: they rest on {s.Count} {(s.Count == 1 ? "point" : "points")}, and will move as points are added until there are {Spc.TrialLimitsBelow}.")
        ?? [];
}

using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>One learning set: its wicked issue, its members, and its measures read the Making Data Count way.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public string Code { get; private set; } = "";
    public LearningSet Set { get; private set; } = null!;
    public string? Round { get; private set; }
    public IReadOnlyList<LearningSetMember> Members { get; private set; } = [];
    public IReadOnlyList<MeasureRow> Measures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, Guid learningSetId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Learning set", cancellationToken) is not { } system) return NotFound();
        if (await db.LearningSets.AsNoTracking().SingleOrDefaultAsync(s => s.SystemId == system.Id && s.Id == learningSetId, cancellationToken) is not { } set)
            return NotFound();
        (Code, Set, Title) = (system.Code, set, set.Name);
        Within("Learning sets", $"/systems/{Code}/learning-sets");
        Round = await db.ProgrammeRounds.AsNoTracking().Where(r => r.Id == set.RoundId).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
        Members = await db.LearningSetMembers.AsNoTracking().Where(m => m.LearningSetId == set.Id).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking().Where(m => m.LearningSetId == set.Id).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var points = (await db.MeasurePoints.AsNoTracking().Where(p => ids.Contains(p.MeasureId)).ToListAsync(cancellationToken)).ToLookup(p => p.MeasureId);
        Measures = [.. measures.Select(m => new MeasureRow(m, m.Definition, ChartedMeasure.Of(m, points[m.Id])))];
        return Page();
    }
}

using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>
/// The system's self-assessments: the leadership team sees every one with how many raters have finished; anyone sees
/// those they are invited to rate, with their own progress and a link to rate.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ListModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public sealed record Row(Guid Id, string Name, string Framework, int FrameworkVersion, DateOnly OpensOn, DateOnly ClosesOn,
        AssessmentState State, int Raters, int Finished);

    public sealed record ToRate(Guid Id, string Name, DateOnly OpensOn, DateOnly ClosesOn, int Criteria, int Reviewed, bool Finished, string? WhyNotRating);

    public string Code { get; private set; } = "";
    public bool Leadership { get; private set; }
    public bool HasFramework { get; private set; }
    public IReadOnlyList<Row> All { get; private set; } = [];
    public IReadOnlyList<ToRate> Mine { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Assessments", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Within("Framework", $"/systems/{Code}/framework");
        Leadership = User.MayEditRegister(Code);
        HasFramework = await db.Frameworks.AnyAsync(f => f.SystemId == system.Id, cancellationToken);
        if (Leadership)
            All = (await db.Assessments.AsNoTracking().Where(a => a.SystemId == system.Id)
                .Select(a => new
                {
                    a.Id, a.Name, Framework = db.Frameworks.Where(f => f.Id == a.FrameworkId).Select(f => f.Name).First(),
                    Number = db.FrameworkVersions.Where(v => v.Id == a.FrameworkVersionId).Select(v => v.Number).First(),
                    a.OpensOn, a.ClosesOn, a.State, a.CreatedAt,
                    Raters = db.AssessmentRaters.Count(r => r.AssessmentId == a.Id),
                    Finished = db.AssessmentRaters.Count(r => r.AssessmentId == a.Id && r.SubmittedAt != null),
                })
                .ToListAsync(cancellationToken))
                .OrderByDescending(a => a.OpensOn).ThenByDescending(a => a.CreatedAt)
                .Select(a => new Row(a.Id, a.Name, a.Framework, a.Number, a.OpensOn, a.ClosesOn, a.State, a.Raters, a.Finished)).ToList();
        Mine = await MineAsync(system.Id, cancellationToken);
        return Page();
    }

    private async Task<IReadOnlyList<ToRate>> MineAsync(Guid systemId, CancellationToken cancellationToken)
    {
        if (User.PersonId() is not { } person) return [];
        var invited = await db.AssessmentRaters.AsNoTracking().Where(r => r.SystemId == systemId && r.PersonId == person)
            .Join(db.Assessments, r => r.AssessmentId, a => a.Id, (r, a) => new { Rater = r, Assessment = a })
            .Join(db.FrameworkVersions, x => x.Assessment.FrameworkVersionId, v => v.Id, (x, v) => new
            {
                x.Rater.Id, AssessmentId = x.Assessment.Id, x.Assessment.Name, x.Assessment.OpensOn, x.Assessment.ClosesOn, x.Assessment.State,
                x.Rater.SubmittedAt, v.Definition,
            })
            .ToListAsync(cancellationToken);
        var raterIds = invited.Select(r => r.Id).ToList();
        var rated = (await db.CriterionRatings.AsNoTracking().Where(c => raterIds.Contains(c.RaterId)).Select(c => new { c.RaterId, c.CriterionId })
            .ToListAsync(cancellationToken)).ToLookup(c => c.RaterId, c => c.CriterionId);
        var today = UkTime.Today(time);
        return [.. invited.OrderByDescending(r => r.OpensOn).Select(r =>
        {
            var criteria = r.Definition.Criteria.Select(c => c.Id).ToHashSet();
            return new ToRate(r.AssessmentId, r.Name, r.OpensOn, r.ClosesOn, criteria.Count, rated[r.Id].Count(criteria.Contains), r.SubmittedAt is not null,
                RatingRules.WhyNotRating(r.State, r.OpensOn, r.ClosesOn, today));
        })];
    }
}

using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>The programme operator's start: every round, newest first, with where it is and how many teams applied.</summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class ListModel(GoldenThreadDbContext db, TimeProvider time) : RoundPage
{
    public sealed record Row(ProgrammeRound Round, RoundStatus Status, RoundCounts Counts);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Programme rounds";
        var today = UkTime.Today(time);
        var rounds = await db.ProgrammeRounds.AsNoTracking().OrderByDescending(r => r.OpensOn).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var withdrawn = await RoundCounts.WithdrawnAsync(db, [.. rounds.Select(r => r.Id)], cancellationToken);
        var rows = new List<Row>();
        foreach (var round in rounds)
        {
            var eligibility = (await RoundEligibility.EvaluateAsync(db, round.Id, time.GetUtcNow(), cancellationToken))!;
            rows.Add(new Row(round, RoundStatus.Of(round, today), RoundCounts.Of(eligibility, withdrawn.GetValueOrDefault(round.Id))));
        }
        Rows = rows;
    }
}

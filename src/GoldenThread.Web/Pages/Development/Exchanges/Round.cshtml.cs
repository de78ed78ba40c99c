using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>
/// A round as its coordinators run it: who signed up by setting; once closed, the proposed pairs with their scores, visits
/// and why, and who is left unmatched; once published, the improvement ideas by theme.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class RoundModel(GoldenThreadDbContext db, TimeProvider time) : ExchangePage(db)
{
    public sealed record IdeaRow(Guid Id, string Text, string Theme, Guid? PlanActionId, string? PlanActionTitle);

    public IReadOnlyList<(string Setting, int Count)> SignUpsBySetting { get; private set; } = [];
    public int SignUps { get; private set; }
    public IReadOnlyList<string> PlaceNames { get; private set; } = [];
    public IReadOnlyList<ExchangePairRow> Pairs { get; private set; } = [];
    public IReadOnlyList<ExchangePerson> Unmatched { get; private set; } = [];
    public IReadOnlyList<IdeaRow> Ideas { get; private set; } = [];
    public int Reflections { get; private set; }
    public bool SignUpStillOpen { get; private set; }

    public IEnumerable<(string Theme, int Count)> Themes =>
        Ideas.GroupBy(i => i.Theme).Select(g => (g.Key, g.Count())).OrderByDescending(t => t.Item2).ThenBy(t => ExchangeRules.ThemeName(t.Key));

    public async Task<IActionResult> OnGetAsync(string code, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, exchangeId, "", tracked: false, cancellationToken, roundInTrail: false)) return NotFound();
        Title = Round.Title;
        SignUpStillOpen = Round.TakesSignUps(UkTime.Today(time));
        var signUps = await Db.ExchangeSignUps.AsNoTracking().Where(s => s.RoundId == Round.Id)
            .Join(Db.People, s => s.PersonId, p => p.Id, (s, p) => new { s.PersonId, p.Setting }).ToListAsync(cancellationToken);
        SignUps = signUps.Count;
        SignUpsBySetting = [.. signUps.GroupBy(s => s.Setting).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key)];
        var places = Round.PlaceIds;
        PlaceNames = await Db.Places.AsNoTracking().Where(p => places.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
        Pairs = await ExchangeReading.PairsAsync(Db, Round.Id, cancellationToken);
        if (Round.Status != ExchangeRoundStatus.Open)
        {
            var paired = Pairs.SelectMany(p => new[] { p.A.Id, p.B.Id }).ToHashSet();
            Unmatched = [.. (await ExchangeReading.PeopleAsync(Db, signUps.Select(s => s.PersonId).Where(p => !paired.Contains(p)), cancellationToken))
                .Values.OrderBy(p => p.Name, StringComparer.CurrentCulture)];
        }
        Reflections = await Db.ExchangeReflections.CountAsync(r => r.RoundId == Round.Id, cancellationToken);
        Ideas = await Db.ExchangeIdeas.AsNoTracking().Where(i => i.RoundId == Round.Id).OrderBy(i => i.Theme).ThenBy(i => i.Id)
            .Select(i => new IdeaRow(i.Id, i.Text, i.Theme, i.PlanActionId, Db.PlanActions.Where(a => a.Id == i.PlanActionId).Select(a => a.Title).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return Page();
    }
}

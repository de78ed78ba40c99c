using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>
/// A member of a published pair records, after one of its two visits, what they learned and up to
/// <see cref="ExchangeRules.MostIdeas"/> improvement ideas, each under a theme. Anyone else, or before the visit's day,
/// is sent to "your exchange", which says where things stand.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ReflectionModel(GoldenThreadDbContext db, TimeProvider time) : ExchangePage(db)
{
    public sealed class IdeaInput
    {
        public string? Text { get; set; }
        public string? Theme { get; set; }
    }

    [BindProperty] public string? Learned { get; set; }
    [BindProperty] public List<IdeaInput> Ideas { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    public int Visit { get; private set; }
    public ExchangePairing Pairing { get; private set; } = null!;
    public string PartnerName { get; private set; } = "";
    public static IReadOnlyList<Choice> Themes => [.. ExchangeRules.Themes.Select(t => new Choice(t.Code, t.Name))];
    private Guid me;

    public async Task<IActionResult> OnGetAsync(string code, Guid exchangeId, int visit, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, exchangeId, visit, cancellationToken) is { } elsewhere) return elsewhere;
        await FillAsync(cancellationToken);
        return Page();
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (await ReflectionAsync(tracked: false, cancellationToken) is not { } reflection) return;
        (Learned, Version) = (reflection.Learned, reflection.Version);
        Ideas = [.. (await IdeasAsync(reflection, tracked: false, cancellationToken)).Select(i => new IdeaInput { Text = i.Text, Theme = i.Theme })];
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid exchangeId, int visit, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, exchangeId, visit, cancellationToken) is { } elsewhere) return elsewhere;
        var ideas = Ideas.Select(i => new ExchangeIdeaFields(i.Text, i.Theme)).ToList();
        var errors = ExchangeRules.CheckReflection(Learned, ideas);
        foreach (var error in errors)
            this.AddError(error.Field == "learned" ? nameof(Learned)
                : error.Field.Replace("ideas", nameof(Ideas)).Replace(".text", ".Text").Replace(".theme", ".Theme"), error.Message);
        if (errors.Count > 0) return Page();

        var now = time.GetUtcNow();
        var reflection = await ReflectionAsync(tracked: true, cancellationToken);
        var isNew = reflection is null;
        if (reflection is null)
        {
            reflection = new ExchangeReflection
            {
                SystemId = SystemId, RoundId = Round.Id, PairingId = Pairing.Id, PersonId = me, Visit = Visit, Learned = "", CreatedAt = now,
            };
            Db.ExchangeReflections.Add(reflection);
        }
        (reflection.Learned, reflection.UpdatedAt) = (Learned!.Trim(), now);
        KeepIdeas(reflection, isNew ? [] : await IdeasAsync(reflection, tracked: true, cancellationToken), ideas);
        if (isNew) await Db.SaveChangesAsync(cancellationToken);
        else
        {
            // The reflection moves to its next version with any change to its ideas, so a stale form is caught.
            Db.Entry(reflection).Property(r => r.UpdatedAt).IsModified = true;
            if (!await Db.SaveIfUnchangedAsync(reflection, Version, cancellationToken))
            {
                this.AddError("", "Your reflection was changed in another window meanwhile, so nothing was saved. Check it and save again");
                await FillAsync(cancellationToken);
                return Page();
            }
        }
        TempData["Done"] = $"Your reflection on visit {Visit} is saved";
        return Redirect($"{Href}/mine");
    }

    /// <summary>
    /// The ideas given, in order, over the ones kept: an idea keeps its row (and the plan action made of it) while it is
    /// there; one emptied is deleted.
    /// </summary>
    private void KeepIdeas(ExchangeReflection reflection, IReadOnlyList<ExchangeIdea> kept, IReadOnlyList<ExchangeIdeaFields> given)
    {
        var filled = given.Where(i => !string.IsNullOrWhiteSpace(i.Text)).ToList();
        for (var i = 0; i < Math.Max(kept.Count, filled.Count); i++)
        {
            if (i >= filled.Count) Db.ExchangeIdeas.Remove(kept[i]);
            else if (i < kept.Count) (kept[i].Text, kept[i].Theme) = (filled[i].Text!.Trim(), filled[i].Theme!.Trim());
            else Db.ExchangeIdeas.Add(new ExchangeIdea
            {
                SystemId = SystemId, RoundId = Round.Id, ReflectionId = reflection.Id, Text = filled[i].Text!.Trim(), Theme = filled[i].Theme!.Trim(),
            });
        }
    }

    private Task<ExchangeReflection?> ReflectionAsync(bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.ExchangeReflections.Where(r => r.PairingId == Pairing.Id && r.PersonId == me && r.Visit == Visit);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ExchangeIdea>> IdeasAsync(ExchangeReflection reflection, bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.ExchangeIdeas.Where(i => i.ReflectionId == reflection.Id).OrderBy(i => i.Id);
        return await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
    }

    /// <summary>Finds the round and the signed-in person's pair; where to go instead when they may not reflect on this visit now.</summary>
    private async Task<IActionResult?> EnterAsync(string code, Guid exchangeId, int visit, CancellationToken cancellationToken)
    {
        if (visit is not (1 or 2)) return NotFound();
        if (!await EnterAsync(code, exchangeId, $"Your reflection on visit {visit}", tracked: false, cancellationToken)) return NotFound();
        var mine = Redirect($"{Href}/mine");
        if (await MeAsync(cancellationToken) is not { } person || await PairOfAsync(person.Id, cancellationToken) is not { } pairing) return mine;
        (me, Visit, Pairing) = (person.Id, visit, pairing);
        if (pairing.Slot(visit).Date > UkTime.Today(time)) return mine;
        PartnerName = await Db.People.Where(p => p.Id == pairing.PartnerOf(person.Id)).Select(p => p.Name).SingleAsync(cancellationToken);
        return null;
    }
}

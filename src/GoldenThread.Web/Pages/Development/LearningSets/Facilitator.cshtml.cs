using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>The leadership team chooses who facilitates the set: someone of the register who is not one of its members, or no one.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class FacilitatorModel(GoldenThreadDbContext database) : LearningSetPage(database)
{
    [BindProperty] public Guid? FacilitatorPersonId { get; set; }
    [BindProperty] public int Version { get; set; }
    public IReadOnlyList<Choice> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, tracked: false, cancellationToken) is not { } set) return NotFound();
        (FacilitatorPersonId, Version) = (set.FacilitatorPersonId, set.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, tracked: true, cancellationToken) is not { } set) return NotFound();
        var members = (await MembersAsync(cancellationToken)).Select(m => m.PersonId).OfType<Guid>().ToHashSet();
        var register = People.Select(p => Guid.Parse(p.Value)).ToHashSet();
        var errors = LearningSetRules.Facilitator(FacilitatorPersonId, register, members);
        this.AddErrors(errors, ["facilitatorPersonId"]);
        if (errors.Count > 0) return Page();
        set.FacilitatorPersonId = FacilitatorPersonId;
        var chosen = People.FirstOrDefault(p => p.Value == FacilitatorPersonId?.ToString())?.Text;
        return await SaveEditAsync(Db, set, Version, "learning set", () => CurrentSetAsync(cancellationToken),
            s => (FacilitatorPersonId, Version) = (s.FacilitatorPersonId, s.Version),
            chosen is null ? $"{set.Name} has no facilitator" : $"{chosen} facilitates {set.Name}", SetHref, cancellationToken);
    }

    private async Task<LearningSet?> EnterAsync(string code, bool tracked, CancellationToken cancellationToken)
    {
        var set = await EnterSetAsync(code, "Choose the facilitator", tracked, cancellationToken);
        if (set is not null) People = await RegisterChoices.PeopleAsync(Db, SystemId, cancellationToken);
        return set;
    }
}

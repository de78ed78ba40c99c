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
    /// <summary>The person chosen, as sent: text, so that a value that is no id is refused, not taken for "no facilitator".</summary>
    [BindProperty] public string? FacilitatorPersonId { get; set; }
    [BindProperty] public int Version { get; set; }
    public IReadOnlyList<Choice> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, tracked: false, cancellationToken) is not { } set) return NotFound();
        Fill(set);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, tracked: true, cancellationToken) is not { } set) return NotFound();
        var members = (await MembersAsync(cancellationToken)).Select(m => m.PersonId).OfType<Guid>().ToHashSet();
        var register = People.Select(p => Guid.Parse(p.Value)).ToHashSet();
        var chosenId = string.IsNullOrWhiteSpace(FacilitatorPersonId) ? (Guid?)null : Guid.TryParse(FacilitatorPersonId, out var id) ? id : Guid.Empty;
        var errors = LearningSetRules.Facilitator(chosenId, register, members);
        this.AddErrors(errors, ["facilitatorPersonId"]);
        if (errors.Count > 0) return Page();
        set.FacilitatorPersonId = chosenId;
        var chosen = People.FirstOrDefault(p => p.Value == chosenId?.ToString())?.Text;
        return await SaveEditAsync(Db, set, Version, "learning set", () => CurrentSetAsync(cancellationToken),
            Fill,
            chosen is null ? $"{set.Name} has no facilitator" : $"{chosen} facilitates {set.Name}", SetHref, cancellationToken);
    }

    private void Fill(LearningSet set) => (FacilitatorPersonId, Version) = (set.FacilitatorPersonId?.ToString(), set.Version);

    private async Task<LearningSet?> EnterAsync(string code, bool tracked, CancellationToken cancellationToken)
    {
        var set = await EnterSetAsync(code, "Choose the facilitator", tracked, cancellationToken);
        if (set is not null) People = await RegisterChoices.PeopleAsync(Db, SystemId, cancellationToken);
        return set;
    }
}

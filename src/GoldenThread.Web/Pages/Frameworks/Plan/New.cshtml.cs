using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>
/// Adds an action to the plan of the framework the address names (<c>?framework=</c>), or of the first. From a workplace
/// exchange's improvement idea (<c>?idea=</c>), the form starts from the idea, and the idea links to the action made.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database, TimeProvider time) : ActionForm(database, time)
{
    /// <summary>The exchange idea the action is made of, if any; one that already has its action, or is not this system's, is ignored.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Idea { get; set; }

    public (ExchangeIdea Idea, string Round)? FromIdea { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, "Add an action", Framework, cancellationToken))
            return FrameworkId is null && Code != "" ? Redirect(PlanHref) : NotFound();
        if (await FindIdeaAsync(cancellationToken) is var (idea, round))
        {
            ActionTitle = idea.Text.Length <= PlanAction.TitleLength ? idea.Text : idea.Text[..(PlanAction.TitleLength - 1)] + "…";
            Description = $"An improvement idea ({ExchangeRules.ThemeName(idea.Theme).ToLowerInvariant()}) from the workplace exchange round {round}: {idea.Text}";
            if (Description.Length > PlanAction.TextLength) Description = Description[..PlanAction.TextLength];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, "Add an action", Framework, cancellationToken)) return NotFound();
        var from = await FindIdeaAsync(cancellationToken);
        if (!Check(null)) return Page();
        var action = new PlanAction { SystemId = SystemId, FrameworkId = FrameworkId!.Value, CriterionId = "", Title = "", Owner = "" };
        Apply(action);
        Db.PlanActions.Add(action);
        if (from is var (idea, _))
        {
            Db.Attach(idea);
            idea.PlanActionId = action.Id;
        }
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{action.Title} added to the plan";
        return Redirect(from is null ? Href() + $"#criterion-{action.CriterionId}" : $"/systems/{Code}/development/exchanges/{from.Value.Idea.RoundId}#ideas");
    }

    private async Task<(ExchangeIdea Idea, string Round)?> FindIdeaAsync(CancellationToken cancellationToken)
    {
        if (Idea is not { } id) return null;
        var found = await Db.ExchangeIdeas.AsNoTracking().Where(i => i.Id == id && i.SystemId == SystemId && i.PlanActionId == null)
            .Join(Db.ExchangeRounds, i => i.RoundId, r => r.Id, (i, r) => new { Idea = i, r.Title }).SingleOrDefaultAsync(cancellationToken);
        FromIdea = found is null ? null : (found.Idea, found.Title);
        return FromIdea;
    }
}

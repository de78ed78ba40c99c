using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>Opens a round: its details, the rules of reference/eligibility-criteria.md and the systems that may apply.</summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class NewModel(GoldenThreadDbContext database, TimeProvider time) : RoundForm(database)
{
    private const string PageTitle = "Open a round";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EnterProgrammes(PageTitle);
        await LoadSystemsAsync(cancellationToken);
        // The defaults of reference/eligibility-criteria.md; a new round inherits nothing from an earlier one.
        Fill(new ProgrammeRound { Code = "", Name = "" });
        (OpensOn, ClosesOn) = (new DateParts(), new DateParts());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        EnterProgrammes(PageTitle);
        await LoadSystemsAsync(cancellationToken);
        if (await CheckAsync([], cancellationToken) is not { } values) return Page();
        var round = new ProgrammeRound { Code = values.Code, Name = values.Name, CreatedAt = time.GetUtcNow(), Rubric = [.. ReviewRubric.Default.Criteria] };
        values.ApplyTo(round);
        Db.ProgrammeRounds.Add(round);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // another operator opened a round with the same code between our check and our save
            Db.ChangeTracker.Clear();
            if (!await Db.ProgrammeRounds.AsNoTracking().AnyAsync(r => r.Code == values.Code, cancellationToken)) throw;
            this.AddError(nameof(Code), $"Another round has the code {values.Code}: choose another");
            return Page();
        }
        TempData["Done"] = $"{round.Name} opened";
        return Redirect(Href(round.Id));
    }
}

using GoldenThread.Data;
using GoldenThread.Data.Representation;
using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Representation;

/// <summary>
/// The fewest appointments of people in the register onto bodies that would close the system's representation gaps,
/// and the gaps no appointment can close. The solver runs only when asked, by a form post: it can take seconds of the
/// server's time, so a prefetch, a crawler or a reload from history must not set it off, and the antiforgery token
/// makes sure the request comes from this page.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class FewestChangesModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    [BindProperty] public DateParts Date { get; set; } = new();

    public string SystemName { get; private set; } = "";
    public DateOnly On { get; private set; }
    public FewestChangesResult? Result { get; private set; }
    public int Gaps { get; private set; }

    public static TimeSpan TimeLimit => FewestChanges.Default.TimeLimit;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Fewest changes to close the gaps", cancellationToken) is not { } system) return NotFound();
        Within("Representation", $"/systems/{system.Code}/representation");
        SystemName = system.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Fewest changes to close the gaps", cancellationToken) is not { } system) return NotFound();
        Within("Representation", $"/systems/{system.Code}/representation");
        SystemName = system.Name;
        ModelState.Clear(); // only this page's own wording for a bad date
        var date = Date.Read("date");
        if (date.Error is not null)
        {
            this.AddError(nameof(Date), date.Error);
            return Page();
        }
        On = date.Date ?? UkTime.Today(time);
        if (await RepresentationRun.EvaluateAsync(db, code, On, candidates: false, cancellationToken) is not { } run) return NotFound();
        Gaps = run.Findings.Count(f => f.Severity == Severity.Gap);
        Result = FewestChanges.Default.Suggest(run.Network, On, run.Findings);
        return Page();
    }


    public string PersonHref(string id) => $"/systems/{SystemCode}/people/{id}";

    public string BodyHref(string id) => $"/systems/{SystemCode}/bodies/{id}";

    /// <summary>What the solver can say of the number: proved the fewest, or at least how many are needed.</summary>
    public string? BoundStatement => Result switch
    {
        null => null,
        { Status: FewestChangesStatus.NoSolution } =>
            $"The solver found no set of appointments within its time limit of {Seconds(TimeLimit)}, so there is nothing to suggest. Try again when the server is less busy.",
        { Objective: 0 } => Gaps == 0 ? $"There are no gaps on {UkDate.Long(On)}." : $"None of the {Gaps} gaps can be closed by appointing people already in the register.",
        { Status: FewestChangesStatus.Optimal, Objective: 1 } => "This is the fewest possible: the gaps it closes cannot be closed without an appointment.",
        { Status: FewestChangesStatus.Optimal } r =>
            $"This is the fewest possible: the solver proved that no set of {r.Objective - 1} appointments closes them all.",
        var r => $"At least {r.Bound} {Plural(r.Bound, "appointment is", "appointments are")} needed; this uses {r.Objective}. The solver found no smaller set within its time limit of {Seconds(TimeLimit)}, but did not prove that there is none.",
    };

    public static string Plural(int count, string one, string many) => count == 1 ? one : many;

    private static string Seconds(TimeSpan limit) => $"{limit.TotalSeconds:0.#} seconds";
}

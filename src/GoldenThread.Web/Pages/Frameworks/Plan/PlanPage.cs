using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>
/// A page of a system's framework plan: finds the system and which of its frameworks the plan is of (the address's
/// <c>?framework=</c>, or the first adopted), and puts Framework › Plan in the breadcrumbs.
/// </summary>
public abstract class PlanPage(GoldenThreadDbContext db) : GoldenThreadPage
{
    /// <summary>Which of the system's frameworks the plan is of, by id; the first adopted when absent or not one of them.</summary>
    [BindProperty(SupportsGet = true)] public string? Framework { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    /// <summary>The system's frameworks, oldest first; empty when it has adopted none.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Frameworks { get; private set; } = [];
    public Guid? FrameworkId { get; private set; }
    public string PlanHref => $"/systems/{Code}/framework/plan";
    public bool MayEdit => User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);

    /// <summary>The plan's address with the framework chosen, when the system has more than one to choose from.</summary>
    public string Href(string suffix = "", string? query = null)
    {
        var parts = new[] { Frameworks.Count > 1 ? $"framework={FrameworkId}" : null, query }.OfType<string>().ToList();
        return PlanHref + suffix + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }

    /// <summary>False when there is no such system; <see cref="FrameworkId"/> stays null when it has no framework.</summary>
    protected async Task<bool> EnterAsync(string code, string title, string? framework, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        Within("Framework", $"/systems/{Code}/framework");
        var chosen = await PlanReading.ChooseAsync(db, SystemId, Guid.TryParse(framework, out var id) ? id : null, cancellationToken);
        if (chosen is { } c) (Frameworks, FrameworkId) = (c.All, c.Chosen);
        return true;
    }

    /// <summary>
    /// Enters the page (<see cref="EnterAsync"/>, the framework the address names) and reads its plan as of today;
    /// null when there is no such system or it has no framework.
    /// </summary>
    protected async Task<FrameworkPlan?> EnterPlanAsync(string code, string title, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, title, Framework, cancellationToken) || FrameworkId is not { } frameworkId) return null;
        return await PlanReading.ReadAsync(db, SystemId, frameworkId, UkTime.Today(time), withMeasures: true, cancellationToken);
    }
}

using GoldenThread.Frameworks;

namespace GoldenThread.Web.Frameworks;

/// <summary>
/// One criterion's actions as a table (<c>_PlanActions</c>): on the plan with links to each action and the measure it
/// should move; in print with the measure's name; in public as the plan was written, without the measures, whose pages
/// are the system's own.
/// </summary>
/// <param name="EditHref">The address of an action's page, for those who may change it; null for none.</param>
public sealed record PlanView(string Code, string Caption, IReadOnlyList<PlanItem> Items, Func<Guid, string>? EditHref, bool Measures, bool MeasureLinks)
{
    /// <summary>The NHS.UK tag colour of a status; the tag always carries its word.</summary>
    public static string Colour(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "grey",
        ActionStatus.InProgress => "blue",
        ActionStatus.Done => "green",
        _ => "white",
    };
}

/// <summary>
/// A framework and its plan read from start to end (<c>_FrameworkPlan</c>), for the printable page and the public one:
/// each principle with its criteria and their moderated levels in a table, then the actions of its criteria.
/// </summary>
/// <param name="Measures">Whether the actions show the measures they should move, which only the system's members can open.</param>
/// <param name="Nested">Under a heading naming the framework, as on the public page with two frameworks: principles are then h3 and their ids carry the framework's key.</param>
public sealed record FrameworkPlanView(string Code, FrameworkPlan Plan, bool Measures, bool Nested = false);

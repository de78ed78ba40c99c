using System.Globalization;
using GoldenThread.Frameworks;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Frameworks;

/// <summary>A framework's plan as CSV for spreadsheet users: one row per action, in the plan's order.</summary>
public static class PlanCsv
{
    public static readonly string[] Header =
        ["criterion id", "principle", "criterion", "action", "owner", "due", "status", "overdue", "progress note", "measure"];

    public static string Write(FrameworkPlan plan) =>
        Csv.Write(Header, plan.Principles.SelectMany(p => p.Criteria.SelectMany(c => c.Actions.Select(item => new[]
        {
            c.Criterion.Id, p.Title, c.Criterion.Text, item.Action.Title, item.Action.Owner,
            item.Action.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), PlanActionRules.Name(item.Action.Status),
            item.Overdue ? "yes" : "no", item.Action.ProgressNote, item.Measure?.Measure.Name,
        }))));
}

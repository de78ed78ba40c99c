using GoldenThread.Network;

namespace GoldenThread.Frameworks;

/// <summary>A plan action's fields as given, before they are kept; <see cref="Status"/> is the word (<c>in-progress</c>…).</summary>
public sealed record PlanActionFields(string? CriterionId, string? Title, string? Description, string? Owner, DateOnly? DueOn,
    string? Status, string? ProgressNote);

/// <summary>
/// The checks on a plan action's fields, the one set behind the pages and the API, keyed by the API's camelCase field
/// names, and the words for its statuses. Whether a measure, person or assessment it names exists is the caller's to check.
/// </summary>
public static class PlanActionRules
{
    /// <summary>Each status with its word (the API's and the address's) and its name on a page.</summary>
    public static readonly IReadOnlyList<(ActionStatus Status, string Word, string Name)> Statuses =
    [
        (ActionStatus.NotStarted, "not-started", "Not started"),
        (ActionStatus.InProgress, "in-progress", "In progress"),
        (ActionStatus.Done, "done", "Done"),
        (ActionStatus.Dropped, "dropped", "Dropped"),
    ];

    public static string Word(ActionStatus status) => Statuses.Single(s => s.Status == status).Word;

    public static string Name(ActionStatus status) => Statuses.Single(s => s.Status == status).Name;

    public static ActionStatus? Status(string? word) =>
        Statuses.Where(s => s.Word == word?.Trim()).Select(s => (ActionStatus?)s.Status).FirstOrDefault();

    /// <summary>
    /// The problems of <paramref name="fields"/> for an action of a framework worded as <paramref name="definition"/>.
    /// A retired criterion is refused unless it is the one the action already has (<paramref name="currentCriterionId"/>):
    /// its actions stay where they are, but no new work is planned against it.
    /// </summary>
    public static List<FieldError> Check(PlanActionFields fields, FrameworkDefinition definition, string? currentCriterionId)
    {
        var errors = new List<FieldError>();
        var criterion = string.IsNullOrWhiteSpace(fields.CriterionId) ? null : definition.Criterion(fields.CriterionId.Trim());
        if (criterion is null)
            errors.Add(new FieldError("criterionId", "Select the criterion the action is about"));
        else if (criterion.Retired && criterion.Id != currentCriterionId)
            errors.Add(new FieldError("criterionId", $"Criterion {criterion.Id} is retired: select a criterion the framework still has"));
        Text(errors, "title", "Title", fields.Title, PlanAction.TitleLength, "Enter a title for the action");
        Text(errors, "description", "Description", fields.Description, PlanAction.TextLength, null);
        Text(errors, "owner", "Owner", fields.Owner, PlanAction.OwnerLength, "Enter who owns the action");
        if (fields.DueOn is null) errors.Add(new FieldError("dueOn", "Enter a due date"));
        if (Status(fields.Status) is null)
            errors.Add(new FieldError("status", $"Select a status: {Prose.List([.. Statuses.Select(s => s.Word)], "or")}"));
        Text(errors, "progressNote", "Progress note", fields.ProgressNote, PlanAction.TextLength, null);
        return errors;
    }

    private static void Text(List<FieldError> errors, string field, string name, string? value, int length, string? missing) =>
        TextRules.Check(errors, field, name, value, length, missing);
}

using GoldenThread.Network;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Shell;

public static class ModelStateErrors
{
    private const string OrderKey = "goldenthread:error-order";

    /// <summary>The first error for a field, to show beside it (the error summary lists them all).</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    /// <summary>
    /// Records an error for a field. Pages add errors in the order their fields appear, and the error summary
    /// keeps that order (ModelState itself does not).
    /// </summary>
    public static void AddError(this PageModel page, string key, string message)
    {
        page.ModelState.AddModelError(key, message);
        if (page.HttpContext.Items[OrderKey] is not List<string> order)
            page.HttpContext.Items[OrderKey] = order = [];
        if (!order.Contains(key)) order.Add(key);
    }

    /// <summary>
    /// Records the errors of the shared register rules (keyed by camelCase field, as the API names them) against the
    /// page's properties, in the order of <paramref name="fieldOrder"/>: the order the form shows its fields.
    /// </summary>
    public static void AddErrors(this PageModel page, IEnumerable<FieldError> errors, string[] fieldOrder)
    {
        int Position(string field) => Array.IndexOf(fieldOrder, field.Split('.', '[')[0]) is var i and >= 0 ? i : int.MaxValue;
        foreach (var error in errors.OrderBy(e => Position(e.Field)))
            page.AddError(char.ToUpperInvariant(error.Field[0]) + error.Field[1..], error.Message);
    }

    /// <summary>Every error, in the order the page added them; errors from model binding come last.</summary>
    public static IReadOnlyList<(string Key, string Message)> InPageOrder(this ModelStateDictionary modelState, HttpContext context)
    {
        var order = context.Items[OrderKey] as List<string> ?? [];
        return modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .OrderBy(e => order.IndexOf(e.Key) is var i && i >= 0 ? i : int.MaxValue)
            .SelectMany(e => e.Value!.Errors.Select(error => (e.Key, error.ErrorMessage)))
            .ToList();
    }
}

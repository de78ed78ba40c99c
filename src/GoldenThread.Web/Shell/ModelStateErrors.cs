using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GoldenThread.Web.Shell;

public static class ModelStateErrors
{
    /// <summary>The first error for a field, to show beside it (the error summary lists them all).</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;
}

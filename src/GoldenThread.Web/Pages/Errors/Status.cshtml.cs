using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;

namespace GoldenThread.Web.Pages.Errors;

/// <summary>The NHS.UK-style page for an error status (404, 403…), shown in place of an empty response.</summary>
[Authorize(Policy = Policies.Public)]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusModel : GoldenThreadPage
{
    public IReadOnlyList<string> Explanation { get; private set; } = [];

    public void OnPost(int status) => OnGet(status);

    public void OnGet(int status)
    {
        // Reached directly, this page answers with the status it describes; reached by re-execution, it keeps the original.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            Response.StatusCode = status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        (Title, Explanation) = Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("Page not found",
                (IReadOnlyList<string>)["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."]),
            StatusCodes.Status403Forbidden => ("You do not have permission to see this page",
                ["Your roles in this system do not include this page. Ask your system administrator if you need it."]),
            StatusCodes.Status400BadRequest => ("Sorry, there is a problem with the request",
                ["Go back and try again. If you were filling in a form, your answers were not saved."]),
            StatusCodes.Status405MethodNotAllowed => ("Page not found", ["This page cannot be used in that way."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later."]),
        };
    }
}

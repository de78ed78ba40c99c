using System.Diagnostics;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Errors;

/// <summary>Shown in place of an unhandled exception: never a stack trace.</summary>
[Authorize(Policy = Policies.Public)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : GoldenThreadPage
{
    public string? RequestId { get; private set; }

    public void OnGet() => Describe();
    public void OnPost() => Describe();

    private void Describe()
    {
        Title = "Sorry, there is a problem with the service";
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}

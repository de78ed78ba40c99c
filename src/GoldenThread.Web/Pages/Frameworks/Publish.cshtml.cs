using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>Publishes a framework and its plan on the system's public page, or takes them off it, after saying what the public will see.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class PublishModel(GoldenThreadDbContext db, TimeProvider time) : FrameworkPage(db)
{
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid frameworkId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, frameworkId, "Publish the framework", tracked: false, cancellationToken)) return NotFound();
        Enter();
        Version = Framework.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid frameworkId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, frameworkId, "Publish the framework", tracked: true, cancellationToken)) return NotFound();
        Enter();
        var publishing = Framework.PublishedAt is null;
        Framework.PublishedAt = publishing ? time.GetUtcNow() : null;
        if (await Db.SaveIfUnchangedAsync(Framework, Version, cancellationToken))
        {
            TempData["Done"] = publishing ? $"{Framework.Name} published" : $"{Framework.Name} is no longer published";
            return Redirect($"/systems/{Code}/framework");
        }
        if (!await EnterAsync(code, frameworkId, "Publish the framework", tracked: false, cancellationToken)) return NotFound();
        Enter();
        Version = Framework.Version;
        this.AddError("", "Someone else changed this framework meanwhile, so nothing was saved. Check whether it is published now and choose again");
        return Page();
    }

    private void Enter()
    {
        if (Framework.PublishedAt is not null) Title = "Unpublish the framework";
        Within(Framework.Name, Href);
    }
}

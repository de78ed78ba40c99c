using GoldenThread.Data;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>
/// Every criterion of an assessment, by principle, with the spread of the raters' ratings, whether they split by two
/// levels or more, the level the median suggests and the moderated level where the leadership team has agreed one.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider time) : ModerationPage(db, time)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken) =>
        await EnterAsync(code, assessmentId, "Moderation", cancellationToken) ? Page() : NotFound();
}

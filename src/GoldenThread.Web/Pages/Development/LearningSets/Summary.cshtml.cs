using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>
/// The set's learning summary, what worked and what did not: saved as a draft, published to the system's learning
/// library (both parts needed, and kept so while it is there), or withdrawn from it.
/// </summary>
[Authorize(Policy = Policies.LearningSetFacilitator)]
public sealed class SummaryModel(GoldenThreadDbContext database, TimeProvider time) : LearningSetPage(database)
{
    private static readonly string[] FieldOrder = ["whatWorked", "whatDidNotWork"];

    [BindProperty] public string? WhatWorked { get; set; }
    [BindProperty] public string? WhatDidNotWork { get; set; }
    [BindProperty] public int Version { get; set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSetAsync(code, "Learning summary", tracked: false, cancellationToken) is not { } set) return NotFound();
        Fill(set);
        return Page();
    }

    /// <summary>Saves the summary; it stays in the library if it is there.</summary>
    public Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken) => SaveAsync(code, publish: null, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string code, CancellationToken cancellationToken) => SaveAsync(code, publish: true, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(string code, CancellationToken cancellationToken) => SaveAsync(code, publish: false, cancellationToken);

    private async Task<IActionResult> SaveAsync(string code, bool? publish, CancellationToken cancellationToken)
    {
        if (await EnterSetAsync(code, "Learning summary", tracked: true, cancellationToken) is not { } set) return NotFound();
        PublishedAt = set.SummaryPublishedAt;
        var published = publish ?? set.SummaryPublishedAt is not null;
        var errors = LearningSetRules.Summary(new SummaryFields(WhatWorked, WhatDidNotWork, published));
        this.AddErrors(errors, FieldOrder);
        if (errors.Count > 0) return Page();
        (set.WhatWorked, set.WhatDidNotWork) = (Optional(WhatWorked), Optional(WhatDidNotWork));
        set.SummaryPublishedAt = !published ? null : set.SummaryPublishedAt ?? time.GetUtcNow();
        var done = publish switch
        {
            true => "Learning summary published to the learning library",
            false => "Learning summary withdrawn from the learning library",
            null => "Learning summary saved",
        };
        return await SaveEditAsync(Db, set, Version, "learning summary", () => CurrentSetAsync(cancellationToken), Fill, done, SetHref + "#summary", cancellationToken);
    }

    private void Fill(LearningSet set) =>
        (WhatWorked, WhatDidNotWork, Version, PublishedAt) = (set.WhatWorked, set.WhatDidNotWork, set.Version, set.SummaryPublishedAt);

    private static string? Optional(string? text) => GoldenThread.Network.RegisterRules.Optional(text);
}

using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development;

/// <summary>
/// The way into leadership development, as the register's hub is into the register: one header link for learning sets
/// (and registering for one), the learning library, workplace exchanges and mentoring, since with a link each the header no longer fits without
/// JavaScript.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class HubModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public sealed record Entry(string Text, string Href, int Count, string One, string Many, string About)
    {
        /// <summary>What is counted, agreeing with the count: "1 summary published", "2 summaries published".</summary>
        public string Counted => Count == 1 ? One : Many;
    }

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Leadership development", cancellationToken) is not { } system) return NotFound();
        var id = system.Id;
        var root = $"/systems/{system.Code}";
        var today = UkTime.Today(time);
        Entries =
        [
            new("Learning sets", $"{root}/learning-sets", await db.LearningSets.CountAsync(s => s.SystemId == id, cancellationToken), "set", "sets",
                "Small pan-sector teams learning together on a wicked issue, with their facilitator, sessions and measures"),
            new("Register for a learning set", $"{root}/learning-sets#register",
                await db.LearningSetRegistrations.Where(r => r.SystemId == id).CountAsync(LearningSetRegistration.TakingPartOn(today), cancellationToken),
                "registration open", "registrations open",
                "Register alone, and be grouped with professionals of other organisations, sectors and professions"),
            new("Learning library", $"{root}/learning-library",
                await db.LearningSets.CountAsync(s => s.SystemId == id && s.SummaryPublishedAt != null, cancellationToken), "summary published", "summaries published",
                "What worked and what did not, as learning sets shared it"),
            new("Workplace exchanges", $"{root}/development/exchanges", await db.ExchangeRounds.CountAsync(r => r.SystemId == id, cancellationToken), "round", "rounds",
                "Two professionals from different workplaces each spend half a day shadowing the other, then reflect and offer ideas"),
            new("Mentoring", $"{root}/development/mentoring", await db.MentoringRounds.CountAsync(r => r.SystemId == id, cancellationToken), "round", "rounds",
                "Mentors offer time and what they can support; mentees say what they want; pairs meet in private"),
        ];
        return Page();
    }
}

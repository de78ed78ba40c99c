using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>
/// The system's learning sets, each with its wicked issue, members and the programme round or registration it came
/// from; and the registrations open now, for a professional to register alone for a set (or withdraw).
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public sealed record Row(Guid Id, string Name, string? WickedIssue, string? PriorityArea, int Members, string? FormedFrom, DateOnly FormedOn);
    public sealed record OpenRegistration(Guid Id, string Title, string? Description, DateOnly ClosesOn, int MinSize, int MaxSize, bool Registered);

    public string Code { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<OpenRegistration> Open { get; private set; } = [];
    /// <summary>Registrations the person is in that have closed and whose sets are not yet created.</summary>
    public IReadOnlyList<string> BeingFormed { get; private set; } = [];
    /// <summary>The sets the person is a member of.</summary>
    public IReadOnlyList<Row> Mine { get; private set; } = [];
    public bool MayManage => User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Learning sets", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Rows = await db.LearningSets.AsNoTracking().Where(s => s.SystemId == system.Id)
            .OrderByDescending(s => s.FormedOn).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.WickedIssueTitle, s.PriorityArea,
                db.LearningSetMembers.Count(m => m.LearningSetId == s.Id),
                db.ProgrammeRounds.Where(r => r.Id == s.RoundId).Select(r => r.Name).FirstOrDefault()
                    ?? db.LearningSetRegistrations.Where(r => r.Id == s.RegistrationId).Select(r => r.Title).FirstOrDefault(),
                s.FormedOn))
            .ToListAsync(cancellationToken);
        var me = User.PersonId();
        var memberOf = await db.LearningSetMembers.AsNoTracking().Where(m => m.SystemId == system.Id && m.PersonId != null && m.PersonId == me)
            .Select(m => m.LearningSetId).ToListAsync(cancellationToken);
        Mine = [.. Rows.Where(r => memberOf.Contains(r.Id))];
        var today = UkTime.Today(time);
        Open = await db.LearningSetRegistrations.AsNoTracking()
            .Where(r => r.SystemId == system.Id).Where(LearningSetRegistration.TakingPartOn(today))
            .OrderBy(r => r.ClosesOn).ThenBy(r => r.Title)
            .Select(r => new OpenRegistration(r.Id, r.Title, r.Description, r.ClosesOn, r.MinSize, r.MaxSize,
                db.LearningSetRegistrants.Any(x => x.RegistrationId == r.Id && x.PersonId == me)))
            .ToListAsync(cancellationToken);
        var open = Open.Select(o => o.Id).ToList();
        BeingFormed = await db.LearningSetRegistrations.AsNoTracking()
            .Where(r => r.SystemId == system.Id && r.Status != LearningSetRegistrationStatus.Formed && !open.Contains(r.Id)
                && db.LearningSetRegistrants.Any(x => x.RegistrationId == r.Id && x.PersonId == me))
            .OrderBy(r => r.ClosesOn).Select(r => r.Title)
            .ToListAsync(cancellationToken);
        return Page();
    }
}

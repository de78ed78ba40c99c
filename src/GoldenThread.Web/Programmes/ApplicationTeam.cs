using System.Security.Claims;
using GoldenThread.Access;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// What the applying system's people may do with its team applications: everyone in the system reads them; the account
/// that started one, and the system's leadership team or admin, change it while it is a draft and withdraw it once
/// submitted until a decision is made; the outcome reaches the team only once the round publishes its outcomes.
/// Pages and the links they show all ask here.
/// </summary>
public static class ApplicationTeam
{
    public static bool MayChange(this ClaimsPrincipal user, string code, TeamApplication application) =>
        application.State == ApplicationState.Draft && user.ActsFor(code, application);

    public static bool MayWithdraw(this ClaimsPrincipal user, string code, TeamApplication application) =>
        application is { State: ApplicationState.Submitted, Decision: ApplicationDecision.Undecided } && user.ActsFor(code, application);

    private static bool ActsFor(this ClaimsPrincipal user, string code, TeamApplication application) =>
        user.HasSystemRole(code, Roles.LeadershipTeam, Roles.SystemAdmin)
        || (user.HasSystemRole(code) && application.CreatedByAccountId is { } creator && creator == user.AccountId());

    /// <summary>
    /// The decision the team may see: none until the round has published its outcomes (a decision recorded before then
    /// stays the operator's), and none for an application the operator has not decided.
    /// </summary>
    public static ApplicationDecision? PublishedOutcome(ProgrammeRound round, TeamApplication application, DateTimeOffset now) =>
        round.OutcomesPublishedAt is { } published && published <= now && application.Decision != ApplicationDecision.Undecided
            ? application.Decision : null;
}

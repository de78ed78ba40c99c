using GoldenThread.Access;

namespace GoldenThread.Web.Access;

/// <summary>
/// The permission policies every page and endpoint names (DESIGN.md "Who may do what").
/// System policies read the system from the route value <c>code</c>: a user with no role in that
/// system gets 404, one with a role that is not enough gets 403.
/// </summary>
public static class Policies
{
    /// <summary>Anyone, signed in or not: what a system publishes.</summary>
    public const string Public = "public";
    /// <summary>Any signed-in account.</summary>
    public const string SignedIn = "signed-in";
    /// <summary>Any role in the route's system.</summary>
    public const string SystemMember = "system-member";
    /// <summary>Leadership team or system admin of the route's system.</summary>
    public const string SystemLeadership = "system-leadership";
    /// <summary>System admin of the route's system.</summary>
    public const string SystemAdmin = "system-admin";
    /// <summary>Leadership team or system admin, or the secretary of the body named by the route value <c>bodyId</c>.</summary>
    public const string BodyMembers = "body-members";
    /// <summary>Leadership team or system admin, or the professional whose own profile the route value <c>personId</c> names.</summary>
    public const string PersonProfile = "person-profile";
    /// <summary>Someone of the route's system whose account is linked to a register person invited to rate the assessment named by the route value <c>assessmentId</c>.</summary>
    public const string AssessmentRater = "assessment-rater";
    /// <summary>The mentor or mentee, through an account linked to their register person, of the published pair named by the route value <c>mentorshipId</c>.</summary>
    public const string MentoringPair = "mentoring-pair";
    /// <summary>Leadership team or system admin of the route's system, or the facilitator of the learning set named by the route value <c>learningSetId</c> (through an account linked to them).</summary>
    public const string LearningSetFacilitator = "learning-set-facilitator";
    /// <summary>A member or the facilitator of the learning set named by the route value <c>learningSetId</c>: not the leadership team as such.</summary>
    public const string LearningSetMember = "learning-set-member";
    public const string ProgrammeOperator = "programme-operator";
    public const string Reviewer = "reviewer";

    public static readonly IReadOnlyList<string> All =
        [Public, SignedIn, SystemMember, SystemLeadership, SystemAdmin, BodyMembers, PersonProfile, AssessmentRater, MentoringPair,
         LearningSetFacilitator, LearningSetMember, ProgrammeOperator, Reviewer];

    internal static readonly IReadOnlyDictionary<string, string[]> SystemPolicyRoles = new Dictionary<string, string[]>
    {
        [SystemMember] = [.. Roles.SystemRoles],
        [SystemLeadership] = [Roles.LeadershipTeam, Roles.SystemAdmin],
        [SystemAdmin] = [Roles.SystemAdmin],
    };
}

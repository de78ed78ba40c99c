using GoldenThread.Access;

namespace GoldenThread.Web.Shell;

public static class RoleNames
{
    public static string Describe(string role) => role switch
    {
        Roles.SystemAdmin => "System administrator",
        Roles.LeadershipTeam => "Leadership team",
        Roles.BodySecretary => "Body secretary",
        Roles.Professional => "Professional",
        Roles.ProgrammeOperator => "Programme operator",
        Roles.Reviewer => "Reviewer",
        _ => role,
    };
}

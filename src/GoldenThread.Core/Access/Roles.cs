namespace GoldenThread.Access;

/// <summary>The roles of DESIGN.md "Who may do what". System roles are held per system; national ones are not.</summary>
public static class Roles
{
    public const string SystemAdmin = "system-admin";
    public const string LeadershipTeam = "leadership-team";
    public const string BodySecretary = "body-secretary";
    public const string Professional = "professional";
    public const string ProgrammeOperator = "programme-operator";
    public const string Reviewer = "reviewer";

    public static readonly IReadOnlyList<string> SystemRoles = [SystemAdmin, LeadershipTeam, BodySecretary, Professional];
    public static readonly IReadOnlyList<string> NationalRoles = [ProgrammeOperator, Reviewer];
    public static readonly IReadOnlyList<string> All = [.. SystemRoles, .. NationalRoles];

    public static bool IsNational(string role) => NationalRoles.Contains(role);
}

using CsCheck;

namespace GoldenThread.Access;

public class RoleGrantTests
{
    [Theory]
    [InlineData("leadership-team@QNX", "leadership-team", "QNX")]
    [InlineData("system-admin@QXV", "system-admin", "QXV")]
    [InlineData("reviewer", "reviewer", null)]
    [InlineData("programme-operator", "programme-operator", null)]
    public void Parse_WellFormedGrant_ReadsRoleAndSystem(string value, string role, string? system)
    {
        var grant = RoleGrant.Parse(value);

        Assert.NotNull(grant);
        Assert.Equal(role, grant.Role);
        Assert.Equal(system, grant.SystemCode);
        Assert.Equal(value, grant.ToString());
    }

    [Fact]
    public void Parse_BodySecretary_ReadsBody()
    {
        var body = Guid.NewGuid();

        var grant = RoleGrant.Parse($"body-secretary@QNX#{body}");

        Assert.Equal(new RoleGrant("body-secretary", "QNX", body), grant);
    }

    [Theory]
    [InlineData("leadership-team")]          // a system role needs a system
    [InlineData("reviewer@QNX")]             // a national role has none
    [InlineData("chair@QNX")]                // not a role
    [InlineData("leadership-team@")]
    [InlineData("body-secretary@QNX#not-a-guid")]
    [InlineData("body-secretary@#00000000-0000-0000-0000-000000000000")]
    [InlineData("body-secretary@QNX")]       // a body secretary is one body's
    [InlineData("leadership-team@QNX#00000000-0000-0000-0000-000000000001")] // only a body secretary has a body
    public void Parse_Malformed_ReturnsNull(string value) => Assert.Null(RoleGrant.Parse(value));

    private static readonly Gen<string> Code = Gen.String[Gen.Char['A', 'Z'], 3, 3];

    private static readonly Gen<RoleGrant> Grants = Gen.OneOf(
        Gen.Select(Gen.OneOf<string>(Roles.SystemAdmin, Roles.LeadershipTeam, Roles.Professional), Code, (role, code) => new RoleGrant(role, code, null)),
        Gen.Select(Code, Gen.Guid, (code, body) => new RoleGrant(Roles.BodySecretary, code, body)),
        Gen.OneOf<string>(Roles.ProgrammeOperator, Roles.Reviewer).Select(role => new RoleGrant(role, null, null)));

    [Fact]
    public void Parse_OfToString_GivesBackEveryValidGrant() =>
        Grants.Sample(grant => Assert.Equal(grant, RoleGrant.Parse(grant.ToString())));

    [Fact]
    public void Parse_AnyText_NeverThrows() =>
        Gen.String.Sample(text => { _ = RoleGrant.Parse(text); });
}

using GoldenThread.Interchange;

namespace GoldenThread.Network;

public class SeatTests
{
    [Fact]
    public void Parse_FullSeat_ReadsEveryPart()
    {
        var seat = Seat.Parse("2x member nursing|medicine/district-nursing|general-practice@gp|community!mid~local");

        Assert.Equal(("member", 2, "mid", "local"), (seat.Role, seat.Count, seat.Rank, seat.Scope));
        Assert.Equal(["nursing", "medicine"], seat.Professions);
        Assert.Equal(["district-nursing", "general-practice"], seat.Specialties!);
        Assert.Equal(["gp", "community"], seat.Employers!);
    }

    [Fact]
    public void Parse_BareSeat_LeavesTheRestOpen()
    {
        var seat = Seat.Parse("service-user lay");

        Assert.Equal(("service-user", 1), (seat.Role, seat.Count));
        Assert.Equal(["lay"], seat.Professions);
        Assert.Null(seat.Specialties);
        Assert.Null(seat.Employers);
        Assert.Null(seat.Rank);
        Assert.Null(seat.Scope);
    }

    [Fact]
    public void Parse_NotTheGrammar_Throws()
    {
        Assert.Throws<FormatException>(() => Seat.Parse("member nursing!junior"));
    }

    [Theory]
    [InlineData("exec", "executive", true)]
    [InlineData("exec", "senior", false)]
    [InlineData("senior", "executive", true)]
    [InlineData("senior", "middle", false)]
    [InlineData("mid", "middle", true)]
    [InlineData("mid", "executive", false)]
    [InlineData("staff", "early-career", true)]
    [InlineData("staff", "executive", false)]
    public void AdmitsRank_FollowsTheRankLadder(string rank, string seniority, bool admitted)
    {
        Assert.Equal(admitted, Seat.Parse($"member nursing!{rank}").AdmitsRank(seniority));
    }

    [Theory]
    [InlineData("lay", true, "secretariat", "lay")]
    [InlineData("management", false, "member", "managerial")]
    [InlineData("nursing", false, "secretariat", "managerial")]
    [InlineData("nursing", false, "chair", "clinical")]
    public void Capacity_ComesFromTheMemberAndTheirRole(string profession, bool lay, string role, string capacity)
    {
        var person = new PersonRecord("u1", "Ada Brook", profession, null, "community", null, "middle", 1m, lay);

        Assert.Equal(capacity, MembershipTerms.Capacity(person, role));
    }
}

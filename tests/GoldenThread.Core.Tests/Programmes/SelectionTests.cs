using CsCheck;

namespace GoldenThread.Programmes;

public class SelectionTests
{
    private static Selection.Candidate Team(string name, string system, bool eligible = true, int members = 6) =>
        new(Guid.NewGuid(), name, system, $"System {system}", eligible, members);

    [Fact]
    public void Check_EligibleTeamsWithinBothCaps_HasNoProblemOrWarning()
    {
        // QXX: 6 + 8 = 14 people in 2 teams, within 5 teams and 40 people.
        var teams = new[] { Team("A", "QXX"), Team("B", "QXX", members: 8), Team("C", "QYY") };

        var outcome = Selection.Check(teams, [teams[0].Id, teams[1].Id], maxTeamsPerSystem: 5, peoplePerSystem: 40);

        Assert.True(outcome.Valid);
        Assert.Empty(outcome.Warnings);
    }

    [Fact]
    public void Check_IneligibleTeamChosen_IsRefusedNamingTheTeam()
    {
        var teams = new[] { Team("Frailty first", "QXX", eligible: false), Team("B", "QXX") };

        var outcome = Selection.Check(teams, [teams[0].Id, teams[1].Id], 5, 40);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(teams[0].Id, problem.ApplicationId);
        Assert.Equal("Frailty first (System QXX) is not eligible, so it cannot be selected", problem.Message);
    }

    [Fact]
    public void Check_ThreeTeamsOfOneSystemWithACapOfTwo_IsRefusedNamingTheSystem()
    {
        // QXX has 3 chosen against a cap of 2; QYY's 2 are at the cap, which is allowed.
        var teams = new[] { Team("A", "QXX"), Team("B", "QXX"), Team("C", "QXX"), Team("D", "QYY"), Team("E", "QYY") };

        var outcome = Selection.Check(teams, [.. teams.Select(t => t.Id)], maxTeamsPerSystem: 2, peoplePerSystem: 40);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("QXX", problem.SystemCode);
        Assert.Null(problem.ApplicationId);
        Assert.Equal("3 teams are selected from System QXX; a system may have at most 2", problem.Message);
    }

    [Fact]
    public void Check_SeventeenPeopleAgainstSixteen_WarnsButIsValid()
    {
        // 8 + 9 = 17 members in QXX's chosen teams, one more than 16; QYY's 9 are within it.
        var teams = new[] { Team("A", "QXX", members: 8), Team("B", "QXX", members: 9), Team("C", "QYY", members: 9) };

        var outcome = Selection.Check(teams, [.. teams.Select(t => t.Id)], 5, peoplePerSystem: 16);

        Assert.True(outcome.Valid);
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal(("QXX", 17), (warning.SystemCode, warning.People));
        Assert.Equal("The teams selected from System QXX have 17 members; the round plans for about 16 people a system", warning.Message);
    }

    [Fact]
    public void Check_ExactlyThePeopleCap_DoesNotWarn()
    {
        var teams = new[] { Team("A", "QXX", members: 8), Team("B", "QXX", members: 8) };

        Assert.Empty(Selection.Check(teams, [.. teams.Select(t => t.Id)], 5, peoplePerSystem: 16).Warnings);
    }

    [Fact]
    public void Check_AnIdNotAmongTheCandidates_IsRefused()
    {
        var teams = new[] { Team("A", "QXX") };

        var outcome = Selection.Check(teams, [Guid.NewGuid()], 5, 40);

        Assert.Equal("One of the teams chosen is not a submitted application of this round", Assert.Single(outcome.Problems).Message);
    }

    [Fact]
    public void Check_NothingChosen_IsValid()
    {
        Assert.True(Selection.Check([Team("A", "QXX", eligible: false)], [], 1, 1).Valid);
    }

    private static readonly Gen<Selection.Candidate> Candidates =
        Gen.Select(Gen.OneOf<string>(["QXX", "QYY", "QZZ"]), Gen.Bool, Gen.Int[1, 12], (system, eligible, members) => Team("T", system, eligible, members));

    [Fact]
    public void Check_AnyValidSelection_NeverExceedsTheCapsOrHoldsAnIneligibleTeam()
    {
        Gen.Select(Candidates.List[0, 20], Gen.Int[1, 4], Gen.Int[1, 30], Gen.Int).Sample((candidates, cap, people, seed) =>
        {
            var random = new Random(seed);
            var chosen = candidates.Where(_ => random.Next(2) == 0).Select(c => c.Id).ToList();

            var outcome = Selection.Check(candidates, chosen, cap, people);

            if (!outcome.Valid) return;
            var selected = candidates.Where(c => chosen.Contains(c.Id)).ToList();
            Assert.All(selected, c => Assert.True(c.Eligible));
            Assert.All(selected.GroupBy(c => c.SystemCode), g => Assert.True(g.Count() <= cap));
            // Over the people cap is only ever a warning, and always one.
            Assert.Equal(selected.GroupBy(c => c.SystemCode).Count(g => g.Sum(c => c.Members) > people), outcome.Warnings.Count);
        });
    }

    [Fact]
    public void Check_AnySelection_IsRefusedExactlyWhenItBreaksARule()
    {
        Gen.Select(Candidates.List[0, 20], Gen.Int[1, 4], Gen.Int).Sample((candidates, cap, seed) =>
        {
            var random = new Random(seed);
            var chosen = candidates.Where(_ => random.Next(2) == 0).Select(c => c.Id).ToList();
            var selected = candidates.Where(c => chosen.Contains(c.Id)).ToList();
            var breaks = selected.Any(c => !c.Eligible) || selected.GroupBy(c => c.SystemCode).Any(g => g.Count() > cap);

            Assert.Equal(breaks, !Selection.Check(candidates, chosen, cap, 40).Valid);
        });
    }
}

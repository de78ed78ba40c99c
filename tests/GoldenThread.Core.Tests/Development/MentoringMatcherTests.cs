using CsCheck;

namespace GoldenThread.Development;

public class MentoringMatcherTests
{
    private static readonly MentoringMatcher Matcher = MentoringMatcher.Default;

    /// <summary>A senior doctor in a hospital of place p1, from organisation o1, unless told otherwise.</summary>
    private static Mentor Mentor(string id, int capacity = 1, string organisation = "o1", string profession = "medicine",
        string setting = "acute", string place = "p1", string seniority = "senior", params string[] avoid) =>
        new(id, organisation, profession, setting, place, seniority, capacity, avoid);

    /// <summary>A middle-grade nurse in the community of place p1, from organisation o2, asking for nothing in particular.</summary>
    private static Mentee Mentee(string id, string organisation = "o2", string place = "p1", string seniority = "middle",
        string[]? professions = null, string[]? settings = null, params string[] avoid) =>
        new(id, organisation, "nursing", "community", place, seniority, professions ?? [], settings ?? [], avoid);

    [Fact]
    public void Score_EveryBonus_AddsUpToNineteen()
    {
        // 10 base + 4 (medicine asked for) + 3 (acute asked for) + 2 (p1 and p2 differ) = 19.
        var mentee = Mentee("e1", place: "p2", professions: ["medicine"], settings: ["acute"]);

        Assert.Equal(19, Matcher.Score(Mentor("m1"), mentee));
        // Asked for pharmacy and mental health, same place: the base alone.
        Assert.Equal(10, Matcher.Score(Mentor("m1"), Mentee("e1", professions: ["pharmacy"], settings: ["mental-health"])));
    }

    [Fact]
    public void Score_SameOrganisation_IsNotAllowed() =>
        Assert.Null(Matcher.Score(Mentor("m1", organisation: "o2"), Mentee("e1", organisation: "o2")));

    [Theory]
    [InlineData("middle", "senior", false)]
    [InlineData("early-career", "middle", false)]
    [InlineData("senior", "senior", true)]
    [InlineData("executive", "early-career", true)]
    public void Score_MentorLessSeniorThanMentee_IsNotAllowed(string mentor, string mentee, bool allowed) =>
        Assert.Equal(allowed, Matcher.Score(Mentor("m1", seniority: mentor), Mentee("e1", seniority: mentee)) is not null);

    [Fact]
    public void Score_AvoidedBySide_IsNotAllowedEitherWay()
    {
        Assert.Null(Matcher.Score(Mentor("m1", avoid: "e1"), Mentee("e1")));
        Assert.Null(Matcher.Score(Mentor("m1"), Mentee("e1", avoid: "m1")));
        Assert.Equal(10, Matcher.Score(Mentor("m1", avoid: "e2"), Mentee("e1", avoid: "m2")));
    }

    [Fact]
    public void Score_UnknownSeniority_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Matcher.Score(Mentor("m1", seniority: "consultant"), Mentee("e1")));

    [Fact]
    public void Match_CapacityTwoAndThreeMentees_TakesTheTwoBestAndLeavesTheThirdUnmatched()
    {
        // e1 asks for medicine (14), e2 for medicine in the acute setting (17), e3 nothing (10). m1 can take 2: 17 + 14 = 31.
        // m2 has capacity 0, so it takes no one however well it would fit.
        var mentors = new[] { Mentor("m1", capacity: 2), Mentor("m2", capacity: 0, organisation: "o3") };
        var mentees = new[] { Mentee("e1", professions: ["medicine"]), Mentee("e2", professions: ["medicine"], settings: ["acute"]), Mentee("e3") };

        var result = Matcher.Match(mentors, mentees);

        Assert.Equal([new("m1", "e1", 14), new MentoringPair("m1", "e2", 17)], result.Pairs);
        Assert.Equal(31, result.TotalScore);
        Assert.Equal(["e3"], result.Unmatched);
        Assert.Empty(result.SpareCapacity);
    }

    [Fact]
    public void Match_MoreRoomThanMentees_ReportsTheSpareCapacity()
    {
        var result = Matcher.Match([Mentor("m1", capacity: 3), Mentor("m2", capacity: 1, organisation: "o3")], [Mentee("e1")]);

        // Both score 10 for e1; the tie goes to the earlier mentor, so m1 has 2 places left and m2 its 1.
        Assert.Equal([new MentoringPair("m1", "e1", 10)], result.Pairs);
        Assert.Equal([new SpareCapacity("m1", 2), new SpareCapacity("m2", 1)], result.SpareCapacity);
    }

    [Fact]
    public void Match_WhereMorePairsScoreLess_TakesFewerButBetterPairs()
    {
        // Allowed pairs by hand (10 base, +4 profession asked for, +3 setting asked for, +2 different places):
        //   m1-e1 10 + 4 + 3 + 2 = 19; m1-e2 refused (m1 avoids e2); m1-e3 10 (nothing asked, both in p1);
        //   m2-e1 10 (nursing and community not asked for, both in p2); m2-e2 10 + 4 + 3 + 2 = 19; m2-e3 refused (both o4);
        //   m3-e1 and m3-e3 refused (m3 is middle-grade, they are senior); m3-e2 10 + 2 (p1, p3) = 12.
        // Three pairs need every mentee placed: e3 has only m1, then e1 only m2, and e2 m3: 10 + 10 + 12 = 32.
        // Two pairs m1-e1 and m2-e2 score 19 + 19 = 38, the best; m3 and e3 go without.
        var mentors = new[]
        {
            Mentor("m1", avoid: "e2"),
            Mentor("m2", organisation: "o4", place: "p2", profession: "nursing", setting: "community"),
            Mentor("m3", organisation: "o5", profession: "pharmacy", setting: "primary-care", seniority: "middle"),
        };
        var mentees = new[]
        {
            Mentee("e1", place: "p2", seniority: "senior", professions: ["medicine"], settings: ["acute"]),
            Mentee("e2", place: "p3", professions: ["nursing"], settings: ["community"]),
            Mentee("e3", organisation: "o4", seniority: "senior"),
        };
        Assert.Equal([19, null, 10, 10, 19, null, null, 12, null], mentors.SelectMany(m => mentees.Select(e => Matcher.Score(m, e))));

        var result = Matcher.Match(mentors, mentees);

        Assert.Equal([new("m1", "e1", 19), new MentoringPair("m2", "e2", 19)], result.Pairs);
        Assert.Equal(38, result.TotalScore);
        Assert.Equal(["e3"], result.Unmatched);
        Assert.Equal([new SpareCapacity("m3", 1)], result.SpareCapacity);
    }

    [Fact]
    public void Match_NoAllowedPair_MatchesNoOne()
    {
        var result = Matcher.Match([Mentor("m1", organisation: "o2")], [Mentee("e1"), Mentee("e2")]);

        Assert.Empty(result.Pairs);
        Assert.Equal(0, result.TotalScore);
        Assert.Equal(["e1", "e2"], result.Unmatched);
        Assert.Equal([new SpareCapacity("m1", 1)], result.SpareCapacity);
    }

    [Fact]
    public void Match_NoOneAtAll_IsEmpty()
    {
        var result = Matcher.Match([], []);

        Assert.Equal((0, 0, 0, 0), (result.Pairs.Count, result.TotalScore, result.Unmatched.Count, result.SpareCapacity.Count));
    }

    [Fact]
    public void Match_BadInput_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Matcher.Match([Mentor("m1", capacity: -1)], [Mentee("e1")]));
        Assert.Throws<ArgumentException>(() => Matcher.Match([Mentor("m1"), Mentor("m1")], [Mentee("e1")]));
        Assert.Throws<ArgumentException>(() => Matcher.Match([Mentor("x")], [Mentee("x")]));
    }

    private static readonly string[] Professions = ["medicine", "nursing", "pharmacy"];
    private static readonly string[] Settings = ["acute", "community", "primary-care"];
    private static readonly string[] Seniorities = ["early-career", "middle", "senior", "executive"];

    private static Gen<string[]> SomeOf(string[] codes) => Gen.Bool.Array[codes.Length].Select(take => codes.Where((_, i) => take[i]).ToArray());

    /// <summary>Up to 5 mentors of capacity 0 to 2 and 6 mentees from 3 organisations and 2 places; each avoids each of the
    /// other side with chance 1 in 8.</summary>
    private static readonly Gen<(Mentor[] Mentors, Mentee[] Mentees)> SmallPools =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 6]).SelectMany((m, n) => Gen.Select(
            Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 1], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 7].Array[6], Gen.Int[0, 2])
                .Array[m],
            Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1], Gen.Int[0, 3], SomeOf(Professions), SomeOf(Settings), Gen.Int[0, 7].Array[5]).Array[n])
            .Select((mentors, mentees) => (
                mentors.Select((x, i) => new Mentor($"m{i}", $"o{x.Item1}", Professions[x.Item2], Settings[x.Item7], $"p{x.Item3}",
                    Seniorities[x.Item4], x.Item5, [.. Enumerable.Range(0, 6).Where(j => x.Item6[j] == 0).Select(j => $"e{j}")])).ToArray(),
                mentees.Select((x, j) => new Mentee($"e{j}", $"o{x.Item1}", "nursing", "community", $"p{x.Item2}", Seniorities[x.Item3],
                    x.Item4, x.Item5, [.. Enumerable.Range(0, 5).Where(i => x.Item6[i] == 0).Select(i => $"m{i}")])).ToArray())));

    [Fact]
    public void Match_SmallPools_IsAValidAssignmentWithTheBruteForceBestTotal()
    {
        SmallPools.Sample(pool =>
        {
            var result = Matcher.Match(pool.Mentors, pool.Mentees);

            var mentors = pool.Mentors.ToDictionary(m => m.Id);
            var mentees = pool.Mentees.ToDictionary(m => m.Id);
            Assert.All(result.Pairs, p => Assert.Equal(Matcher.Score(mentors[p.MentorId], mentees[p.MenteeId]), p.Score));
            Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => p.MenteeId).Distinct().Count());
            Assert.All(result.Pairs.CountBy(p => p.MentorId), taken => Assert.True(taken.Value <= mentors[taken.Key].Capacity));
            Assert.Equal(result.Pairs.Sum(p => p.Score), result.TotalScore);
            Assert.Equal(pool.Mentees.Select(m => m.Id).Except(result.Pairs.Select(p => p.MenteeId)), result.Unmatched);
            Assert.Equal(BruteForceBest(pool.Mentors, pool.Mentees, 0, new int[pool.Mentors.Length]), result.TotalScore);
        }, iter: 300);
    }

    [Fact]
    public void Terms_AllowedPairs_ScoreIsTheSumOfItsTermsAsMatchingMdStatesThem()
    {
        var weights = DevelopmentWeights.Default.Mentoring;
        SmallPools.Sample(pool =>
        {
            foreach (var mentor in pool.Mentors)
                foreach (var mentee in pool.Mentees)
                {
                    if (Matcher.Terms(mentor, mentee) is not { } terms) continue;

                    Assert.Equal(terms.Base + terms.AskedProfession + terms.AskedSetting + terms.DifferentPlaces, Matcher.Score(mentor, mentee));
                    Assert.Equal(weights.Base, terms.Base);
                    Assert.Equal(mentee.WantsProfessions.Contains(mentor.Profession) ? weights.AskedProfession : 0, terms.AskedProfession);
                    Assert.Equal(mentee.WantsSettings.Contains(mentor.Setting) ? weights.AskedSetting : 0, terms.AskedSetting);
                    Assert.Equal(mentor.PlaceId != mentee.PlaceId ? weights.DifferentPlaces : 0, terms.DifferentPlaces);
                }
        }, iter: 100);
    }

    /// <summary>The best total over every way of giving mentees <paramref name="from"/> onwards a mentor with room, or none.</summary>
    private static int BruteForceBest(Mentor[] mentors, Mentee[] mentees, int from, int[] taken)
    {
        if (from == mentees.Length) return 0;
        var best = BruteForceBest(mentors, mentees, from + 1, taken);
        for (var i = 0; i < mentors.Length; i++)
        {
            if (taken[i] == mentors[i].Capacity || Matcher.Score(mentors[i], mentees[from]) is not { } score) continue;
            taken[i]++;
            best = Math.Max(best, score + BruteForceBest(mentors, mentees, from + 1, taken));
            taken[i]--;
        }
        return best;
    }
}

using CsCheck;

namespace GoldenThread.Development;

public class LearningSetFormerTests
{
    internal static readonly LearningSetFormer Former = new(DevelopmentWeights.Default.LearningSets, TimeSpan.FromSeconds(10), 2);

    private static readonly string[] Sectors = ["nhs-acute", "nhs-community", "nhs-mental-health", "nhs-primary-care", "local-authority-unitary", "voluntary-community"];
    private static readonly string[] Professions = ["medicine", "nursing", "psychology", "pharmacy", "social-work", "ahp"];
    private static readonly string[] Seniorities = ["early-career", "middle", "senior", "executive"];

    internal static Registrant Person(string id, string organisation, string sector, string profession, string seniority, string system = "QAA") =>
        new(id, null, system, organisation, sector, profession, seniority);

    /// <summary>Person i (from 0) of a system: organisation o{i}, sector and profession number i mod 6, seniority i mod 4.</summary>
    private static Registrant Numbered(int i, string system = "QAA") =>
        Person($"{system.ToLowerInvariant()}-{i + 1:00}", $"o{i}", Sectors[i % 6], Professions[i % 6], Seniorities[i % 4], system);

    [Theory]
    [InlineData(12, 6, 8, 12)]
    [InlineData(13, 6, 8, 13)]
    [InlineData(9, 6, 8, 8)]
    [InlineData(11, 6, 8, 8)]
    [InlineData(5, 6, 8, 0)]
    [InlineData(6, 6, 6, 6)]
    [InlineData(17, 6, 6, 12)]
    [InlineData(17, 3, 4, 17)]
    [InlineData(0, 2, 3, 0)]
    public void Placeable_IsTheMostThatSomeNumberOfSetsHolds(int registrants, int min, int max, int placed)
    {
        // 9 with 6 to 8: one set holds 6–8, two need 12, so 8. 11 likewise. 17 with exactly 6: two sets hold 12, three need 18.
        // 17 with 3 to 4: 4 + 4 + 3 + 3 + 3 = 17.
        Assert.Equal(placed, LearningSetFormer.Placeable(registrants, min, max));
    }

    [Fact]
    public void Score_CountsDistinctKindsLessFourAPairOfColleagues()
    {
        // Sectors acute, community (2 × 3 = 6); professions medicine (1 × 2 = 2); seniorities senior, middle (2 × 1 = 2);
        // a, b and c of o1 are 3 pairs (−12): 6 + 2 + 2 − 12 = −2.
        var members = new[]
        {
            Person("a", "o1", "nhs-acute", "medicine", "senior"), Person("b", "o1", "nhs-acute", "medicine", "middle"),
            Person("c", "o1", "nhs-community", "medicine", "senior"), Person("d", "o2", "nhs-community", "medicine", "senior"),
        };

        Assert.Equal(-2, Former.Score(members));
    }

    [Fact]
    public void Form_TwelveRegistrantsMinSix_MakesTwoSets()
    {
        // People 1–6 and 7–12 each hold all 6 sectors (18), all 6 professions (12) and all 4 seniorities (1–6: levels 0 1 2 3
        // 0 1; 7–12: 2 3 0 1 2 3), from 12 organisations: 34 each, the most a set of 6 can score, so 68 is proved best.
        var people = Enumerable.Range(0, 12).Select(i => Numbered(i)).ToList();

        var result = Former.Form(people, 6, 8);

        Assert.Equal(2, result.Sets.Count);
        Assert.All(result.Sets, s => Assert.Equal(6, s.Members.Count));
        Assert.All(result.Sets, s => Assert.Equal(34, s.Score));
        Assert.Equal((68, 68, FormationStatus.Optimal, true), (result.TotalScore, result.Bound, result.Status, result.Proved));
        Assert.Empty(result.Unplaced);
    }

    [Fact]
    public void Form_FiveWithMinSix_IsInfeasibleWithEveryoneUnplaced()
    {
        var people = Enumerable.Range(0, 5).Select(i => Numbered(i)).ToList();

        var result = Former.Form(people, 6, 8);

        Assert.Empty(result.Sets);
        Assert.Equal((0, 0, FormationStatus.Infeasible), (result.TotalScore, result.Bound, result.Status));
        Assert.Equal(people.Select(p => p.Id), result.Unplaced);
    }

    /// <summary>p1, p2 and p9 work for oA; p9 brings nothing the others lack (housing as p8, pharmacy as p4, middle as p5).</summary>
    private static readonly Registrant[] Nine =
    [
        Person("p1", "oA", "nhs-acute", "medicine", "senior"),
        Person("p2", "oA", "nhs-community", "nursing", "middle"),
        Person("p3", "o3", "nhs-mental-health", "psychology", "early-career"),
        Person("p4", "o4", "nhs-primary-care", "pharmacy", "executive"),
        Person("p5", "o5", "local-authority-unitary", "social-work", "middle"),
        Person("p6", "o6", "voluntary-community", "ahp", "senior"),
        Person("p7", "o7", "public-health", "public-health", "middle"),
        Person("p8", "o8", "housing", "management", "early-career"),
        Person("p9", "oA", "housing", "pharmacy", "middle"),
    ];

    [Fact]
    public void Form_NineWithSixToEight_MakesOneSetOfEightAndLeavesTheLeastDiverseOut()
    {
        // Two sets need 12, so one set of 8 and one person out. Without p9: 8 sectors (24) + 8 professions (16) + 4 levels
        // (4) − p1-p2 (4) = 40. Without p1 or p2 a sector and a profession go (7 × 3 + 7 × 2 + 4 − 4 = 35); without
        // anyone else all three of oA stay (3 pairs, −12) and p9 can make up for at most one of what goes (p8 out:
        // 24 + 14 + 4 − 12 = 30). So p9 is out, and the score of the rest is proved the best.
        var result = Former.Form(Nine, 6, 8);

        var set = Assert.Single(result.Sets);
        Assert.Equal(["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"], set.Members);
        Assert.Equal((40, 40, FormationStatus.Partial, true), (result.TotalScore, result.Bound, result.Status, result.Proved));
        Assert.Equal(["p9"], result.Unplaced);
        var system = Assert.Single(result.Systems);
        Assert.Equal((FormationStatus.Partial, true, 8), (system.Status, system.Proved, system.Placed));
    }

    [Fact]
    public void Form_InputInAnotherOrder_GivesTheSameSets()
    {
        var forward = Former.Form(Nine, 6, 8);
        var backward = Former.Form([.. Nine.Reverse()], 6, 8);

        Assert.Equal(forward.Sets.Single().Members, backward.Sets.Single().Members);
        Assert.Equal(forward.Unplaced, backward.Unplaced);
    }

    [Fact]
    public void Form_Thirteen_MakesSetsOfSixAndSevenWithTheBestTotalOfAnySplit()
    {
        var people = Enumerable.Range(0, 13).Select(i => Numbered(i) with { OrganisationId = $"o{i % 5}" }).ToList();

        var result = Former.Form(people, 6, 8);

        Assert.Equal([6, 7], result.Sets.Select(s => s.Members.Count).Order());
        Assert.Empty(result.Unplaced);
        Assert.Equal(FormationStatus.Optimal, result.Status);
        // Every split of 13 into 6 and 7: C(13, 6) = 1,716 ways.
        var best = Subsets(13, 6).Max(six => Former.Score(six.Select(i => people[i])) + Former.Score(people.Where((_, i) => !six.Contains(i))));
        Assert.Equal(best, result.TotalScore);
    }

    [Fact]
    public void Form_SameOrganisationPenalty_SplitsColleagues()
    {
        // Twelve alike in sector, profession and seniority, so each set of 6 scores 3 + 2 + 1 = 6 before pairs; a1-a2 and
        // b1-b2 are colleagues. Any set holding a pair loses 4, so the best (12) puts one of each pair in each set.
        var people = new[] { "a1", "a2", "b1", "b2", "c", "d", "e", "f", "g", "h", "i", "j" }
            .Select(id => Person(id, id.Length == 2 ? $"o{id[0]}" : $"o-{id}", "nhs-acute", "nursing", "middle")).ToList();

        var result = Former.Form(people, 6, 8);

        Assert.Equal((12, FormationStatus.Optimal), (result.TotalScore, result.Status));
        Assert.All(result.Sets, s => Assert.Single(s.Members, m => m.StartsWith('a')));
        Assert.All(result.Sets, s => Assert.Single(s.Members, m => m.StartsWith('b')));
    }

    [Fact]
    public void Form_TwoSystems_NeverMixesThem()
    {
        // Mixing would bring QBB's housing into QAA's sets (a sector more, 3 points each), but each system forms its own.
        var people = Enumerable.Range(0, 6).Select(i => Numbered(i, "QAA"))
            .Concat(Enumerable.Range(0, 6).Select(i => Numbered(i, "QBB") with { Sector = "housing" })).ToList();

        var result = Former.Form(people, 3, 4);

        Assert.Equal(["QAA", "QAA", "QBB", "QBB"], result.Sets.Select(s => s.SystemCode));
        Assert.All(result.Sets, s => Assert.All(s.Members, m => Assert.StartsWith(s.SystemCode.ToLowerInvariant(), m)));
        Assert.Equal(["QAA", "QBB"], result.Systems.Select(s => s.SystemCode));
    }

    [Fact]
    public void Form_OneSystemTooSmall_IsPartialWithItsPeopleUnplaced()
    {
        var people = Enumerable.Range(0, 4).Select(i => Numbered(i, "QAA")).Concat(Enumerable.Range(0, 8).Select(i => Numbered(i, "QBB"))).ToList();

        var result = Former.Form(people, 6, 8);

        Assert.Equal(FormationStatus.Partial, result.Status);
        Assert.Equal(["qaa-01", "qaa-02", "qaa-03", "qaa-04"], result.Unplaced);
        Assert.Equal([FormationStatus.Infeasible, FormationStatus.Optimal], result.Systems.Select(s => s.Status));
        Assert.Equal(8, Assert.Single(result.Sets).Members.Count);
    }

    [Fact]
    public void Form_TinyTimeLimitOnABigPool_ReportsABoundAtLeastTheScore()
    {
        // 100 people from 5 organisations: the climb falls short of the counting bound, so CP-SAT must search, and 20 ms
        // stops it (in presolve, where CP-SAT's own bound means nothing).
        var people = RandomPool(new Random(1), 100, "QAA", organisations: 5);
        var hurried = new LearningSetFormer(DevelopmentWeights.Default.LearningSets, TimeSpan.FromMilliseconds(20), 2);
        var thorough = new LearningSetFormer(DevelopmentWeights.Default.LearningSets, TimeSpan.FromSeconds(3), 2);

        var result = hurried.Form(people);
        var better = thorough.Form(people);

        Assert.Contains(result.Status, new[] { FormationStatus.Feasible, FormationStatus.Optimal });
        Assert.True(result.Bound >= result.TotalScore, $"bound {result.Bound} < total {result.TotalScore}");
        // A bound is a bound on every placement, the longer search's too; and neither scores above the other's bound.
        Assert.True(result.Bound >= better.TotalScore, $"bound {result.Bound} < {better.TotalScore}, found with more time");
        Assert.True(better.Bound >= result.TotalScore);
        Assert.Equal(result.Status == FormationStatus.Optimal, result.Bound == result.TotalScore);
        Assert.Equal(100, result.Sets.Sum(s => s.Members.Count));
        Assert.All(result.Sets, s => Assert.InRange(s.Members.Count, 6, 8));
    }

    [Fact]
    public void Form_LimitTooShortForAnyProof_IsFeasibleWithTheCountingBound()
    {
        // 200 people from 4 organisations: the climb scores below the counting bound, and CP-SAT's presolve alone takes
        // longer than a millisecond, so nothing can prove the placement best (CP-SAT stopped there says its bound is 0).
        var people = RandomPool(new Random(1), 200, "QAA", organisations: 4);
        var hurried = new LearningSetFormer(DevelopmentWeights.Default.LearningSets, TimeSpan.FromMilliseconds(1), 2);

        var result = hurried.Form(people);

        var counted = SetScoreBound.Of([.. people.OrderBy(p => p.Id, StringComparer.Ordinal)], 200, 6, Former.Weights);
        Assert.True(result.TotalScore < counted);
        Assert.Equal((FormationStatus.Feasible, false, (int)counted), (result.Status, result.Proved, result.Bound));
    }

    [Fact]
    public void Form_BadSizesWeightsOrIds_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => Former.Form(Nine, 1, 8));
        Assert.Throws<ArgumentException>(() => Former.Form(Nine, 6, 5));
        Assert.Throws<ArgumentException>(() => Former.Form([Nine[0], Nine[0]], 2, 2));
        Assert.Throws<ArgumentException>(() => new LearningSetFormer(Former.Weights, TimeSpan.Zero, 1).Form(Nine));
        // Colleagues rewarded for being together would make the counting bound no bound.
        Assert.Throws<ArgumentException>(() => new LearningSetFormer(Former.Weights with { SameOrganisationPair = 4 }, TimeSpan.FromSeconds(1), 1).Form(Nine));
    }

    /// <summary>Up to 8 people of 1 or 2 systems from 4 organisations, sizes from 2 to 4 apart by up to 2.</summary>
    internal static readonly Gen<(Registrant[] People, int Min, int Max)> SmallPools =
        Gen.Select(Gen.Int[2, 4], Gen.Int[0, 2]).SelectMany((min, spread) =>
            Gen.Select(Gen.Int[0, 1], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 3]).Array[0, 8]
                .Select(rows => (rows.Select((r, i) => new Registrant($"r{i}", null, r.Item1 == 0 ? "QAA" : "QBB", $"o{r.Item2}",
                    Sectors[r.Item3], Professions[r.Item4], Seniorities[r.Item5])).ToArray(), min, min + spread)));

    [Fact]
    public void Form_SmallPools_PlacesThePlaceableInValidSetsWithTheBruteForceBestTotal()
    {
        SmallPools.Sample(pool =>
        {
            var result = Former.Form(pool.People, pool.Min, pool.Max);

            var byId = pool.People.ToDictionary(p => p.Id);
            Assert.All(result.Sets, s =>
            {
                Assert.InRange(s.Members.Count, pool.Min, pool.Max);
                Assert.Single(s.Members.Select(m => byId[m].SystemCode).Distinct());
                Assert.Equal(s.Members.Order(StringComparer.Ordinal), s.Members);
                Assert.Equal(Former.Score(s.Members.Select(m => byId[m])), s.Score);
            });
            var placed = result.Sets.SelectMany(s => s.Members).ToList();
            Assert.Equal(pool.People.Length, placed.Concat(result.Unplaced).Distinct().Count());
            Assert.Equal(pool.People.Length, placed.Count + result.Unplaced.Count);
            var systems = pool.People.GroupBy(p => p.SystemCode).ToList();
            Assert.Equal(systems.Sum(g => LearningSetFormer.Placeable(g.Count(), pool.Min, pool.Max)), placed.Count);
            Assert.Equal(systems.Sum(g => BruteForceBest([.. g], pool.Min, pool.Max)), result.TotalScore);
            Assert.True(result.Proved);
            Assert.Equal(result.TotalScore, result.Bound);
        }, iter: 100);
    }

    /// <summary>The best total over every way of putting the placeable number of <paramref name="people"/> into sets of allowed sizes.</summary>
    internal static int BruteForceBest(Registrant[] people, int min, int max)
    {
        var placed = LearningSetFormer.Placeable(people.Length, min, max);
        if (placed == 0) return 0;
        var best = int.MinValue;
        var label = new int[people.Length];
        void Visit(int i, int labels)
        {
            if (i == people.Length)
            {
                var sets = Enumerable.Range(0, labels).Select(l => people.Where((_, j) => label[j] == l).ToList()).ToList();
                if (sets.Sum(s => s.Count) == placed && sets.All(s => s.Count >= min && s.Count <= max))
                    best = Math.Max(best, sets.Sum(Former.Score));
                return;
            }
            // −1 leaves person i out; a label up to one past those used so far puts them in a set (each partition once).
            for (var l = -1; l <= labels; l++)
            {
                label[i] = l;
                Visit(i + 1, l == labels ? labels + 1 : labels);
            }
        }
        Visit(0, 0);
        return best;
    }

    private static IEnumerable<int[]> Subsets(int n, int k) =>
        k == 0 ? [[]] : n < k ? [] : Subsets(n - 1, k - 1).Select(s => (int[])[.. s, n - 1]).Concat(Subsets(n - 1, k));

    /// <summary>A system of <paramref name="count"/> registrants, sectors and professions skewed to the first few.</summary>
    internal static List<Registrant> RandomPool(Random random, int count, string system, int organisations) =>
        [.. Enumerable.Range(0, count).Select(i => new Registrant($"{system}-{i:0000}", null, system, $"{system}-o{random.Next(organisations)}",
            Sectors[Math.Min(random.Next(8), 5)], Professions[Math.Min(random.Next(9), 5)], Seniorities[random.Next(4)]))];
}

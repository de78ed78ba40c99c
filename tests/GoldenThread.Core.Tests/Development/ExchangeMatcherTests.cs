using CsCheck;

namespace GoldenThread.Development;

public class ExchangeMatcherTests
{
    private static ExchangeSlot Slot(string text) => ExchangeSlot.Parse(text)!.Value;

    private static ExchangeParticipant Person(string id, string profession, string setting, string organisation, string? place,
        params string[] slots) => new()
    {
        Id = id, Profession = profession, Setting = setting, OrganisationId = organisation, PlaceId = place,
        Availability = [.. slots.Select(Slot)],
    };

    // Four people; by hand (matching.md's defaults):
    //   a1-b1  primary-care/acute 6, same place p1 3, medicine/nursing 2, shared 2 half-days:  10 + 6 + 3 + 2 = 21
    //   a1-c1  primary-care/social-care 5, places differ, both medicine, shared 3:             10 + 5         = 15
    //   a1-d1  primary-care/acute 6, places differ, both medicine, shared 2:                    10 + 6         = 16
    //   b1-c1  acute/social-care 5, places differ, nursing/medicine 2, shared 2:                10 + 5 + 2     = 17
    //   b1-d1  both acute: not allowed
    //   c1-d1  social-care/acute 5, same place p2 3, both medicine, shared 2:                   10 + 5 + 3     = 18
    // Matchings of two pairs: {a1-b1, c1-d1} = 39, {a1-d1, b1-c1} = 33; a1-c1 leaves b1-d1, not allowed. Best: 39.
    private static readonly ExchangeParticipant[] FourPeople =
    [
        Person("a1", "medicine", "primary-care", "o1", "p1", "2026-12-01-am", "2026-12-02-am", "2026-12-03-pm"),
        Person("b1", "nursing", "acute", "o2", "p1", "2026-12-02-am", "2026-12-01-am"),
        Person("c1", "medicine", "social-care", "o3", "p2", "2026-12-01-am", "2026-12-02-am", "2026-12-03-pm"),
        Person("d1", "medicine", "acute", "o4", "p2", "2026-12-02-am", "2026-12-03-pm"),
    ];

    [Fact]
    public void Match_FourPeople_TakesTheBestPairsWithVisitsOnTheEarliestSharedHalfDays()
    {
        var matching = ExchangeMatcher.Default.Match(FourPeople);

        Assert.Equal(39, matching.TotalScore);
        Assert.Equal(5, matching.AllowedPairs);
        Assert.Empty(matching.Unmatched);
        Assert.Equal(
        [
            new ExchangePair("a1", "b1", new(10, 6, 3, 2), new(Slot("2026-12-01-am"), "a1"), new(Slot("2026-12-02-am"), "b1")),
            new ExchangePair("c1", "d1", new(10, 5, 3, 0), new(Slot("2026-12-02-am"), "c1"), new(Slot("2026-12-03-pm"), "d1")),
        ], matching.Pairs);
    }

    [Fact]
    public void Match_IdsOutOfOrder_TheIdSortingFirstHostsVisitOne()
    {
        var people = new[]
        {
            Person("z9", "medicine", "acute", "o1", null, "2026-12-01-pm", "2026-12-01-am"),
            Person("m2", "medicine", "community", "o2", null, "2026-12-01-am", "2026-12-01-pm"),
        };

        var pair = Assert.Single(ExchangeMatcher.Default.Match(people).Pairs);

        // community/acute 3, no places (never "the same place"), same profession: 10 + 3 = 13.
        Assert.Equal(new ExchangePair("m2", "z9", new(10, 3, 0, 0), new(Slot("2026-12-01-am"), "m2"), new(Slot("2026-12-01-pm"), "z9")), pair);
    }

    [Fact]
    public void Match_AvoidOnEitherSide_KeepsThePairApart()
    {
        var withAvoid = FourPeople.Select(p => p.Id == "d1" ? p with { Avoid = ["c1"] } : p).ToArray();

        var matching = ExchangeMatcher.Default.Match(withAvoid);

        // Without c1-d1 the best is {a1-d1, b1-c1} = 33 (against a1-b1 alone, 21).
        Assert.Equal(33, matching.TotalScore);
        Assert.Equal([("a1", "d1"), ("b1", "c1")], matching.Pairs.Select(p => (p.A, p.B)));
    }

    [Fact]
    public void Match_OneAllowedPair_LeavesTheRestUnmatchedInThePoolsOrder()
    {
        var people = new[]
        {
            Person("b", "medicine", "acute", "o1", null, "2026-12-01-am", "2026-12-01-pm"),
            Person("a", "nursing", "acute", "o2", null, "2026-12-01-am", "2026-12-01-pm"),
            Person("c", "nursing", "community", "o2", null, "2026-12-01-am", "2026-12-01-pm"),
            Person("d", "nursing", "mental-health", "o3", null, "2026-12-02-am", "2026-12-01-pm"),
        };

        var matching = ExchangeMatcher.Default.Match(people);

        // b-a both acute; a-c one organisation; d shares only 2026-12-01-pm with anyone. b-c alone is allowed:
        // acute/community 3, medicine/nursing 2, so 10 + 3 + 2 = 15.
        Assert.Equal([("b", "c", 15)], matching.Pairs.Select(p => (p.A, p.B, p.Score)));
        Assert.Equal(["a", "d"], matching.Unmatched);
        Assert.Equal(1, matching.AllowedPairs);
    }

    [Fact]
    public void Match_SameIdTwice_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ExchangeMatcher.Default.Match([FourPeople[0], FourPeople[0] with { OrganisationId = "o9" }]));

    [Theory]
    [InlineData(0, 3, null)]
    [InlineData(1, 3, "b1 and d1 both work in acute")]
    public void Check_TellsThePairOrWhyNot(int a, int b, string? refusal)
    {
        var (pair, why) = ExchangeMatcher.Default.Check(FourPeople[a], FourPeople[b]);

        Assert.Equal(refusal, why?.ToString());
        Assert.Equal(refusal is null, pair is not null);
    }

    [Fact]
    public void Check_EachRuleHasItsOwnWords()
    {
        var a = FourPeople[0];
        var matcher = ExchangeMatcher.Default;
        Assert.Equal("Nobody can be paired with themselves", matcher.Check(a, a).Refusal?.ToString());
        Assert.Equal("a1 and b1 work for the same organisation", matcher.Check(a, FourPeople[1] with { OrganisationId = "o1" }).Refusal?.ToString());
        Assert.Equal("a1 and b1 are not to be paired: one of them asked not to be", matcher.Check(a with { Avoid = ["b1"] }, FourPeople[1]).Refusal?.ToString());
        Assert.Equal("a1 and b1 are not to be paired: one of them asked not to be", matcher.Check(a, FourPeople[1] with { Avoid = ["a1"] }).Refusal?.ToString());
        Assert.Equal("a1 and b1 share 1 half-day; a pair needs 2",
            matcher.Check(a, FourPeople[1] with { Availability = [Slot("2026-12-01-am"), Slot("2026-12-05-pm")] }).Refusal?.ToString());
    }

    [Fact]
    public void Check_Refusal_IsSaidWithTheNamesAndSettingWordsTheReaderGives()
    {
        var (a, b) = (FourPeople[1] with { Name = "Ann (Locum) Lee" }, FourPeople[3] with { Name = "Bo Ng" });

        var refusal = ExchangeMatcher.Default.Check(a, b).Refusal!;

        Assert.Equal(ExchangeRefusalReason.SameSetting, refusal.Reason);
        Assert.Equal("Ann (Locum) Lee and Bo Ng both work in hospital care", refusal.Describe(p => p.Name, s => s == "acute" ? "hospital care" : s));
    }

    [Fact]
    public void Check_AllowedPairs_ScoreIsTheSumOfItsTermsAsMatchingMdStatesThem()
    {
        var weights = DevelopmentWeights.Default.Exchange;
        var matcher = ExchangeMatcher.Default;
        SmallPools.Sample(pool =>
        {
            for (var i = 0; i < pool.Length; i++)
                for (var j = i + 1; j < pool.Length; j++)
                {
                    if (matcher.Check(pool[i], pool[j]).Pair is not { } pair) continue;
                    var (a, b) = (pool[i], pool[j]);
                    var terms = pair.Terms;

                    Assert.Equal(terms.Base + terms.Interface + terms.SamePlace + terms.DifferentProfessions, pair.Score);
                    Assert.Equal(weights.Base, terms.Base);
                    Assert.Equal(weights.Interface(a.Setting, b.Setting), terms.Interface);
                    Assert.Equal(a.PlaceId is not null && a.PlaceId == b.PlaceId ? weights.SamePlace : 0, terms.SamePlace);
                    Assert.Equal(a.Profession != b.Profession ? weights.DifferentProfessions : 0, terms.DifferentProfessions);
                }
        }, iter: 100);
    }

    [Fact]
    public void Match_WeightsOfTheSystem_AreTheOnesUsed()
    {
        var weights = DevelopmentWeights.Default.Exchange with { SamePlace = 20 };

        var matching = new ExchangeMatcher(weights).Match(FourPeople);

        // a1-b1 = 10 + 6 + 20 + 2 = 38 and c1-d1 = 10 + 5 + 20 = 35.
        Assert.Equal(73, matching.TotalScore);
    }

    private static readonly string[] Settings = ["acute", "primary-care", "social-care", "mental-health", "community"];
    private static readonly string[] HalfDays = ["2026-12-01-am", "2026-12-01-pm", "2026-12-02-am", "2026-12-02-pm", "2026-12-03-am"];

    /// <summary>Pools of up to 11 people over few organisations, settings, places and half-days, so that pairs are often
    /// refused for each reason and often allowed.</summary>
    private static readonly Gen<ExchangeParticipant[]> SmallPools =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[0, 1], Gen.Int[1, 31], Gen.Int[0, 15])
            .Array[0, 11].Select(rows => rows.Select((r, i) => new ExchangeParticipant
            {
                Id = $"p{i:00}",
                OrganisationId = $"o{r.Item1}",
                Setting = Settings[r.Item2],
                PlaceId = r.Item3 == 2 ? null : $"place{r.Item3}",
                Profession = r.Item4 == 0 ? "medicine" : "nursing",
                Availability = [.. HalfDays.Where((_, d) => (r.Item5 >> d & 1) == 1).Select(Slot)],
                Avoid = r.Item6 < rows.Length && r.Item6 != i ? [$"p{r.Item6:00}"] : [],
            }).ToArray());

    [Fact]
    public void Match_SmallPools_AreTheBestDisjointAllowedPairs()
    {
        var matcher = ExchangeMatcher.Default;
        SmallPools.Sample(pool =>
        {
            var edges = new List<WeightedEdge>();
            for (var i = 0; i < pool.Length; i++)
                for (var j = i + 1; j < pool.Length; j++)
                    if (matcher.Check(pool[i], pool[j]).Pair is { } allowed) edges.Add(new(i, j, allowed.Score));

            var matching = matcher.Match(pool);

            Assert.Equal(MaximumWeightMatchingTests.BruteForceBest(pool.Length, edges), matching.TotalScore);
            Assert.Equal(edges.Count, matching.AllowedPairs);
            var everyone = matching.Pairs.SelectMany(p => new[] { p.A, p.B }).Concat(matching.Unmatched).ToList();
            Assert.Equal(pool.Select(p => p.Id).Order(), everyone.Order());
            foreach (var pair in matching.Pairs)
            {
                var (a, b) = (pool.Single(p => p.Id == pair.A), pool.Single(p => p.Id == pair.B));
                Assert.Equal(matcher.Check(a, b).Pair, pair);
                Assert.True(string.CompareOrdinal(pair.A, pair.B) < 0);
                Assert.True(pair.First.Slot.CompareTo(pair.Second.Slot) < 0);
                var shared = a.Availability.Intersect(b.Availability).Order().Take(2).ToList();
                Assert.Equal(shared, [pair.First.Slot, pair.Second.Slot]);
            }
        }, iter: 300);
    }

    /// <summary>
    /// Totals of generated pools of 1,000 as networkx's maximum-weight matching finds them, from matching.md's rules
    /// written again in Python (bench/reference/exchange_totals.py, run on the bench project's <c>exchange-pool</c>
    /// files of the same seeds).
    /// </summary>
    [Theory]
    [InlineData(1, 9470)]
    [InlineData(2, 9329)]
    [InlineData(3, 9387)]
    public void Match_PoolsOfAThousand_EqualTheReferenceTotal(int seed, int networkxTotal)
    {
        var matching = ExchangeMatcher.Default.Match(ExchangePoolGenerator.Generate(1_000, seed));

        Assert.Equal(networkxTotal, matching.TotalScore);
    }

    [Fact]
    public void Generate_SameSeed_SamePool() =>
        Assert.Equal(ExchangePoolFile.Write(ExchangePoolGenerator.Generate(50, 4)), ExchangePoolFile.Write(ExchangePoolGenerator.Generate(50, 4)));
}

using CsCheck;
using static GoldenThread.Development.LearningSetFormerTests;

namespace GoldenThread.Development;

public class SetScoreBoundTests
{
    private static readonly LearningSetWeights Weights = DevelopmentWeights.Default.LearningSets;

    [Fact]
    public void Of_CountsEachKindInAtMostAsManySetsAsItHasPeopleAndThePigeonholePairs()
    {
        // 7 people, sets of 3 or 4: 7 placed, at most ⌊7 / 3⌋ = 2 sets. Sectors: acute ×5 counts in 2 sets, community ×2 in 2:
        // 4 × 3 = 12. Professions: medicine ×6 in 2, nursing ×1 in 1: 3 × 2 = 6. Seniority: all senior, 2 sets: 2 × 1 = 2.
        // o1 has 5 people, none of whom may be left out: 3 + 2 over two sets at best, 3 + 1 = 4 pairs, −16. 12 + 6 + 2 − 16 = 4.
        var people = new[]
        {
            Person("a", "o1", "nhs-acute", "medicine", "senior"), Person("b", "o1", "nhs-acute", "medicine", "senior"),
            Person("c", "o1", "nhs-acute", "medicine", "senior"), Person("d", "o1", "nhs-acute", "medicine", "senior"),
            Person("e", "o1", "nhs-acute", "medicine", "senior"), Person("f", "o2", "nhs-community", "medicine", "senior"),
            Person("g", "o3", "nhs-community", "nursing", "senior"),
        };

        Assert.Equal(4, SetScoreBound.Of(people, 7, 3, Weights));
        // And met: {a, b, c, g} scores 6 + 4 + 1 − 12 = −1 and {d, e, f} 6 + 2 + 1 − 4 = 5.
        Assert.Equal(4, Former.Form(people, 3, 4).TotalScore);
    }

    [Fact]
    public void Of_SmallPools_IsNeverBelowTheBestTotal()
    {
        SmallPools.Sample(pool =>
        {
            foreach (var system in pool.People.GroupBy(p => p.SystemCode))
            {
                var people = system.ToArray();
                var placed = LearningSetFormer.Placeable(people.Length, pool.Min, pool.Max);
                if (placed == 0) continue;
                Assert.True(SetScoreBound.Of(people, placed, pool.Min, Weights) >= BruteForceBest(people, pool.Min, pool.Max));
            }
        }, iter: 100);
    }
}

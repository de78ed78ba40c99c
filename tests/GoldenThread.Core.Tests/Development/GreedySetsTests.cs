using CsCheck;
using static GoldenThread.Development.LearningSetFormerTests;

namespace GoldenThread.Development;

public class GreedySetsTests
{
    private static readonly LearningSetWeights Weights = DevelopmentWeights.Default.LearningSets;

    [Fact]
    public void Place_Colleagues_GoToDifferentSets()
    {
        // Four alike but for their organisations, sets of 2: a set with a1 and a2 scores 3 + 2 + 1 − 4 = 2, so a2 (after a1,
        // in set 0) goes where it adds 6 rather than −4.
        var people = new[] { "a1", "a2", "b", "c" }.Select(id => Person(id, id[0] == 'a' ? "o-a" : $"o-{id}", "nhs-acute", "nursing", "middle")).ToList();

        var slotOf = GreedySets.Place(people, 4, 2, 2, Weights);

        Assert.NotEqual(slotOf[0], slotOf[1]);
        Assert.Equal([0, 0, 1, 1], slotOf.Order());
    }

    [Fact]
    public void Place_SmallPools_IsAValidPlacementNumberedByLowestMember()
    {
        SmallPools.Sample(pool =>
        {
            var people = pool.People.Where(p => p.SystemCode == "QAA").ToArray();
            var placed = LearningSetFormer.Placeable(people.Length, pool.Min, pool.Max);

            var slotOf = GreedySets.Place(people, placed, pool.Min, pool.Max, Weights);

            Assert.Equal(placed, slotOf.Count(s => s >= 0));
            Assert.All(slotOf.Where(s => s >= 0).CountBy(s => s), size => Assert.InRange(size.Value, pool.Min, pool.Max));
            // Numbered by lowest member: the first time each set appears, in order, is 0, 1, 2…
            Assert.Equal(Enumerable.Range(0, slotOf.Where(s => s >= 0).Distinct().Count()), slotOf.Where(s => s >= 0).Distinct());
        }, iter: 200);
    }
}

namespace GoldenThread.Interchange;

/// <summary>Invariants every made-up network keeps, hand-made or generated, beyond what the validator checks.</summary>
internal static class NetworkAssert
{
    public static void PostsHaveEligibleHoldersAndSuccessors(NetworkDocument document)
    {
        var people = document.People.ToDictionary(p => p.Id);

        Assert.All(document.Posts, r =>
        {
            Assert.InRange(r.SessionsPerWeek, 1m, 10m);
            Assert.Equal(r.HolderPersonId is null, r.HolderSince is null);
            Assert.True(r.HolderPersonId is null || r.Professions.Contains(people[r.HolderPersonId].Profession), r.Title);
            Assert.InRange(r.Successors.Count, 0, 2);
            Assert.DoesNotContain(r.Successors, s => s.PersonId == r.HolderPersonId);
            Assert.Equal(r.Successors.Count, r.Successors.Select(s => s.PersonId).Distinct().Count());
        });
        Assert.Contains(document.Posts, r => r.OpenlyAdvertised);
        Assert.Contains(document.Posts, r => !r.OpenlyAdvertised);
    }

    public static void NoOverlappingPeriodsForOnePersonOnOneBody(NetworkDocument document)
    {
        foreach (var periods in document.Memberships.GroupBy(m => (m.PersonId, m.BodyId)))
        {
            var ordered = periods.OrderBy(m => m.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i - 1].End is { } end && end < ordered[i].Start, $"{periods.Key} overlaps");
            }
        }
    }

    /// <summary>Neighbourhood → place → system → region: an edge may stay at its level but never go down.</summary>
    public static void FeedsIntoNeverPointsDown(NetworkDocument document)
    {
        var rank = new Dictionary<string, int> { ["neighbourhood"] = 0, ["place"] = 1, ["system"] = 2, ["region"] = 3 };
        var bodies = document.Bodies.ToDictionary(b => b.Id);

        Assert.All(document.Bodies.SelectMany(b => b.FeedsInto, (b, target) => (From: b, To: bodies[target])),
            edge => Assert.True(rank[edge.To.Level] >= rank[edge.From.Level], $"{edge.From.Name} -> {edge.To.Name}"));
        Assert.All(document.Bodies.Where(b => b.Level is "neighbourhood" or "place"), b => Assert.NotEmpty(b.FeedsInto));
    }
}

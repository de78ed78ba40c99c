namespace GoldenThread.Development;

/// <summary>
/// An upper bound on the total score of one system's sets found by counting, which CP-SAT's own bound approaches only
/// slowly. With at most k sets (the placed filling sets of the smallest size), a sector held by c people can count in at
/// most min(k, c) sets, and likewise each profession and seniority level; an organisation of c people of whom at least
/// q are placed (c less those who can be left out) has, spread as evenly as can be over k sets, at least that many pairs.
/// </summary>
internal static class SetScoreBound
{
    public static long Of(IReadOnlyList<Registrant> people, int placed, int minSize, LearningSetWeights weights)
    {
        var sets = placed / minSize;
        var leftOut = people.Count - placed;
        long Kinds(Func<Registrant, string> attribute) => people.CountBy(attribute).Sum(c => (long)Math.Min(sets, c.Value));
        var pairs = people.CountBy(p => p.OrganisationId).Sum(c => FewestPairs(Math.Max(0, c.Value - leftOut), sets));
        return weights.DistinctSectors * Kinds(p => p.Sector) + weights.DistinctProfessions * Kinds(p => p.Profession)
            + weights.DistinctSeniorities * Kinds(p => p.Seniority) + weights.SameOrganisationPair * pairs;
    }

    /// <summary>The fewest pairs that <paramref name="people"/> spread over <paramref name="sets"/> sets make: as evenly as can be.</summary>
    private static long FewestPairs(int people, int sets)
    {
        var (each, more) = (people / sets, people % sets);
        return more * (long)LearningSetModel.Pairs(each + 1) + (sets - more) * (long)LearningSetModel.Pairs(each);
    }
}

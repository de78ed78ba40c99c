using GoldenThread.Diversity;

namespace GoldenThread.Programmes;

/// <summary>
/// The anonymised summary of a programme round that may be published (issue 6 "selection and notification"): how many
/// teams applied, were eligible and were selected, overall and by NHS region, and how many team members came from
/// each sector. Counts of people follow the diversity disclosure rule (<see cref="DiversityAggregates.Disclose"/>: below
/// the suppression threshold, zero included, withheld; others rounded). Counts of teams are not counts of people and are
/// shown as they are, but a region's row must cover at least <see cref="FewestSystemsPerRegion"/> applying systems, so
/// that no row is one system's own result: regions with fewer are pooled, and while the pool would still be one system
/// the smallest listed region joins it. No team, person or system is named.
/// </summary>
public static class RoundSummary
{
    public const int FewestSystemsPerRegion = 2;

    /// <summary>One submitted application as the summary counts it: its system's code and region, and its members' sectors.</summary>
    public sealed record Entry(string SystemCode, string Region, bool Eligible, bool Selected, IReadOnlyList<string> MemberSectors);

    /// <summary>A count at each stage of the round.</summary>
    public sealed record Stages<T>(T Applied, T Eligible, T Selected);

    public sealed record SectorRow(string Sector, Stages<DiversityAggregates.Count> People);

    /// <summary>
    /// Teams of one region, or of several pooled (<see cref="Label"/> "Other regions", or "All regions" when the pool is
    /// every region), with how many systems applied from them.
    /// </summary>
    public sealed record RegionRow(string Label, IReadOnlyList<string> Regions, int Systems, Stages<int> Teams);

    public sealed record Summary(Stages<int> Teams, Stages<DiversityAggregates.Count> People, IReadOnlyList<SectorRow> Sectors,
        IReadOnlyList<RegionRow> Regions);

    /// <summary>
    /// The summary of <paramref name="entries"/>: a row for each of <paramref name="sectors"/> in their order (and any
    /// other sector a member gives, after them), people counts disclosed by <paramref name="disclosure"/>.
    /// </summary>
    public static Summary Of(IReadOnlyList<Entry> entries, IReadOnlyList<string> sectors, DiversityVocabulary disclosure)
    {
        DiversityAggregates.Count Safe(int count) => DiversityAggregates.Disclose(count, disclosure);
        Stages<DiversityAggregates.Count> People(Func<string, bool> counted) => new(
            Safe(entries.Sum(e => e.MemberSectors.Count(counted))),
            Safe(entries.Where(e => e.Eligible).Sum(e => e.MemberSectors.Count(counted))),
            Safe(entries.Where(e => e.Selected).Sum(e => e.MemberSectors.Count(counted))));

        var others = entries.SelectMany(e => e.MemberSectors).Where(s => !sectors.Contains(s)).Distinct().Order(StringComparer.Ordinal);
        return new Summary(
            Teams(entries),
            People(_ => true),
            [.. sectors.Concat(others).Select(sector => new SectorRow(sector, People(s => s == sector)))],
            Regions(entries));
    }

    private static Stages<int> Teams(IEnumerable<Entry> entries)
    {
        var list = entries.ToList();
        return new(list.Count, list.Count(e => e.Eligible), list.Count(e => e.Selected));
    }

    private static IReadOnlyList<RegionRow> Regions(IReadOnlyList<Entry> entries)
    {
        var regions = entries.GroupBy(e => e.Region, StringComparer.Ordinal)
            .Select(g => (Region: g.Key, Entries: g.ToList(), Systems: SystemsOf(g)))
            .OrderBy(r => r.Region, StringComparer.Ordinal)
            .ToList();
        var listed = regions.Where(r => r.Systems >= FewestSystemsPerRegion).ToList();
        var pooled = regions.Where(r => r.Systems < FewestSystemsPerRegion).ToList();
        // A pool of one system would be that system's result: the smallest listed region joins it until it is not.
        while (pooled.Count > 0 && SystemsOf(pooled.SelectMany(r => r.Entries)) < FewestSystemsPerRegion && listed.Count > 0)
        {
            var smallest = listed.OrderBy(r => r.Systems).ThenBy(r => r.Region, StringComparer.Ordinal).First();
            listed.Remove(smallest);
            pooled.Add(smallest);
        }
        var rows = listed.Select(r => new RegionRow(r.Region, [r.Region], r.Systems, Teams(r.Entries))).ToList();
        if (pooled.Count > 0)
        {
            var pool = pooled.SelectMany(r => r.Entries).ToList();
            rows.Add(new RegionRow(listed.Count == 0 ? "All regions" : "Other regions",
                [.. pooled.Select(r => r.Region).Order(StringComparer.Ordinal)], SystemsOf(pool), Teams(pool)));
        }
        return rows;
    }

    private static int SystemsOf(IEnumerable<Entry> entries) =>
        entries.Select(e => e.SystemCode).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}

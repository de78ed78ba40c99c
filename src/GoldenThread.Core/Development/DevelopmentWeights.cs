using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>
/// The scoring of the three development matchings (<c>Reference/development-matching.json</c>, the defaults of
/// shared/reference/matching.md): workplace exchange pairs, mentoring and action learning sets.
/// </summary>
public sealed record DevelopmentWeights(ExchangeWeights Exchange, MentoringWeights Mentoring, LearningSetWeights LearningSets)
{
    private static readonly Lazy<DevelopmentWeights> Embedded = new(() => ReferenceData.Load<DevelopmentWeights>("development-matching.json", Problems));

    /// <summary>The weights shipped with GoldenThread.</summary>
    public static DevelopmentWeights Default => Embedded.Value;

    /// <summary>What makes the weights unusable: a pair of settings listed twice or naming one setting twice, a bonus
    /// below 0, fewer than two shared slots, learning-set weights of the wrong sign, set sizes out of order.</summary>
    public static IReadOnlyList<string> Problems(DevelopmentWeights weights)
    {
        var problems = new List<string>();
        var pairs = weights.Exchange.Interfaces.Select(i => i.Key).ToList();
        if (weights.Exchange.Interfaces.Any(i => i.Settings.Count != 2 || i.Settings[0] == i.Settings[1]))
            problems.Add("each interface names two different settings");
        else if (pairs.Distinct(StringComparer.Ordinal).Count() != pairs.Count)
            problems.Add("each pair of settings is listed once");
        if (weights.Exchange.Interfaces.Any(i => i.Bonus < 0)) problems.Add("interface bonuses are 0 or more");
        // Each pair makes two visits on two different half-days, so two shared slots is the least a pair can do with.
        if (weights.Exchange.MinimumSharedSlots < 2) problems.Add("minimumSharedSlots is 2 or more (a pair makes two visits)");
        if (weights.LearningSets.MinSize < 2 || weights.LearningSets.MaxSize < weights.LearningSets.MinSize)
            problems.Add("learning set sizes need 2 ≤ minSize ≤ maxSize");
        problems.AddRange(LearningSetWeights.Problems(weights.LearningSets));
        return problems;
    }
}

/// <summary>Exchange pair score = base + interface(settings) + samePlace + differentProfessions (matching.md).</summary>
public sealed record ExchangeWeights(int Base, int SamePlace, int DifferentProfessions, int OtherSettings, int MinimumSharedSlots,
    IReadOnlyList<SettingInterface> Interfaces)
{
    /// <summary>The bonus for two different settings, in either order; <see cref="OtherSettings"/> for a pair not listed.</summary>
    public int Interface(string a, string b)
    {
        var key = SettingInterface.KeyOf(a, b);
        return Interfaces.FirstOrDefault(i => i.Key == key)?.Bonus ?? OtherSettings;
    }
}

/// <summary>A pair of settings whose exchanges are worth more, unordered.</summary>
public sealed record SettingInterface(IReadOnlyList<string> Settings, int Bonus)
{
    internal string Key => KeyOf(Settings[0], Settings[1]);

    internal static string KeyOf(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}|{b}" : $"{b}|{a}";
}

/// <summary>Mentoring score = base + askedProfession + askedSetting + differentPlaces (matching.md).</summary>
public sealed record MentoringWeights(int Base, int AskedProfession, int AskedSetting, int DifferentPlaces);

/// <summary>Set score = distinctSectors × sectors + distinctProfessions × professions + distinctSeniorities × levels
/// + sameOrganisationPair × pairs from one organisation (matching.md; the last weight is negative).</summary>
public sealed record LearningSetWeights(int DistinctSectors, int DistinctProfessions, int DistinctSeniorities, int SameOrganisationPair,
    int MinSize, int MaxSize)
{
    /// <summary>
    /// The signs matching.md's rule has: a kind more in a set is worth something, colleagues together cost something.
    /// The formation's bound and search rest on them (<see cref="SetScoreBound"/>), so other signs are refused.
    /// </summary>
    public static IReadOnlyList<string> Problems(LearningSetWeights weights) =>
        weights.DistinctSectors < 0 || weights.DistinctProfessions < 0 || weights.DistinctSeniorities < 0 || weights.SameOrganisationPair > 0
            ? ["learning set weights need distinct kinds 0 or more and sameOrganisationPair 0 or less"]
            : [];
}

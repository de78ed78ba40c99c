using System.Globalization;
using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>A registration as the leadership team opens it; a size is null when none was given or it was not a whole number.</summary>
public sealed record LearningSetRegistrationFields(string? Title, string? Description, DateOnly? ClosesOn, int? MinSize, int? MaxSize);

/// <summary>What one set's score is made of (matching.md): each kind counted, times its weight.</summary>
public sealed record SetComposition(int Sectors, int Professions, int Seniorities, int SameOrganisationPairs, LearningSetWeights Weights)
{
    public int Score => Weights.DistinctSectors * Sectors + Weights.DistinctProfessions * Professions + Weights.DistinctSeniorities * Seniorities
        + Weights.SameOrganisationPair * SameOrganisationPairs;

    /// <summary>"3 sectors × 3 = 9", …, "1 pair from one organisation × −4 = −4" (the pairs only when there are some).</summary>
    public IReadOnlyList<string> Parts =>
    [
        Part(Sectors, "sector", "sectors", Weights.DistinctSectors),
        Part(Professions, "profession", "professions", Weights.DistinctProfessions),
        Part(Seniorities, "seniority level", "seniority levels", Weights.DistinctSeniorities),
        .. SameOrganisationPairs > 0 ? [Part(SameOrganisationPairs, "pair from one organisation", "pairs from one organisation", Weights.SameOrganisationPair)] : Array.Empty<string>(),
    ];

    private static string Part(int count, string one, string many, int weight) =>
        $"{count} {(count == 1 ? one : many)} × {Signed(weight)} = {Signed(count * weight)}";

    private static string Signed(int n) => n < 0 ? $"−{(-n).ToString(CultureInfo.InvariantCulture)}" : n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The checks and words of forming action learning sets from individual registrants (issue 9): opening a registration,
/// what a set's score is made of, why someone was not placed and how far a formation got, in words a leadership team reads.
/// </summary>
public static class LearningSetRegistrationRules
{
    public static List<FieldError> CheckRegistration(LearningSetRegistrationFields fields, DateOnly today)
    {
        var errors = new List<FieldError>();
        RoundOpening.Check(errors, fields.Title, fields.Description, fields.ClosesOn, today, "registration",
            LearningSetRegistration.TitleLength, LearningSetRegistration.DescriptionLength);
        errors.AddRange(CheckSizes(fields.MinSize, fields.MaxSize));
        return errors;
    }

    /// <summary>
    /// Set sizes from <see cref="LearningSetRegistration.SmallestSize"/> to <see cref="LearningSetRegistration.LargestSize"/>,
    /// the largest at least the smallest; a size that is null was not a whole number, which the caller has said.
    /// </summary>
    public static List<FieldError> CheckSizes(int? minSize, int? maxSize)
    {
        var errors = new List<FieldError>();
        var (least, most) = (LearningSetRegistration.SmallestSize, LearningSetRegistration.LargestSize);
        var min = Size(errors, "minSize", "Smallest set size", minSize, least, most);
        var max = Size(errors, "maxSize", "Largest set size", maxSize, least, most);
        if (min is { } smallest && max is { } largest && largest < smallest)
            errors.Add(new FieldError("maxSize", $"Largest set size must be at least the smallest set size, {smallest}"));
        return errors;
    }

    private static int? Size(List<FieldError> errors, string field, string name, int? size, int least, int most)
    {
        if (size is not { } value) return null;
        if (value >= least && value <= most) return value;
        errors.Add(new FieldError(field, $"{name} must be between {least} and {most}"));
        return null;
    }

    /// <summary>A name for each of the <paramref name="sets"/> proposed sets, as <c>names[0]</c>…, each within <see cref="LearningSet.NameLength"/>.</summary>
    public static List<FieldError> CheckSetNames(IReadOnlyList<string?> names, int sets)
    {
        var errors = new List<FieldError>();
        for (var i = 0; i < sets; i++)
            TextFields.Check(errors, $"names[{i}]", $"Name of set {i + 1}", i < names.Count ? names[i] : null, LearningSet.NameLength,
                $"Enter a name for set {i + 1}");
        return errors;
    }

    /// <summary>What the score of a set of <paramref name="members"/> is made of; its <see cref="SetComposition.Score"/> is <see cref="LearningSetFormer.Score"/>'s.</summary>
    public static SetComposition Composition(IReadOnlyCollection<Registrant> members, LearningSetWeights weights) => new(
        members.Select(m => m.Sector).Distinct(StringComparer.Ordinal).Count(),
        members.Select(m => m.Profession).Distinct(StringComparer.Ordinal).Count(),
        members.Select(m => m.Seniority).Distinct(StringComparer.Ordinal).Count(),
        members.CountBy(m => m.OrganisationId).Sum(c => LearningSetModel.Pairs(c.Value)),
        weights);

    /// <summary>
    /// Why not all of <paramref name="registrants"/> fit sets of <paramref name="min"/> to <paramref name="max"/>: with k
    /// the most sets they could fill at the smallest size, k sets hold too few and k + 1 need too many. Null when all fit.
    /// </summary>
    public static string? WhyNotAllPlaced(int registrants, int min, int max)
    {
        var placeable = LearningSetFormer.Placeable(registrants, min, max);
        if (placeable == registrants) return null;
        var sizes = $"{min} to {max}";
        if (placeable == 0)
            return $"{Prose.Count(registrants, "person", "people")} registered, fewer than the smallest set of {min}, so no set can be formed";
        var sets = registrants / min;
        return $"{Prose.Count(sets, "set")} of {sizes} can hold at most {sets * max} people and {sets + 1} sets need at least {(sets + 1) * min}, "
            + $"so {placeable} of the {registrants} can be placed";
    }

    /// <summary>
    /// Whether the proposed sets, numbered <paramref name="setNumbers"/> (one number a registrant still placed), can still
    /// be created: there must be some, numbered 1 to k, none below <paramref name="minSize"/>. Removing people from the
    /// register withdraws their registrations, which can empty a set or leave one too small; the sets are then formed again.
    /// </summary>
    public static string? CheckProposalStands(IReadOnlyList<int> setNumbers, int minSize)
    {
        if (setNumbers.Count == 0) return "There are no proposed sets to create: form them again";
        var sizes = setNumbers.CountBy(n => n).OrderBy(c => c.Key).ToList();
        return sizes.Select((c, i) => c.Key == i + 1 && c.Value >= minSize).All(ok => ok) ? null
            : "People have left the register since these sets were formed, so some sets are no longer the sizes chosen: form them again";
    }

    /// <summary>
    /// How far a formation got, in a sentence: proved the best; within a share of the best possible, with the bound; or
    /// who could not be placed (<see cref="WhyNotAllPlaced"/>) and whether those placed are proved best.
    /// </summary>
    public static string Account(FormationStatus status, int total, int bound, int registrants, int min, int max) => status switch
    {
        FormationStatus.Optimal => $"Proved the best: no other grouping of these {registrants} people scores more than {total}.",
        FormationStatus.Feasible => $"{Within(total, bound)} The search stopped at its time limit before it could prove these the best.",
        FormationStatus.Partial => $"Not everyone could be placed: {WhyNotAllPlaced(registrants, min, max)}. "
            + (total >= bound ? $"Among those placed, proved the best: no other grouping scores more than {total}." : Within(total, bound)),
        _ => $"No set could be formed: {WhyNotAllPlaced(registrants, min, max) ?? "no one registered has an organisation in the register to form a set with"}.",
    };

    /// <summary>"Within 4.2% of the best possible: no grouping can score more than 96, and these score 92."</summary>
    public static string Within(int total, int bound)
    {
        var share = bound > 0 ? ((bound - total) * 100.0 / bound).ToString("0.#", CultureInfo.InvariantCulture) + "%" : null;
        return (share is null ? "Close to the best possible" : $"Within {share} of the best possible")
            + $": no grouping can score more than {bound}, and these score {total}.";
    }
}

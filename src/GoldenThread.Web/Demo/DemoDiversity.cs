using GoldenThread.Diversity;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

/// <summary>
/// Made-up diversity answers for about two thirds of the demo people, drawn with a fixed seed in proportions like the
/// NHS workforce's, so that the diversity page has something to count. The first person (the demo professional's
/// own entry) is left without, to try the form.
/// </summary>
public static class DemoDiversity
{
    private static readonly (string Code, int Weight)[] Ethnicity =
        [("A", 58), ("B", 2), ("C", 8), ("D", 1), ("E", 1), ("F", 1), ("G", 1), ("H", 8), ("J", 3), ("K", 1), ("L", 3), ("M", 2), ("N", 6), ("P", 1), ("R", 1), ("S", 2), ("Z", 2)];
    private static readonly (string Code, int Weight)[] Sex = [("female", 74), ("male", 25), ("prefer-not-to-say", 1)];
    private static readonly (string Code, int Weight)[] Disability = [("no", 88), ("yes", 8), ("prefer-not-to-say", 4)];
    private static readonly (string Code, int Weight)[] AgeBand = [("25-34", 14), ("35-44", 30), ("45-54", 34), ("55-64", 19), ("65-plus", 3)];

    public static IEnumerable<DiversityRecord> For(IReadOnlyList<Person> people, DateTimeOffset consentGivenAt)
    {
        var random = new Random(2026);
        foreach (var person in people.Skip(1))
        {
            if (random.NextDouble() >= 0.66) continue;
            yield return new DiversityRecord
            {
                PersonId = person.Id, SystemId = person.SystemId, ConsentGivenAt = consentGivenAt,
                Ethnicity = Pick(random, Ethnicity), Sex = Pick(random, Sex), Disability = Pick(random, Disability),
                AgeBand = random.NextDouble() < 0.05 ? null : Pick(random, AgeBand),
            };
        }
    }

    private static string Pick(Random random, (string Code, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (code, weight) in choices)
            if ((roll -= weight) < 0) return code;
        throw new InvalidOperationException("unreachable: the roll is below the total weight");
    }
}

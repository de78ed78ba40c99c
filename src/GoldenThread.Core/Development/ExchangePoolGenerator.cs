namespace GoldenThread.Development;

/// <summary>
/// A synthetic but plausible exchange pool for benchmarks and reference checks: organisations of one setting each
/// (more GP practices and care homes than trusts, as in a real ICS), five places, professions weighted towards nursing
/// and medicine, a round of six weeks with a morning and an afternoon on Tuesdays and Thursdays (24 half-days) of which
/// each person can make four to eight, and one person in fifty asking not to meet someone. The same seed always gives
/// the same pool.
/// </summary>
public static class ExchangePoolGenerator
{
    private static readonly (string Setting, int Weight)[] Settings =
    [
        ("primary-care", 30), ("acute", 20), ("community", 12), ("mental-health", 10), ("social-care", 12),
        ("care-home", 8), ("ambulance", 4), ("public-health", 2), ("voluntary-community", 2),
    ];

    private static readonly (string Profession, int Weight)[] Professions =
    [
        ("nursing", 30), ("medicine", 20), ("ahp", 14), ("pharmacy", 8), ("social-work", 10), ("psychology", 4),
        ("midwifery", 4), ("management", 6), ("public-health", 4),
    ];

    public static IReadOnlyList<ExchangeParticipant> Generate(int count, int seed, DateOnly? roundStarts = null)
    {
        var random = new Random(seed);
        var start = roundStarts ?? new DateOnly(2027, 1, 5);
        var halfDays = Enumerable.Range(0, 6).SelectMany(week => new[] { 0, 2 }.Select(day => start.AddDays(7 * week + day)))
            .SelectMany(date => new[] { new ExchangeSlot(date, false), new ExchangeSlot(date, true) }).ToArray();

        var organisations = Enumerable.Range(0, Math.Max(2, count / 6))
            .Select(i => (Id: $"org{i:0000}", Setting: Pick(random, Settings), Place: $"place{random.Next(5)}")).ToArray();
        var people = new List<ExchangeParticipant>(count);
        for (var i = 0; i < count; i++)
        {
            var organisation = organisations[random.Next(organisations.Length)];
            var canMake = random.Next(4, 9);
            people.Add(new ExchangeParticipant
            {
                Id = $"x{i:00000}",
                Profession = Pick(random, Professions),
                Setting = organisation.Setting,
                OrganisationId = organisation.Id,
                PlaceId = organisation.Place,
                Availability = [.. halfDays.OrderBy(_ => random.Next()).Take(canMake).Order()],
                Avoid = i > 0 && random.Next(50) == 0 ? [$"x{random.Next(i):00000}"] : [],
            });
        }
        return people;
    }

    private static string Pick(Random random, (string Value, int Weight)[] weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return weighted[^1].Value; // not reached: the roll is below the total weight
    }
}

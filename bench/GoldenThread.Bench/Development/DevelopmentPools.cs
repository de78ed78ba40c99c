using GoldenThread.Development;
using GoldenThread.Interchange;

namespace GoldenThread.Bench.Development;

/// <summary>
/// Mentoring pools and learning-set registrants for the benchmarks, drawn from generated systems (their organisations,
/// sectors, places, professions, settings and seniority as the generator spreads them) rather than made uniform, so the
/// solvers meet the skew of real registers: a few large trusts, many nurses, few executives. Seeded.
/// </summary>
internal static class DevelopmentPools
{
    /// <summary>
    /// <paramref name="mentees"/> mentees and <paramref name="mentors"/> mentors of one generated system: mentors from its
    /// senior and executive people (capacity 1–5), mentees from the rest; each mentee asks for one to three professions
    /// and one or two settings, and one in twenty avoids someone.
    /// </summary>
    public static (Mentor[] Mentors, Mentee[] Mentees) Mentoring(int mentees, int mentors, int seed)
    {
        var random = new Random(seed);
        var network = NetworkGenerator.GenerateSystem(0, 3 * (mentees + mentors), seed);
        var places = network.Organisations.ToDictionary(o => o.Id, o => o.PlaceId ?? "system-wide");
        var people = network.People.Where(p => p.OrganisationId is not null && !p.Lay).OrderBy(_ => random.Next()).ToList();
        var senior = people.Where(p => p.Seniority is "senior" or "executive").Take(mentors).ToList();
        var others = people.Where(p => p.Seniority is "early-career" or "middle").Take(mentees).ToList();
        var professions = people.Select(p => p.Profession).Distinct().Order(StringComparer.Ordinal).ToArray();
        var settings = people.Select(p => p.Setting).Distinct().Order(StringComparer.Ordinal).ToArray();
        var mentorArray = senior.Select(p => new Mentor(p.Id, p.OrganisationId!, p.Profession, p.Setting, places[p.OrganisationId!], p.Seniority,
            random.Next(1, 6), [])).ToArray();
        var menteeArray = others.Select(p => new Mentee(p.Id, p.OrganisationId!, p.Profession, p.Setting, places[p.OrganisationId!], p.Seniority,
            Some(random, professions, 1, 3), Some(random, settings, 1, 2),
            random.Next(20) == 0 ? [mentorArray[random.Next(mentorArray.Length)].Id] : [])).ToArray();
        return (mentorArray, menteeArray);
    }

    /// <summary>
    /// <paramref name="perSystem"/> registrants from each of the first <paramref name="systems"/> generated systems
    /// (of 2,000 people each), drawn at random from their professionals (not lay members).
    /// </summary>
    public static List<Registrant> Registrants(int systems, int perSystem, int seed)
    {
        var random = new Random(seed);
        var registrants = new List<Registrant>();
        for (var s = 0; s < systems; s++)
        {
            var network = NetworkGenerator.GenerateSystem(s, 2_000, seed);
            var sectors = network.Organisations.ToDictionary(o => o.Id, o => o.Sector);
            registrants.AddRange(network.People.Where(p => p.OrganisationId is not null && !p.Lay).OrderBy(_ => random.Next()).Take(perSystem)
                .Select(p => new Registrant($"{network.System.Code}-{p.Id}", p.Name, network.System.Code, p.OrganisationId!,
                    sectors[p.OrganisationId!], p.Profession, p.Seniority)));
        }
        return registrants;
    }

    /// <summary>
    /// A harder pool than a register gives: <paramref name="perSystem"/> registrants in each of <paramref name="systems"/>
    /// systems, all from <paramref name="organisations"/> organisations, with sectors, professions and seniority drawn
    /// independently (a few common, many rare). Few employers with many registrants each make colleagues hard to keep
    /// apart, and the greedy climb then falls short of the counting bound, so CP-SAT has to search.
    /// </summary>
    public static List<Registrant> FewOrganisations(int systems, int perSystem, int organisations, int seed)
    {
        var random = new Random(seed);
        var vocabularies = GoldenThread.Network.Vocabularies.Default;
        string Skewed(IReadOnlyList<string> codes) => codes[Math.Min(random.Next(codes.Count + 4), random.Next(codes.Count))];
        return [.. Enumerable.Range(0, systems).SelectMany(s => Enumerable.Range(0, perSystem).Select(i => new Registrant(
            $"Q{s}-{i:000}", null, $"Q{s:00}", $"Q{s}-o{random.Next(organisations)}",
            Skewed([.. vocabularies.Sectors.Select(x => x.Code)]), Skewed([.. vocabularies.Professions.Select(x => x.Code)]),
            vocabularies.Seniority[random.Next(vocabularies.Seniority.Count)])))];
    }

    private static string[] Some(Random random, string[] codes, int least, int most) =>
        [.. codes.OrderBy(_ => random.Next()).Take(random.Next(least, most + 1))];
}

using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Programmes;

namespace GoldenThread.Bench.Programmes;

/// <summary>
/// A national round of applications for the benchmarks: every one of England's 42 ICBs (Reference/icbs.csv) takes part
/// with the priority areas of its generated network, and each application's team is drawn from its system's generated
/// register (names, organisations, sectors, seniority; a function from the profession). Systems apply in proportion to
/// their population. Most applications are complete; a few fall short the ways real ones do (a short statement, a
/// priority area of another system, a measure whose target is its baseline, a sponsor not senior, an uncommitted
/// member, unconfirmed time). Submitted over six weeks to the minute, so some are submitted in the same minute. Seeded:
/// the same round for the same seed.
/// </summary>
internal static class ApplicationsGenerator
{
    private static readonly DateTimeOffset Opens = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] Statements =
    [
        "Fewer people wait in hospital for care they could have at home.",
        "Residents of the most deprived wards are invited first, with interpreters and travel paid.",
        "People who use the service sit on the steering group from its first meeting and co-design each change.",
        "The council, the trusts and the voluntary sector share one plan and one budget for the work.",
        "Families say they know who to call, and are called back the same day.",
        "Leaders from every sector learn to hold one another to account for one outcome.",
    ];

    private static readonly string[] Measures =
        ["Emergency admissions", "Delayed discharges", "Falls needing an ambulance", "Days from referral to first contact", "A&E attendances from care homes"];

    public static (ProgrammeSettings Settings, Application[] Applications) Round(int applications, int seed)
    {
        var random = new Random(seed);
        var networks = NetworkGenerator.Generate(NetworkGenerator.MaxSystems, 400, seed).ToList();
        var settings = new ProgrammeSettings
        {
            Id = "bench-2026",
            Systems = [.. networks.Select(n => new SystemPriorities(n.System.Code, n.System.PriorityAreas))],
        };
        var registers = networks.Select(n => new Register(n)).ToList();
        var population = networks.Sum(n => (long)n.System.Population);
        var round = new Application[applications];
        for (var i = 0; i < applications; i++)
        {
            var system = PickByPopulation(random, networks, population);
            var other = networks[random.Next(networks.Count)];
            round[i] = new Application(
                $"GT-{i + 1:00000}", networks[system].System.Code,
                Opens.AddMinutes(random.Next(42 * 24 * 60)),
                Content(random, registers[system], networks[system].System.PriorityAreas, other.System.PriorityAreas));
        }
        return (settings, round);
    }

    private static int PickByPopulation(Random random, List<NetworkDocument> networks, long population)
    {
        var at = random.NextInt64(population);
        for (var i = 0; i < networks.Count; i++)
        {
            at -= networks[i].System.Population;
            if (at < 0) return i;
        }
        return networks.Count - 1;
    }

    /// <summary>A system's register as teams are drawn from it: people with an employer, and each organisation's name and sector.</summary>
    private sealed class Register(NetworkDocument network)
    {
        public readonly PersonRecord[] People = [.. network.People.Where(p => p.OrganisationId is not null && !p.Lay)];
        public readonly Dictionary<string, OrganisationRecord> Organisations = network.Organisations.ToDictionary(o => o.Id);
    }

    private static ApplicationContent Content(Random random, Register register, IReadOnlyList<string> areas, IReadOnlyList<string> otherAreas)
    {
        bool Rarely(int percent) => random.Next(100) < percent;
        string Statement() => Rarely(2) ? "To be confirmed" : Statements[random.Next(Statements.Length)];
        var members = Enumerable.Range(0, random.Next(5, 10)).Select(_ => register.People[random.Next(register.People.Length)])
            .DistinctBy(p => p.Id).Select(person =>
            {
                var organisation = register.Organisations[person.OrganisationId!];
                return new TeamMember
                {
                    Name = person.Name, Organisation = organisation.Name, Sector = organisation.Sector, Seniority = person.Seniority,
                    Function = Function(person.Profession), CommittedBeyondProgramme = !Rarely(3), WillShareLearning = !Rarely(2),
                };
            }).ToList();
        var area = Rarely(4) ? otherAreas[random.Next(otherAreas.Count)] : areas[random.Next(areas.Count)];
        var baseline = random.Next(20, 400);
        return new ApplicationContent
        {
            TeamName = $"{area} learning set",
            WickedIssue = new() { Title = $"Joining up {area}", Description = Statements[random.Next(Statements.Length)], PriorityArea = Rarely(10) ? area.ToUpperInvariant() : area },
            CitizenGains = Statement(),
            EdiStatement = Statement(),
            CommunityInvolvement = Statement(),
            SystemLeadershipGains = Statement(),
            Measures = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new ProposedMeasure
            {
                Name = Measures[random.Next(Measures.Length)], Baseline = baseline, Target = Rarely(4) ? baseline : baseline * 0.8, Unit = "per month",
            })],
            Sponsors =
            [
                new() { Name = "Medical director", Role = "Medical director", Organisation = "Acute trust", Sector = "nhs-acute", Senior = true },
                new() { Name = "Director of adult social services", Role = "Director", Organisation = "Council", Sector = "local-authority-unitary", Senior = !Rarely(8) },
            ],
            Members = members,
            EmployerTimeCommitment = new() { Confirmed = !Rarely(5), DaysPerMonth = random.Next(1, 7) / 2m },
        };
    }

    private static string Function(string profession) => profession switch
    {
        "management" => "managerial",
        "social-work" => "social care",
        "public-health" => "public health",
        _ => "clinical",
    };
}

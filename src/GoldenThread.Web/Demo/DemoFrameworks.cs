using GoldenThread.Frameworks;
using GoldenThread.Interchange;
using GoldenThread.Measures;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

/// <summary>
/// The demo system's leadership framework, dated back from the clock: the national CCPL framework adopted a year and a
/// half ago and adapted six months ago (one criterion reworded, one added); last year's self-assessment, completed, with
/// eight raters across professions, sectors, places and a lay member, every criterion rated and moderated; this year's,
/// open for a few weeks more, which the demo professional has started and the leadership team's account is invited to;
/// and the plan of actions that followed last year's results, some done, some overdue.
/// </summary>
public static partial class DemoFrameworks
{
    public const string Leader = "leader@goldenthread.example";
    /// <summary>The criterion version 2 rewords, and the one it adds.</summary>
    public const string Reworded = "P3.1", Added = "P2.6";
    /// <summary>Where last year's raters split by two levels or more.</summary>
    public static readonly IReadOnlyList<string> Split = ["P1.3", "P4.3"];

    /// <summary>The register person the leadership team's demo account is: the ICB medical director.</summary>
    public static Person LeaderPerson(NetworkEntities network) =>
        network.People.First(p => p.Id == network.Posts.First(post => post.Title == "ICB medical director").HolderPersonId);

    /// <summary>The rows to add: the framework, its versions, the two assessments with raters and ratings, and the plan.</summary>
    public static IEnumerable<object> For(NetworkEntities network, IEnumerable<Measure> measures, DateTimeOffset now)
    {
        var systemId = network.System.Id;
        var today = UkDate.DateOf(now);
        var library = FrameworkLibrary.Ccpl;
        var framework = new Framework { SystemId = systemId, Key = library.Key, Name = library.Name, CreatedAt = now.AddMonths(-18) };
        var first = new FrameworkVersion
        {
            SystemId = systemId, FrameworkId = framework.Id, Number = 1, Definition = library, CreatedAt = framework.CreatedAt,
            Note = "Adopted from the national framework for clinical and care professional leadership.",
        };
        var second = new FrameworkVersion
        {
            SystemId = systemId, FrameworkId = framework.Id, Number = 2, Definition = Adapted(library), CreatedAt = now.AddMonths(-6),
            Note = $"Reworded {Reworded} to ask for leadership time in job plans; added {Added} on learning from concerns, after last year's self-assessment.",
        };
        framework.CurrentVersionId = second.Id;
        framework.PublishedAt = now.AddMonths(-5);
        yield return framework;
        yield return first;
        yield return second;

        var raters = Raters(network);
        var completed = new Assessment
        {
            SystemId = systemId, FrameworkId = framework.Id, FrameworkVersionId = first.Id, Name = $"Self-assessment {today.AddYears(-1).Year}",
            OpensOn = today.AddMonths(-13), ClosesOn = today.AddMonths(-12), State = AssessmentState.Completed,
            CreatedAt = now.AddMonths(-13).AddDays(-7), CompletedAt = now.AddMonths(-11),
        };
        yield return completed;
        foreach (var row in LastYear(completed, library, raters)) yield return row;

        var open = new Assessment
        {
            SystemId = systemId, FrameworkId = framework.Id, FrameworkVersionId = second.Id, Name = $"Self-assessment {today.Year}",
            OpensOn = today.AddDays(-14), ClosesOn = today.AddDays(21), State = AssessmentState.Open, CreatedAt = now.AddDays(-16),
        };
        yield return open;
        foreach (var row in ThisYear(open, second.Definition, network, raters)) yield return row;

        foreach (var action in Plan(framework, completed, network, measures, now)) yield return action;
    }

    /// <summary>Version 2: <see cref="Reworded"/> asks for job plans, and <see cref="Added"/> joins principle 2.</summary>
    private static FrameworkDefinition Adapted(FrameworkDefinition library) => new()
    {
        Key = library.Key, Name = library.Name, Source = library.Source, Levels = library.Levels,
        Principles = [.. library.Principles.Select(p => p with
        {
            Criteria =
            [
                .. p.Criteria.Select(c => c.Id == Reworded
                    ? c with { Text = "Leaders have protected time for leadership work, written into their job plans, with backfill, and are fairly paid for it" }
                    : c),
                .. p.Id == "P2" ? [new FrameworkCriterion(Added, "Concerns raised by clinical and care professionals are answered, and what is learned from them is shared across the system", [])] : Array.Empty<FrameworkCriterion>(),
            ],
        })],
    };

    /// <summary>
    /// Eight raters drawn from the register: the leadership team's person, nurses, a GP, a pharmacist, an allied health
    /// professional and a social worker from different places and sectors, someone from the voluntary sector and a lay member.
    /// </summary>
    private static List<Person> Raters(NetworkEntities network)
    {
        var place = network.Organisations.ToDictionary(o => o.Id);
        bool Works(Person p, Func<Organisation, bool> where) => p.OrganisationId is { } id && where(place[id]);
        var seated = network.Memberships.Where(m => m.End == null).Select(m => m.PersonId).ToHashSet();
        Func<Person, bool>[] wanted =
        [
            p => p.Id == LeaderPerson(network).Id,
            p => p.Profession == "nursing" && Works(p, o => o.Sector == "nhs-acute"),
            p => p.Specialty == "general-practice" && Works(p, o => o.Sector == "nhs-primary-care" && o.PlaceId != null),
            p => p.Profession == "pharmacy",
            p => p.Profession == "ahp" && Works(p, o => o.Sector == "nhs-community"),
            p => p.Profession == "social-work" && Works(p, o => o.Sector.StartsWith("local-authority", StringComparison.Ordinal)),
            p => p.Profession == "management" && Works(p, o => o.Sector == "voluntary-community"),
            p => p.Lay,
        ];
        var chosen = new List<Person>();
        foreach (var fits in wanted)
            if (network.People.Where(p => seated.Contains(p.Id) && p.Id != network.People[0].Id && !chosen.Contains(p))
                    .OrderBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(fits) is { } person)
                chosen.Add(person);
        return chosen;
    }

    /// <summary>Last year's level of each criterion, as most raters saw it.</summary>
    private static readonly Dictionary<string, int> Consensus = new()
    {
        ["P1.1"] = 3, ["P1.2"] = 2, ["P1.3"] = 2, ["P1.4"] = 3, ["P1.5"] = 2,
        ["P2.1"] = 3, ["P2.2"] = 2, ["P2.3"] = 2, ["P2.4"] = 2, ["P2.5"] = 3,
        ["P3.1"] = 2, ["P3.2"] = 1, ["P3.3"] = 3, ["P3.4"] = 1,
        ["P4.1"] = 2, ["P4.2"] = 3, ["P4.3"] = 2, ["P4.4"] = 1,
        ["P5.1"] = 3, ["P5.2"] = 1, ["P5.3"] = 2,
    };

    private static IEnumerable<object> LastYear(Assessment assessment, FrameworkDefinition definition, IReadOnlyList<Person> raters)
    {
        var random = new Random(2025_11_01);
        var rows = raters.Select((person, i) => new AssessmentRater
        {
            SystemId = assessment.SystemId, AssessmentId = assessment.Id, PersonId = person.Id,
            InvitedAt = assessment.CreatedAt.AddDays(1), SubmittedAt = assessment.CreatedAt.AddDays(10 + 2 * i),
        }).ToList();
        var levels = new Dictionary<string, List<int>>();
        foreach (var (rater, person) in rows.Zip(raters))
        {
            yield return rater;
            foreach (var criterion in definition.Criteria)
            {
                var consensus = Consensus[criterion.Id];
                var index = rows.IndexOf(rater);
                // Most raters agree within a level; on the split criteria the first rater sees one level less and the last one more.
                var level = Split.Contains(criterion.Id) && index == 0 ? consensus - 1
                    : Split.Contains(criterion.Id) && index == rows.Count - 1 ? consensus + 1
                    : Math.Min(consensus + (random.NextDouble() < 0.3 ? 1 : 0), definition.Levels.Count);
                var notApplicable = person.Lay && criterion.Id == "P3.4";
                if (!notApplicable) (levels.TryGetValue(criterion.Id, out var list) ? list : levels[criterion.Id] = []).Add(level);
                yield return Rating(rater, criterion.Id, notApplicable ? null : level, person, rater.SubmittedAt!.Value.AddDays(-1));
            }
        }
        foreach (var criterion in definition.Criteria)
        {
            var given = levels[criterion.Id].Order().ToList();
            var agreed = given[(given.Count - 1) / 2];
            var name = definition.Level(agreed)!.Name.ToLowerInvariant();
            yield return new ModeratedRating
            {
                SystemId = assessment.SystemId, AssessmentId = assessment.Id, CriterionId = criterion.Id, Level = agreed,
                ModeratedAt = assessment.CompletedAt!.Value.AddDays(-3),
                Rationale = Split.Contains(criterion.Id)
                    ? $"Raters split from {definition.Level(given[0])!.Name.ToLowerInvariant()} to {definition.Level(given[^1])!.Name.ToLowerInvariant()}: it depends on the place. Agreed as {name} at the clinical executive, with the plan to close the gap between places."
                    : $"Most raters saw this as {name}; the register's evidence agrees.",
            };
        }
    }

    private static IEnumerable<object> ThisYear(Assessment assessment, FrameworkDefinition definition, NetworkEntities network, IReadOnlyList<Person> lastYear)
    {
        var criteria = definition.Criteria.ToList();
        // The demo professional has rated the first principle and a half; the leadership team's person is invited and has not started;
        // two of last year's raters have finished and one is part way.
        (Person Person, int Rated, bool Submitted)[] invited =
        [
            (network.People[0], 7, false), (LeaderPerson(network), 0, false),
            (lastYear[1], criteria.Count, true), (lastYear[3], criteria.Count, true), (lastYear[^1], 10, false),
        ];
        var random = new Random(2026_11_01);
        foreach (var (person, rated, submitted) in invited)
        {
            var rater = new AssessmentRater
            {
                SystemId = assessment.SystemId, AssessmentId = assessment.Id, PersonId = person.Id, InvitedAt = assessment.CreatedAt.AddDays(1),
                SubmittedAt = submitted ? assessment.CreatedAt.AddDays(9) : null,
            };
            yield return rater;
            foreach (var criterion in criteria.Take(rated))
            {
                var level = Math.Min(Consensus.GetValueOrDefault(criterion.Id, 1) + random.Next(2), definition.Levels.Count);
                yield return Rating(rater, criterion.Id, level, person, assessment.CreatedAt.AddDays(5));
            }
        }
    }

    private static CriterionRating Rating(AssessmentRater rater, string criterionId, int? level, Person person, DateTimeOffset at) => new()
    {
        SystemId = rater.SystemId, AssessmentId = rater.AssessmentId, RaterId = rater.Id, CriterionId = criterionId,
        Level = level, NotApplicable = level is null, UpdatedAt = at,
        Rationale = level switch
        {
            null => "As a lay member I do not see the data and analytics support clinicians have, so I cannot judge this fairly.",
            1 => "I have not seen this in place where I work, and colleagues say the same.",
            2 => "There are early examples, but they are not yet consistent across the system.",
            3 => "In place across most of the system; the gaps are known and there are plans to close them.",
            _ => "Established everywhere I have worked in the system, and we check that it makes a difference.",
        },
        EvidenceLinks = level >= 3 && person.Profession != "lay" ? ["https://intranet.severnvale.example/leadership/framework-evidence"] : [],
    };
}

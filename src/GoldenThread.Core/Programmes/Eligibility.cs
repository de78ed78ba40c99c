using System.Globalization;
using GoldenThread.Network;

namespace GoldenThread.Programmes;

/// <summary>
/// Decides which applications to a programme round are eligible, criterion by criterion, as
/// reference/eligibility-criteria.md specifies: each application is checked on its own, then each system's places
/// go to its earliest complete applications (ties by id) and the people they bring are compared with the round's
/// expectation. Results come back in the order of the applications given, each with every criterion of the
/// catalogue in the catalogue's order. Applications are assumed valid (known sectors, seniorities and systems):
/// <see cref="ApplicationRules"/> says what is wrong with one before it gets here.
/// </summary>
public static class Eligibility
{
    public const string TeamSize = "E-TEAM-SIZE";
    public const string SystemTeamCap = "E-SYSTEM-TEAM-CAP";
    public const string SystemPeopleCap = "E-SYSTEM-PEOPLE-CAP";
    public const string PanSector = "E-PAN-SECTOR";
    public const string MultiOrganisation = "E-MULTI-ORGANISATION";
    public const string MultiSeniority = "E-MULTI-SENIORITY";
    public const string MultiFunction = "E-MULTI-FUNCTION";
    public const string PriorityLink = "E-PRIORITY-LINK";
    public const string CitizenGains = "E-CITIZEN-GAINS";
    public const string Edi = "E-EDI";
    public const string Measurable = "E-MEASURABLE";
    public const string CommunityInvolvement = "E-COMMUNITY-INVOLVEMENT";
    public const string SystemGains = "E-SYSTEM-GAINS";
    public const string SeniorSponsors = "E-SENIOR-SPONSORS";
    public const string SeniorParticipants = "E-SENIOR-PARTICIPANTS";
    public const string Commitment = "E-COMMITMENT";
    public const string Time = "E-TIME";

    /// <summary>The criteria decided for each application on its own.</summary>
    private static readonly IReadOnlyDictionary<string, Func<Context, Application, Finding>> OwnChecks =
        new Dictionary<string, Func<Context, Application, Finding>>
        {
            [TeamSize] = EligibilityChecks.TeamSize,
            [PanSector] = EligibilityChecks.PanSector,
            [MultiOrganisation] = EligibilityChecks.MultiOrganisation,
            [MultiSeniority] = EligibilityChecks.MultiSeniority,
            [MultiFunction] = EligibilityChecks.MultiFunction,
            [PriorityLink] = EligibilityChecks.PriorityLink,
            [CitizenGains] = (c, a) => EligibilityChecks.Stated(c, a.Content.CitizenGains, "Gains for citizens"),
            [Edi] = (c, a) => EligibilityChecks.Stated(c, a.Content.EdiStatement, "An EDI statement"),
            [Measurable] = EligibilityChecks.Measurable,
            [CommunityInvolvement] = (c, a) => EligibilityChecks.Stated(c, a.Content.CommunityInvolvement, "Community involvement"),
            [SystemGains] = (c, a) => EligibilityChecks.Stated(c, a.Content.SystemLeadershipGains, "System leadership gains"),
            [SeniorSponsors] = EligibilityChecks.SeniorSponsors,
            [SeniorParticipants] = EligibilityChecks.SeniorParticipants,
            [Commitment] = EligibilityChecks.Commitment,
            [Time] = EligibilityChecks.Time,
        };

    /// <summary>Every criterion id the engine can check.</summary>
    public static IReadOnlySet<string> Checks { get; } = new HashSet<string>([.. OwnChecks.Keys, SystemTeamCap, SystemPeopleCap]);

    /// <summary>A check's outcome before the catalogue gives it a severity.</summary>
    internal readonly record struct Finding(bool Met, string Message);

    internal sealed record Context(ProgrammeSettings Settings, Vocabularies Vocabularies, int StatedLength);

    public static IReadOnlyList<EligibilityResult> Evaluate(
        ProgrammeSettings settings, IReadOnlyList<Application> applications,
        EligibilityCriteria? criteria = null, Vocabularies? vocabularies = null)
    {
        criteria ??= EligibilityCriteria.Default;
        var context = new Context(settings, vocabularies ?? Vocabularies.Default, criteria.StatedLength);
        var checks = OwnChecks.Where(check => criteria.Criteria.Any(c => c.Id == check.Key)).ToList();
        var own = applications.Select(a => checks.ToDictionary(check => check.Key, check => check.Value(context, a))).ToList();

        var complete = own.Select(findings => findings.Values.All(f => f.Met)).ToList();
        var places = SystemPlaces(settings, applications, complete);

        return [.. applications.Select((application, i) =>
        {
            var results = criteria.Criteria.Select(criterion =>
            {
                var finding = criterion.Id switch
                {
                    SystemTeamCap => places.Cap[i],
                    SystemPeopleCap => places.People[application.SystemCode.ToUpperInvariant()],
                    _ => own[i][criterion.Id],
                };
                return new CriterionResult(criterion.Id, finding.Met ? CriterionStatus.Pass : criterion.Severity, finding.Message);
            }).ToList();
            return new EligibilityResult(application.Id, results.All(r => r.Status != CriterionStatus.Fail), results);
        })];
    }

    private sealed record Places(Finding[] Cap, Dictionary<string, Finding> People);

    /// <summary>
    /// Per system, the complete applications in order of submission (ties by id, ordinal) keep the first
    /// <c>maxTeamsPerSystem</c> places; the members of the teams that keep a place are counted against the people cap.
    /// </summary>
    private static Places SystemPlaces(ProgrammeSettings settings, IReadOnlyList<Application> applications, List<bool> complete)
    {
        var cap = new Finding[applications.Count];
        var people = new Dictionary<string, Finding>();
        var bySystem = Enumerable.Range(0, applications.Count).GroupBy(i => applications[i].SystemCode.ToUpperInvariant());
        foreach (var system in bySystem)
        {
            var queue = system.Where(i => complete[i])
                .OrderBy(i => applications[i].SubmittedAt).ThenBy(i => applications[i].Id, StringComparer.Ordinal).ToList();
            var positions = queue.Select((i, position) => (i, position)).ToDictionary(x => x.i, x => x.position);
            var keeping = queue.Take(settings.MaxTeamsPerSystem).ToList();
            var placesHeld = $"{system.Key} has {Count(settings.MaxTeamsPerSystem, "place")}";
            foreach (var i in system)
                cap[i] = positions.TryGetValue(i, out var position)
                    ? new(position < settings.MaxTeamsPerSystem,
                        $"{Ordinal(position + 1)} of {Count(queue.Count, "complete team")} from {system.Key} by submission time; {placesHeld}")
                    : new(true, $"Not counted towards {system.Key}'s places: another criterion is not met");
            var members = keeping.Sum(i => applications[i].Content.Members.Count);
            people[system.Key] = new(members <= settings.PeoplePerSystem, keeping.Count == 0
                ? $"No team from {system.Key} keeps a place yet, so no members count; about {settings.PeoplePerSystem} expected"
                : $"{Count(members, "member")} across {system.Key}'s {Count(keeping.Count, "team")} keeping a place; " +
                  $"about {settings.PeoplePerSystem} expected");
        }
        return new Places(cap, people);
    }

    private static string Count(int n, string noun) => Prose.Count(n, noun);

    internal static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}

using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Demo;

/// <summary>
/// The demo's national programme: two further systems from the ICB register (Kent and Medway, Greater Manchester) so
/// rounds span three, a round taking applications now with a draft of the demo system's, and a closed round in review
/// with twelve submitted applications whose eligibility shows every kind of result: passes, a sixth complete team of
/// the demo system over its cap of five, the demo system's people-cap warning, and fails of team size, pan-sector
/// membership, priority link, employer time and measurability. Dates follow the clock, so the open round is open
/// whenever the demo is seeded; the content is fixed.
/// </summary>
public static partial class DemoProgramme
{
    /// <summary>What was seeded, for later demo parts (review, a decided round) to build on.</summary>
    public sealed record Seeded(IReadOnlyList<IntegratedCareSystem> Systems, ProgrammeRound OpenRound, ProgrammeRound ClosedRound,
        IReadOnlyList<TeamApplication> OpenRoundApplications, IReadOnlyList<TeamApplication> ClosedRoundApplications)
    {
        public TeamApplication Draft => OpenRoundApplications.Single(a => a.State == ApplicationState.Draft);

        public IEnumerable<object> AllRows() =>
            [.. Systems, OpenRound, ClosedRound, .. OpenRoundApplications, .. ClosedRoundApplications];
    }

    /// <summary>Days before and after today that the open round opened and closes; the closed round closed so long before
    /// that the two never fall in the same season, whose name they take.</summary>
    internal const string ClosedRoundDescription =
        "The programme's first round: teams of at least six, each tackling a wicked issue tied to one of its system's priorities.";

    private const int OpenRoundOpened = 24, OpenRoundCloses = 26, ClosedRoundClosed = 70, ClosedRoundLasted = 80;

    public static Seeded For(NetworkEntities network, DateTimeOffset now)
    {
        var today = UkTime.DateOf(now);
        var systems = OtherSystems.Select(s =>
        {
            var icb = IcbRegister.All.Single(i => i.OdsCode == s.Code);
            return new IntegratedCareSystem { Code = icb.OdsCode, Name = icb.Name, Region = icb.Region, Population = icb.Population, PriorityAreas = [.. s.PriorityAreas] };
        }).ToList();
        var all = systems.Append(network.System).ToDictionary(s => s.Code);

        var open = Round(today.AddDays(-OpenRoundOpened), today.AddDays(OpenRoundCloses), all.Values, now,
            "Teams of at least six from across health, care, local government and the voluntary sector, working on a wicked issue of their system for a year with facilitated learning sets.");
        var closedOn = today.AddDays(-ClosedRoundClosed);
        var closed = Round(closedOn.AddDays(-ClosedRoundLasted), closedOn, all.Values, now.AddDays(-ClosedRoundClosed - ClosedRoundLasted),
            ClosedRoundDescription);
        closed.State = RoundState.Closed;

        var members = new RegisterMembers(network);
        return new Seeded(systems, open, closed,
            [.. OpenRoundTeams.Select(t => Application(t, open, all[t.System], members, now))],
            [.. ClosedRoundTeams.Select(t => Application(t, closed, all[t.System], members, now))]);
    }

    private static ProgrammeRound Round(DateOnly opens, DateOnly closes, IEnumerable<IntegratedCareSystem> systems, DateTimeOffset createdAt, string description)
    {
        var (season, code) = Season(closes);
        return new ProgrammeRound
        {
            Code = code, Name = $"{season} round", Description = description, OpensOn = opens, ClosesOn = closes, CreatedAt = createdAt,
            Systems = [.. systems.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new RoundSystem(s.Code, [.. s.PriorityAreas]))],
            Rubric = [.. ReviewRubric.Default.Criteria],
        };
    }

    /// <summary>The season a round closes in, as its name ("Winter 2026–27") and code ("2026-27-winter").</summary>
    internal static (string Name, string Code) Season(DateOnly closes) => closes.Month switch
    {
        12 => ($"Winter {closes.Year}–{(closes.Year + 1) % 100:00}", $"{closes.Year}-{(closes.Year + 1) % 100:00}-winter"),
        1 or 2 => ($"Winter {closes.Year - 1}–{closes.Year % 100:00}", $"{closes.Year - 1}-{closes.Year % 100:00}-winter"),
        >= 3 and <= 5 => ($"Spring {closes.Year}", $"{closes.Year}-spring"),
        >= 6 and <= 8 => ($"Summer {closes.Year}", $"{closes.Year}-summer"),
        _ => ($"Autumn {closes.Year}", $"{closes.Year}-autumn"),
    };

    private static TeamApplication Application(TeamSpec team, ProgrammeRound round, IntegratedCareSystem system, RegisterMembers register, DateTimeOffset now)
    {
        var submitted = team.DaysBeforeClosing is { } days ? UkTime.At(round.ClosesOn.AddDays(-days), team.Hour) : (DateTimeOffset?)null;
        var members = team.System == register.SystemCode ? register.Team(team.Members) : Roster(team);
        return new TeamApplication
        {
            SystemId = system.Id, RoundId = round.Id, Reference = team.Reference,
            State = submitted is null ? ApplicationState.Draft : team.Withdrawn ? ApplicationState.Withdrawn : ApplicationState.Submitted,
            Source = team.System == register.SystemCode ? ApplicationSource.Journey : ApplicationSource.Api,
            Content = submitted is null ? Draft(team, members) : Content(team, members),
            CreatedAt = (submitted ?? now).AddDays(-9), UpdatedAt = submitted ?? now.AddDays(-1), SubmittedAt = submitted,
        };
    }

    private static ApplicationContent Content(TeamSpec team, IReadOnlyList<TeamMember> members) => new()
    {
        TeamName = team.TeamName,
        WickedIssue = new WickedIssue { Title = team.Issue, Description = team.Description, PriorityArea = team.Area },
        CitizenGains = $"Fewer people harmed by {Lower(team.Issue)}, and those affected and their families supported closer to home by people who know them.",
        EdiStatement = "We will look first at the neighbourhoods and groups the issue hits hardest, record who our work reaches by ethnicity, age and deprivation, and recruit members who reflect them.",
        CommunityInvolvement = "People with lived experience and their carers sit on the team from the first meeting, and we will co-design every change with them through our local Healthwatch and voluntary sector partners.",
        SystemLeadershipGains = "Leaders from the NHS, the councils and the voluntary sector learning to share one problem, one set of measures and one budget conversation, and taking that way of working back to their boards.",
        Measures = [new ProposedMeasure { Name = team.Measure.Name, Baseline = team.Measure.Baseline, Target = team.Measure.Target, Unit = team.Measure.Unit }],
        Sponsors = [.. Sponsors[team.System].Select(s => new Sponsor { Name = s.Name, Role = s.Role, Organisation = s.Organisation, Sector = s.Sector, Senior = true })],
        Members = members,
        EmployerTimeCommitment = new TimeCommitment { Confirmed = team.Flaw != Flaw.TimeNotConfirmed, DaysPerMonth = 2 },
    };

    /// <summary>A draft part-way through: its team and issue, the gains for citizens, a measure and the first members.</summary>
    private static ApplicationContent Draft(TeamSpec team, IReadOnlyList<TeamMember> members) => Content(team, members) with
    {
        EdiStatement = "", SystemLeadershipGains = "", Sponsors = [], EmployerTimeCommitment = new TimeCommitment(),
    };

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];

    private static List<TeamMember> Roster(TeamSpec team) =>
    [
        .. team.Members.Select(i => Rosters[team.System][int.Parse(i, System.Globalization.CultureInfo.InvariantCulture)]).Select(p => new TeamMember
        {
            Name = p.Name, Organisation = p.Organisation, Sector = p.Sector, Seniority = p.Seniority, Function = p.Function,
            CommittedBeyondProgramme = true, WillShareLearning = true,
        }),
    ];

    /// <summary>
    /// Members of the demo system's teams, picked from its register: each slot ("specialty-or-profession@sector-prefix")
    /// is the first person who fits and is in no team yet, or failing that the first not yet in this team.
    /// </summary>
    private sealed class RegisterMembers(NetworkEntities network)
    {
        private readonly Dictionary<Guid, Organisation> organisations = network.Organisations.ToDictionary(o => o.Id);
        private readonly HashSet<Guid> inATeam = [];

        public string SystemCode => network.System.Code;

        public List<TeamMember> Team(IEnumerable<string> slots)
        {
            var team = new List<Person>();
            foreach (var slot in slots)
            {
                var (what, sector) = (slot.Split('@')[0], slot.Split('@')[1]);
                var fits = network.People.Where(p => (p.Specialty == what || p.Profession == what) && p.OrganisationId is { } o
                    && organisations[o].Sector.StartsWith(sector, StringComparison.Ordinal) && !team.Contains(p)).ToList();
                var person = fits.FirstOrDefault(p => !inATeam.Contains(p.Id)) ?? fits.FirstOrDefault()
                    ?? throw new InvalidOperationException($"The demo register has no one for the slot {slot}");
                team.Add(person);
                inATeam.Add(person.Id);
            }
            return [.. team.Select(p => new TeamMember
            {
                PersonId = p.Id, Name = p.Name, Organisation = organisations[p.OrganisationId!.Value].Name,
                Sector = organisations[p.OrganisationId!.Value].Sector, Seniority = p.Seniority, Function = Function(p.Profession),
                CommittedBeyondProgramme = true, WillShareLearning = true,
            })];
        }

        private static string Function(string profession) => profession switch
        {
            "social-work" => "social care",
            "public-health" => "public health",
            "management" => "managerial",
            "lay" => "lived experience",
            _ => "clinical",
        };
    }
}

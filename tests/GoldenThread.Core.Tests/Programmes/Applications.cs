namespace GoldenThread.Programmes;

/// <summary>
/// A hand-made round and one application that meets every criterion, for tests to change one thing at a time. The
/// complete team: six members from five organisations and five sectors (two outside the NHS: the council and the
/// charity), four seniority levels and four functions; its senior members are from the acute trust and the council;
/// two senior sponsors (acute trust, council); one measure from 42 to 38; two days a month confirmed.
/// </summary>
internal static class Applications
{
    public const string Qxx = "QXX";
    public const string Qyy = "QYY";

    public static readonly ProgrammeSettings Settings = new()
    {
        Id = "2026-autumn",
        Systems = [new(Qxx, ["mental health", "care homes"]), new(Qyy, ["frailty"])],
    };

    /// <summary>09:00 UTC on Monday 5 October 2026.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    public static TeamMember Member(string name, string organisation, string sector, string seniority, string function) => new()
    {
        Name = name, Organisation = organisation, Sector = sector, Seniority = seniority, Function = function,
        CommittedBeyondProgramme = true, WillShareLearning = true,
    };

    public static readonly IReadOnlyList<TeamMember> Team =
    [
        Member("Asha Patel", "University Hospitals Sussex", "nhs-acute", "senior", "clinical"),
        Member("Ben Okafor", "Brighton and Hove City Council", "local-authority-unitary", "executive", "managerial"),
        Member("Cara Jones", "Sussex Community NHS Foundation Trust", "nhs-community", "middle", "clinical"),
        Member("Dan Smith", "Hangleton Surgery", "nhs-primary-care", "early-career", "clinical"),
        Member("Eli Brown", "Together Co", "voluntary-community", "middle", "care"),
        Member("Fay Green", "Brighton and Hove City Council", "local-authority-unitary", "middle", "social work"),
    ];

    // 44, 62, 65 and 62 characters: each is stated (20 or more).
    public const string CitizenGains = "Fewer residents taken to A&E from care homes";
    public const string EdiStatement = "Homes in the most deprived wards join first, with interpreters";
    public const string CommunityInvolvement = "Residents and families co-design the plan from the first workshop";
    public const string SystemLeadershipGains = "Council, trusts and charities share one budget for crisis care";

    public static readonly ApplicationContent Content = new()
    {
        TeamName = "Care homes crisis team",
        WickedIssue = new() { Title = "Crisis care in care homes", Description = "Residents in crisis go to A&E because no one else can come in time.", PriorityArea = "care homes" },
        CitizenGains = CitizenGains,
        EdiStatement = EdiStatement,
        CommunityInvolvement = CommunityInvolvement,
        SystemLeadershipGains = SystemLeadershipGains,
        Measures = [new() { Name = "Emergency admissions from care homes", Baseline = 42, Target = 38, Unit = "per month" }],
        Sponsors =
        [
            new() { Name = "Dr Kim Lee", Role = "Chief Medical Officer", Organisation = "University Hospitals Sussex", Sector = "nhs-acute", Senior = true },
            new() { Name = "Sam Hart", Role = "Director of Adult Social Care", Organisation = "Brighton and Hove City Council", Sector = "local-authority-unitary", Senior = true },
        ],
        Members = Team,
        EmployerTimeCommitment = new() { Confirmed = true, DaysPerMonth = 2 },
    };

    /// <summary>The complete application, submitted <paramref name="minutes"/> after <see cref="Monday"/>, changed by <paramref name="change"/>.</summary>
    public static Application Complete(string id, string system = Qxx, int minutes = 0, Func<ApplicationContent, ApplicationContent>? change = null) =>
        new(id, system, Monday.AddMinutes(minutes), change is null ? Content : change(Content));

    /// <summary>The complete team with <paramref name="extra"/> more members, each from a new organisation.</summary>
    public static ApplicationContent WithMembers(this ApplicationContent content, int extra) => content with
    {
        Members = [.. content.Members, .. Enumerable.Range(1, extra).Select(i => Member($"Extra {i}", $"Practice {i}", "nhs-primary-care", "middle", "clinical"))],
    };

    /// <summary>The members with one of them changed.</summary>
    public static ApplicationContent WithMember(this ApplicationContent content, int index, Func<TeamMember, TeamMember> change) => content with
    {
        Members = [.. content.Members.Select((m, i) => i == index ? change(m) : m)],
    };

    public static EligibilityResult Evaluate(Application application, ProgrammeSettings? settings = null) =>
        Assert.Single(Eligibility.Evaluate(settings ?? Settings, [application]));

    public static CriterionResult Criterion(this EligibilityResult result, string id) => result[id];
}

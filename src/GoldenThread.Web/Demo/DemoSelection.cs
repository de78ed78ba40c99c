using GoldenThread.Development;
using GoldenThread.Measures;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Demo;

/// <summary>
/// An earlier, finished round of the national programme for the demo: Spring 2026, closed and decided, its outcomes and
/// its summary published. Five teams of one system applied, their members taken from its register: two were selected
/// and became learning sets (formed as publishing forms them) whose measures have a year of monthly points before the
/// set formed and the months since, moving towards their targets; one eligible team and two that were not eligible were
/// not selected, each with its feedback.
/// </summary>
public static class DemoSelection
{
    public const string RoundCode = "2026-spring";
    public static readonly DateOnly OpensOn = new(2026, 2, 2);
    public static readonly DateOnly ClosesOn = new(2026, 3, 31);
    public static readonly DateOnly Decided = new(2026, 5, 1);
    /// <summary>The day the outcomes were published, when the selected teams became learning sets.</summary>
    public static readonly DateOnly Formed = new(2026, 5, 15);
    public static readonly DateOnly SummaryPublished = new(2026, 5, 29);
    /// <summary>The first month of the measures' points: a year before the learning sets formed.</summary>
    public static readonly DateOnly FirstMonth = new(2025, 5, 1);

    /// <summary>One member to take from the register: the first person not yet in a team of the given sector and seniority.</summary>
    private sealed record Pick(string Sector, string? Seniority, string Function, string? Profession = null);

    private sealed record MeasureSpec(string Name, double Baseline, double Target, string Unit, int Decimals);

    private sealed record TeamSpec(string Team, string Title, string Description, string Priority, Pick[] Members,
        (string Name, string Role, string Organisation, string Sector)[] Sponsors, MeasureSpec[] Measures, int SubmittedDay,
        ApplicationDecision Decision, string Rationale, string Feedback);

    private static readonly TeamSpec[] Teams =
    [
        new("Severnmouth Falls Collaborative", "Falls at home among older people",
            "Older people in Severnmouth who fall at home wait hours for help and too often end up admitted; no one service owns falls prevention.",
            "frailty",
            [new("nhs-primary-care", "senior", "clinical", "medicine"), new("nhs-acute", "executive", "clinical"), new("local-authority-unitary", "executive", "care"),
             new("voluntary-community", "senior", "managerial"), new("independent-care-provider", "senior", "managerial"), new("nhs-community", "middle", "clinical"),
             new("nhs-ambulance", "middle", "clinical")],
            [("Dr Helen Marsh", "Medical Director", "NHS Severn Vale Integrated Care Board", "nhs-commissioner"),
             ("Rachel Osei", "Director of Adult Social Care", "Severnmouth City Council", "local-authority-unitary")],
            [new("Emergency admissions after a fall, people aged 65 and over", 118, 95, "admissions a month", 0),
             new("People given a falls plan within 7 days of a fall", 34, 70, "%", 1)],
            3, ApplicationDecision.Selected, "Highest mean review score; strong community involvement through the carers' alliance.",
            "Congratulations: your team is selected. Reviewers praised how the care homes and the voluntary sector shaped the plan from the start."),
        new("Hollowmere Young Minds", "Waits for children's mental health support",
            "Children and young people in Hollowmere wait months for mental health support while schools, youth services and the NHS each hold part of the answer.",
            "children and young people",
            [new("nhs-mental-health", "senior", "clinical"), new("local-authority-unitary", "executive", "care"), new("voluntary-community", "senior", "managerial"),
             new("nhs-community", "middle", "clinical"), new("education", "senior", "managerial"), new("nhs-mental-health", "middle", "clinical")],
            [("Dr Sunil Varma", "Chief Medical Officer", "Severn Vale Partnership NHS Foundation Trust", "nhs-mental-health"),
             ("Claire Dunmore", "Director of Children's Services", "Hollowmere Council", "local-authority-unitary")],
            [new("Young people waiting more than 18 weeks for support", 212, 120, "young people", 0),
             new("Mental health support sessions in schools", 82, 140, "sessions a month", 0)],
            9, ApplicationDecision.Selected, "Second highest score; the only team on children and young people.",
            "Congratulations: your team is selected. Reviewers asked that young people themselves join the set's meetings from the first month."),
        new("Brackenmoor Care Home Partnership", "Avoidable admissions from care homes",
            "Residents of Brackenmoor's care homes are admitted to hospital for conditions that could be managed where they live.",
            "care homes",
            [new("independent-care-provider", "senior", "managerial"), new("nhs-community", "middle", "clinical"), new("local-authority-county", "executive", "care"),
             new("nhs-primary-care", "senior", "clinical", "medicine"), new("nhs-acute", "middle", "clinical"), new("voluntary-community", "senior", "managerial")],
            [("Dr Helen Marsh", "Medical Director", "NHS Severn Vale Integrated Care Board", "nhs-commissioner"),
             ("Martin Hale", "Director of Adult Services", "Brackenmoor County Council", "local-authority-county")],
            [new("Emergency admissions from care homes", 61, 45, "admissions a month", 0)],
            16, ApplicationDecision.NotSelected, "Eligible, but scored below the two selected teams; the care-home support pathway already covers much of this.",
            "Your application was eligible but not selected this round. Reviewers found the plan overlapped the care-home support pathway; a narrower issue would score well next time."),
        new("Wessmoor Health Inequalities Group", "Cancer screening uptake in Wessmoor",
            "Uptake of cancer screening in Wessmoor's most deprived neighbourhoods is far below the rest of the system.",
            "health inequalities",
            [new("nhs-primary-care", "senior", "clinical", "medicine"), new("nhs-acute", "executive", "clinical"), new("nhs-community", "middle", "clinical"),
             new("nhs-primary-care", "middle", "managerial"), new("nhs-acute", "middle", "clinical"), new("nhs-commissioner", "middle", "managerial")],
            [("Dr Helen Marsh", "Medical Director", "NHS Severn Vale Integrated Care Board", "nhs-commissioner"),
             ("Ian Brewer", "Chief Executive", "Brackenmoor and Wessmoor Hospitals NHS Trust", "nhs-acute")],
            [new("Bowel screening uptake in the most deprived fifth", 52, 60, "%", 1)],
            20, ApplicationDecision.NotSelected, "Not eligible: every member and sponsor is from the NHS.",
            "Your application was not eligible: the programme supports pan-sector teams, and every member and sponsor came from the NHS. Bringing in the council and voluntary sector would make it eligible."),
        new("Quayside Diabetes Team", "Type 2 diabetes in Quayside",
            "People with type 2 diabetes in Quayside miss their annual checks and struggle to find support close to home.",
            "diabetes",
            [new("nhs-primary-care", "senior", "clinical", "medicine"), new("local-authority-unitary", "middle", "care"), new("voluntary-community", "senior", "managerial"),
             new("nhs-community", "middle", "clinical"), new("nhs-primary-care", "middle", "managerial")],
            [("Dr Helen Marsh", "Medical Director", "NHS Severn Vale Integrated Care Board", "nhs-commissioner"),
             ("Rachel Osei", "Director of Adult Social Care", "Severnmouth City Council", "local-authority-unitary")],
            [new("People with all eight care processes", 48, 65, "%", 1)],
            27, ApplicationDecision.NotSelected, "Not eligible: five members, and diabetes is not one of the system's priority areas.",
            "Your application was not eligible: a team needs at least 6 members, and its wicked issue must belong to one of the system's priority areas."),
    ];

    /// <summary>
    /// The round, its applications, the two learning sets with their members, measures, points and a note where the set
    /// formed, as rows to add; members are the register's <paramref name="people"/> of <paramref name="system"/>, placed
    /// by their <paramref name="organisations"/>' sectors.
    /// </summary>
    public static IEnumerable<object> For(IntegratedCareSystem system, IReadOnlyList<Person> people, IReadOnlyList<Organisation> organisations,
        DateTimeOffset createdAt)
    {
        var round = new ProgrammeRound
        {
            Code = RoundCode, Name = "Spring 2026",
            Description = "The spring round of the national learning-set programme: pan-sector teams on a wicked issue of their system's priorities.",
            OpensOn = OpensOn, ClosesOn = ClosesOn, State = RoundState.Closed,
            Systems = [new RoundSystem(system.Code, [.. system.PriorityAreas])], Rubric = [.. ReviewRubric.Default.Criteria],
            OutcomesPublishedAt = UkTime.At(Formed, 10), SummaryPublishedAt = UkTime.At(SummaryPublished, 10), CreatedAt = UkTime.At(OpensOn.AddDays(-14), 9),
        };
        yield return round;
        var sectorOf = organisations.ToDictionary(o => o.Id, o => o.Sector);
        var organisationName = organisations.ToDictionary(o => o.Id, o => o.Name);
        var taken = new HashSet<Guid>();
        var register = people.Select(p => p.Id).ToHashSet();
        var random = new Random(2026_05_15);
        for (var i = 0; i < Teams.Length; i++)
        {
            var spec = Teams[i];
            var application = new TeamApplication
            {
                SystemId = system.Id, RoundId = round.Id, Reference = $"SV-{i + 1:00}", State = ApplicationState.Submitted,
                Content = Content(spec, spec.Members.Select(pick => Member(pick, people, sectorOf, organisationName, taken)).ToList()),
                CreatedAt = UkTime.At(OpensOn.AddDays(spec.SubmittedDay - 2), 9), UpdatedAt = UkTime.At(OpensOn.AddDays(spec.SubmittedDay), 11),
                SubmittedAt = UkTime.At(OpensOn.AddDays(spec.SubmittedDay), 11),
                Decision = spec.Decision, DecisionRationale = spec.Rationale, Feedback = spec.Feedback, DecidedAt = UkTime.At(Decided, 15),
            };
            var formed = spec.Decision == ApplicationDecision.Selected ? LearningSetFormation.Form(application, register, Formed, createdAt) : null;
            yield return application;
            if (formed is null) continue;
            foreach (var row in formed.Rows) yield return row;
            foreach (var measure in formed.Measures)
            {
                foreach (var point in Points(measure, spec.Measures.Single(m => m.Name == measure.Name), random)) yield return point;
                yield return new MeasureAnnotation { SystemId = system.Id, MeasureId = measure.Id, Date = new DateOnly(2026, 6, 1), Text = "Learning set formed" };
            }
        }
    }

    private static ApplicationContent Content(TeamSpec spec, IReadOnlyList<TeamMember> members) => new()
    {
        TeamName = spec.Team,
        WickedIssue = new() { Title = spec.Title, Description = spec.Description, PriorityArea = spec.Priority },
        CitizenGains = $"Fewer people harmed or kept waiting: {spec.Description[0..1].ToLowerInvariant()}{spec.Description[1..]}",
        EdiStatement = "We will reach the neighbourhoods with the worst outcomes first and recruit members who reflect them.",
        CommunityInvolvement = "Patients, carers and local groups sit on the team from its first meeting and review every change.",
        SystemLeadershipGains = "Leaders from each sector will learn to share budgets and decisions across organisational lines.",
        Measures = [.. spec.Measures.Select(m => new ProposedMeasure { Name = m.Name, Baseline = m.Baseline, Target = m.Target, Unit = m.Unit })],
        Sponsors = [.. spec.Sponsors.Select(s => new Sponsor { Name = s.Name, Role = s.Role, Organisation = s.Organisation, Sector = s.Sector, Senior = true })],
        Members = members,
        EmployerTimeCommitment = new() { Confirmed = true, DaysPerMonth = 2 },
    };

    private static TeamMember Member(Pick pick, IReadOnlyList<Person> people, Dictionary<Guid, string> sectorOf,
        Dictionary<Guid, string> organisationName, HashSet<Guid> taken)
    {
        var person = people.FirstOrDefault(p => !taken.Contains(p.Id) && !p.Lay && p.OrganisationId is { } o && sectorOf[o] == pick.Sector
                                               && (pick.Seniority is null || p.Seniority == pick.Seniority)
                                               && (pick.Profession is null || p.Profession == pick.Profession))
                     ?? throw new InvalidOperationException($"The demo register has no one left in {pick.Sector} at {pick.Seniority} seniority");
        taken.Add(person.Id);
        return new TeamMember
        {
            PersonId = person.Id, Name = person.Name, Organisation = organisationName[person.OrganisationId!.Value], Sector = pick.Sector,
            Seniority = person.Seniority, Function = pick.Function, CommittedBeyondProgramme = true, WillShareLearning = true,
        };
    }

    /// <summary>
    /// Monthly values around the baseline until the set formed, then moving a sixth of the way to the target each month,
    /// drawn as <see cref="DemoMeasures"/> draws its noise.
    /// </summary>
    private static IEnumerable<MeasurePoint> Points(Measure measure, MeasureSpec spec, Random random)
    {
        var started = new DateOnly(Formed.Year, Formed.Month, 1).AddMonths(1);
        for (var month = FirstMonth; month <= DemoMeasures.LastMonth; month = month.AddMonths(1))
        {
            var since = month < started ? 0 : (month.Year - started.Year) * 12 + month.Month - started.Month + 1;
            var level = spec.Baseline + (spec.Target - spec.Baseline) * Math.Min(1, since / 6.0);
            var value = level + spec.Baseline * 0.03 * DemoMeasures.Normal(random);
            yield return new MeasurePoint { SystemId = measure.SystemId, MeasureId = measure.Id, Date = month, Value = Math.Round(value, spec.Decimals) };
        }
    }
}

using GoldenThread.Access;
using GoldenThread.Network;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Testing;

/// <summary>Closed programme rounds of eligible applications, reviewers and assignments, made straight in the store for review tests.</summary>
public static class ReviewFixtures
{
    public const string Operator = "operator@goldenthread.example";
    /// <summary>The demo reviewer: linked to a person of the demo system, so in conflict (same system) with its applications.</summary>
    public const string LinkedReviewer = "reviewer@goldenthread.example";
    /// <summary>Demo reviewers with no register person, so free of computed conflicts.</summary>
    public static readonly string[] FreeReviewers = ["reviewer2@goldenthread.example", "reviewer3@goldenthread.example", "reviewer4@goldenthread.example"];

    public sealed record Round(Guid Id, IReadOnlyList<Guid> Applications, IReadOnlyList<string> References);

    /// <summary>
    /// A team that meets every criterion: six members from an acute trust and a council (two senior, from each sector),
    /// sponsors from both, a measure, and employer time confirmed.
    /// </summary>
    public static ApplicationContent EligibleContent(string teamName, string priorityArea, IReadOnlyList<TeamMember>? members = null) => new()
    {
        TeamName = teamName,
        WickedIssue = new WickedIssue
        {
            Title = "Falls among older people living alone",
            Description = "Falls at home lead to admissions that a joined-up response from health, care and housing could prevent.",
            PriorityArea = priorityArea,
        },
        CitizenGains = "Fewer falls and faster help for older people living alone at home.",
        EdiStatement = "We will reach people in the most deprived wards and those who do not speak English first.",
        CommunityInvolvement = "A residents' forum co-designs the work with us from the first meeting onwards.",
        SystemLeadershipGains = "Leaders from three sectors learn to share budgets and decisions on one pathway.",
        Measures = [new ProposedMeasure { Name = "Falls admissions", Baseline = 42, Target = 35, Unit = "per month" }],
        Sponsors =
        [
            new Sponsor { Name = "Dr Hal Moss", Role = "Medical director", Organisation = "Severn Vale Hospitals NHS Trust", Sector = "nhs-acute", Senior = true },
            new Sponsor { Name = "Ivy North", Role = "Director of adult social care", Organisation = "Severn Vale Council", Sector = "local-authority-unitary", Senior = true },
        ],
        Members = members ??
        [
            Member("Ada Brook", "Severn Vale Hospitals NHS Trust", "nhs-acute", "senior", "clinical"),
            Member("Ben Carter", "Severn Vale Hospitals NHS Trust", "nhs-acute", "middle", "clinical"),
            Member("Cai Dunn", "Severn Vale Hospitals NHS Trust", "nhs-acute", "early-career", "managerial"),
            Member("Dee Evans", "Severn Vale Council", "local-authority-unitary", "senior", "care"),
            Member("Eli Fox", "Severn Vale Council", "local-authority-unitary", "middle", "care"),
            Member("Fay Green", "Severn Vale Council", "local-authority-unitary", "middle", "managerial"),
        ],
        EmployerTimeCommitment = new TimeCommitment { Confirmed = true, DaysPerMonth = 2 },
    };

    public static TeamMember Member(string name, string organisation, string sector, string seniority, string function, Guid? personId = null) => new()
    {
        PersonId = personId, Name = name, Organisation = organisation, Sector = sector, Seniority = seniority, Function = function,
        CommittedBeyondProgramme = true, WillShareLearning = true,
    };

    /// <summary>
    /// A closed round of the demo system with <paramref name="applications"/> submitted, eligible applications (references
    /// "{code}-1", "{code}-2"…), each by <paramref name="content"/> when given.
    /// </summary>
    public static Task<Round> AddRoundAsync(this GoldenThreadApp app, string code, int applications, int reviewersPerApplication = 2,
        Func<int, string, ApplicationContent>? content = null) =>
        app.Query(async db =>
        {
            var system = await db.Systems.SingleAsync(s => s.Code == DemoNetwork.SystemCode);
            var round = new ProgrammeRound
            {
                Code = code, Name = $"Round {code}", OpensOn = new DateOnly(2026, 9, 1), ClosesOn = new DateOnly(2026, 10, 31),
                State = RoundState.Closed, ReviewersPerApplication = reviewersPerApplication, MaxTeamsPerSystem = Math.Max(5, applications),
                Systems = [new RoundSystem(system.Code, [.. system.PriorityAreas])], Rubric = [.. ReviewRubric.Default.Criteria],
                CreatedAt = DateTimeOffset.UnixEpoch,
            };
            db.ProgrammeRounds.Add(round);
            var rows = Enumerable.Range(1, applications).Select(i => new TeamApplication
            {
                SystemId = system.Id, RoundId = round.Id, Reference = $"{code}-{i}", State = ApplicationState.Submitted,
                Content = content?.Invoke(i, system.PriorityAreas[0]) ?? EligibleContent($"Team {i} of {code}", system.PriorityAreas[0]),
                SubmittedAt = new DateTimeOffset(2026, 10, 1, 9, i, 0, TimeSpan.Zero),
            }).ToList();
            db.TeamApplications.AddRange(rows);
            await db.SaveChangesAsync();
            return new Round(round.Id, [.. rows.Select(r => r.Id)], [.. rows.Select(r => r.Reference)]);
        });

    public static Task<string> AccountIdAsync(this GoldenThreadApp app, string email) =>
        app.Query(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>A new reviewer account (demo password), linked to register person <paramref name="personId"/> when given.</summary>
    public static async Task<string> AddReviewerAsync(this GoldenThreadApp app, string email, Guid? personId = null)
    {
        await app.CreateAccount(email, Roles.Reviewer, systemCode: null);
        return await app.Query(async db =>
        {
            var account = await db.Users.SingleAsync(u => u.Email == email);
            account.PersonId = personId;
            await db.SaveChangesAsync();
            return account.Id;
        });
    }

    /// <summary>Assigns the reviewer to the application, as the operator would; their scores when given, submitted when asked.</summary>
    public static Task<Guid> AssignAsync(this GoldenThreadApp app, Guid applicationId, string reviewerEmail, int[]? scores = null, bool submitted = false) =>
        app.Query(async db =>
        {
            var application = await db.TeamApplications.SingleAsync(a => a.Id == applicationId);
            var assignment = new ReviewAssignment
            {
                SystemId = application.SystemId, ApplicationId = applicationId,
                ReviewerAccountId = await db.Users.Where(u => u.Email == reviewerEmail).Select(u => u.Id).SingleAsync(),
                AssignedAt = DateTimeOffset.UnixEpoch,
                Scores = scores is null ? [] : [.. ReviewRubric.Default.Criteria.Zip(scores, (c, s) => new RubricScore(c.Id, s, null))],
                SubmittedAt = submitted ? new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero) : null,
            };
            db.ReviewAssignments.Add(assignment);
            await db.SaveChangesAsync();
            return assignment.Id;
        });
}

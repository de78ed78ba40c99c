using GoldenThread.Network;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Testing;

/// <summary>Rounds and applications the programme page tests work on, written straight to the store.</summary>
public static class ProgrammeRows
{
    public const string Operator = "operator@goldenthread.example";
    public static readonly DateTimeOffset Opened = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A new round of the demo system QXV and the other system QAA, both with frailty among their priorities.</summary>
    public static Task<Guid> AddRoundAsync(this GoldenThreadApp app, int maxTeamsPerSystem = 5, int peoplePerSystem = 40,
        RoundState state = RoundState.Closed) =>
        app.Query(async db =>
        {
            var systems = await db.Systems.Where(s => s.Code == DemoNetwork.SystemCode || s.Code == GoldenThreadApp.OtherSystem).ToListAsync();
            var round = new ProgrammeRound
            {
                Code = $"test-{Guid.NewGuid():N}", Name = "Test round", OpensOn = new(2026, 10, 1), ClosesOn = new(2026, 10, 31), State = state,
                MaxTeamsPerSystem = maxTeamsPerSystem, PeoplePerSystem = peoplePerSystem,
                Systems = [.. systems.Select(s => new RoundSystem(s.Code, [.. s.PriorityAreas]))], Rubric = [.. ReviewRubric.Default.Criteria],
                CreatedAt = Opened,
            };
            db.ProgrammeRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    /// <summary>A submitted application from <paramref name="system"/>, <paramref name="minute"/> minutes after the round opened.</summary>
    public static Task<Guid> AddApplicationAsync(this GoldenThreadApp app, Guid roundId, string system, ApplicationContent content, int minute = 0,
        ApplicationDecision decision = ApplicationDecision.Undecided, string? feedback = null) =>
        app.Query(async db =>
        {
            var systemId = await db.Systems.Where(s => s.Code == system).Select(s => s.Id).SingleAsync();
            var application = new TeamApplication
            {
                SystemId = systemId, RoundId = roundId, Reference = $"a{minute:000}-{Guid.NewGuid():N}"[..20], State = ApplicationState.Submitted,
                Content = content, CreatedAt = Opened, UpdatedAt = Opened, SubmittedAt = Opened.AddMinutes(minute),
                Decision = decision, Feedback = feedback,
            };
            db.TeamApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    /// <summary>
    /// An application that meets every criterion: <paramref name="members"/> members alternating between an acute trust
    /// and a county council, the first two senior, the rest middle; two senior sponsors of those sectors.
    /// </summary>
    public static ApplicationContent Eligible(string team, int members = 6, IReadOnlyList<Guid?>? personIds = null) => new()
    {
        TeamName = team,
        WickedIssue = new() { Title = $"{team}'s wicked issue", Description = "Older people fall at home and wait hours for help.", PriorityArea = "frailty" },
        CitizenGains = "Fewer older people harmed by falls at home.",
        EdiStatement = "We will start in the neighbourhoods with the worst outcomes.",
        CommunityInvolvement = "Carers and patients join the team from the first meeting.",
        SystemLeadershipGains = "Leaders learn to share decisions across organisations.",
        Measures = [new() { Name = "Falls admissions", Baseline = 42, Target = 38, Unit = "per month" }],
        Sponsors =
        [
            new() { Name = "Dr Sam Reed", Role = "Medical Director", Organisation = "Riverton Hospitals", Sector = "nhs-acute", Senior = true },
            new() { Name = "Jo Pike", Role = "Director of Adult Social Care", Organisation = "Hillshire County Council", Sector = "local-authority-county", Senior = true },
        ],
        Members =
        [
            .. Enumerable.Range(0, members).Select(i => new TeamMember
            {
                PersonId = personIds is not null && i < personIds.Count ? personIds[i] : null,
                Name = $"{team} member {i + 1}",
                Organisation = i % 2 == 0 ? "Riverton Hospitals" : "Hillshire County Council",
                Sector = i % 2 == 0 ? "nhs-acute" : "local-authority-county",
                Seniority = i < 2 ? "senior" : "middle",
                Function = i % 2 == 0 ? "clinical" : "care",
                CommittedBeyondProgramme = true, WillShareLearning = true,
            }),
        ],
        EmployerTimeCommitment = new() { Confirmed = true, DaysPerMonth = 2 },
    };

    public static Task<TeamApplication> ApplicationAsync(this GoldenThreadApp app, Guid id) =>
        app.Query(db => db.TeamApplications.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<ProgrammeRound> RoundAsync(this GoldenThreadApp app, Guid id) =>
        app.Query(db => db.ProgrammeRounds.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>The error summary's messages, in order.</summary>
    public static List<string> ErrorsOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.TextContent.Trim())];
}

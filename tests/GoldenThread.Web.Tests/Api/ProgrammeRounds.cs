using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

/// <summary>Rounds and applications arranged straight in the store, and an application as the API and files take it.</summary>
internal static class ProgrammeRounds
{
    public static readonly string[] PriorityAreas = ["care homes", "mental health"];

    /// <summary>Today in England, as the app sees it.</summary>
    public static DateOnly Today => UkDate.Today(TimeProvider.System);

    /// <summary>A round open from yesterday for a month (or between the dates given) to <paramref name="systems"/>, each with <see cref="PriorityAreas"/>.</summary>
    public static Task<Guid> AddRoundAsync(this GoldenThreadApp app, string[] systems, DateOnly? opens = null, DateOnly? closes = null,
        RoundState state = RoundState.Open) =>
        app.Query(async db =>
        {
            var round = new ProgrammeRound
            {
                Code = $"r-{Guid.NewGuid():N}"[..20], Name = $"Learning sets {Guid.NewGuid():N}"[..22],
                OpensOn = opens ?? Today.AddDays(-1), ClosesOn = closes ?? Today.AddDays(30), State = state,
                Systems = [.. systems.Select(s => new RoundSystem(s, [.. PriorityAreas]))],
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.ProgrammeRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    /// <summary>An application stored as if it had come in, <see cref="Content"/> unless given.</summary>
    public static Task<Guid> AddApplicationAsync(this GoldenThreadApp app, Guid roundId, string systemCode, string reference, DateTimeOffset? submittedAt,
        ApplicationState state = ApplicationState.Submitted, ApplicationContent? content = null) =>
        app.Query(async db =>
        {
            var row = new TeamApplication
            {
                SystemId = await db.Systems.Where(s => s.Code == systemCode).Select(s => s.Id).SingleAsync(), RoundId = roundId,
                Reference = reference, State = state, Source = ApplicationSource.Import, Content = content ?? Content,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, SubmittedAt = submittedAt,
            };
            db.TeamApplications.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

    public static TeamMember Member(string name, string organisation, string sector, string seniority, string function) => new()
    {
        Name = name, Organisation = organisation, Sector = sector, Seniority = seniority, Function = function,
        CommittedBeyondProgramme = true, WillShareLearning = true,
    };

    /// <summary>
    /// A team that meets every criterion: six members from five organisations and five sectors (the council and the
    /// charity outside the NHS), four seniority levels and four functions, senior members from the trust and the council,
    /// two senior sponsors (trust, council), one measure from 42 to 38, statements of 44, 62, 65 and 62 characters,
    /// two days a month confirmed; its wicked issue is in "care homes".
    /// </summary>
    public static readonly ApplicationContent Content = new()
    {
        TeamName = "Care homes crisis team",
        WickedIssue = new() { Title = "Crisis care in care homes", Description = "Residents in crisis go to A&E because no one else can come in time.", PriorityArea = "care homes" },
        CitizenGains = "Fewer residents taken to A&E from care homes",
        EdiStatement = "Homes in the most deprived wards join first, with interpreters",
        CommunityInvolvement = "Residents and families co-design the plan from the first workshop",
        SystemLeadershipGains = "Council, trusts and charities share one budget for crisis care",
        Measures = [new() { Name = "Emergency admissions from care homes", Baseline = 42, Target = 38, Unit = "per month" }],
        Sponsors =
        [
            new() { Name = "Dr Kim Lee", Role = "Chief Medical Officer", Organisation = "University Hospitals Sussex", Sector = "nhs-acute", Senior = true },
            new() { Name = "Sam Hart", Role = "Director of Adult Social Care", Organisation = "Brighton and Hove City Council", Sector = "local-authority-unitary", Senior = true },
        ],
        Members =
        [
            Member("Asha Patel", "University Hospitals Sussex", "nhs-acute", "senior", "clinical"),
            Member("Ben Okafor", "Brighton and Hove City Council", "local-authority-unitary", "executive", "managerial"),
            Member("Cara Jones", "Sussex Community NHS Foundation Trust", "nhs-community", "middle", "clinical"),
            Member("Dan Smith", "Hangleton Surgery", "nhs-primary-care", "early-career", "clinical"),
            Member("Eli Brown", "Together Co", "voluntary-community", "middle", "care"),
            Member("Fay Green", "Brighton and Hove City Council", "local-authority-unitary", "middle", "social work"),
        ],
        EmployerTimeCommitment = new() { Confirmed = true, DaysPerMonth = 2 },
    };

    /// <summary>The complete application as JSON: one element of APPLICATIONS.json, without <c>submittedAt</c> when it is null.</summary>
    public static string ApplicationJson(string id, string systemCode, DateTimeOffset? submittedAt = null, ApplicationContent? content = null)
    {
        var element = System.Text.Json.Nodes.JsonNode.Parse(ApplicationsFile.Write([new Application(id, systemCode, submittedAt ?? DateTimeOffset.UnixEpoch, content ?? Content)]))![0]!.AsObject();
        if (submittedAt is null) element.Remove("submittedAt");
        return element.ToJsonString();
    }
}

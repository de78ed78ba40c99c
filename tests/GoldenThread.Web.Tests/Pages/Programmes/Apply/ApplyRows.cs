using System.Net;
using AngleSharp.Html.Dom;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>Rounds and applications the journey's page tests work on, made through the store as the operator's pages would make them.</summary>
internal static class ApplyRows
{
    public const string Professional = "professional@goldenthread.example";
    public const string Leader = "leader@goldenthread.example";
    /// <summary>A professional of the demo system who did not start the drafts these tests make.</summary>
    public const string OtherProfessional = GoldenThreadApp.TwoSystemsUser;

    public static DateOnly Today => UkDate.Today(TimeProvider.System);

    /// <summary>A round taking applications today (unless dates say otherwise) from the demo system and the other one.</summary>
    public static Task<Guid> AddRoundAsync(this GoldenThreadApp app, DateOnly? opensOn = null, DateOnly? closesOn = null,
        DateTimeOffset? outcomesPublishedAt = null, int minTeamSize = ProgrammeSettings.DefaultMinTeamSize) =>
        app.Query(async db =>
        {
            var round = new ProgrammeRound
            {
                Code = "test-" + Guid.NewGuid().ToString("N"), Name = "Learning sets, test round",
                OpensOn = opensOn ?? Today.AddDays(-7), ClosesOn = closesOn ?? Today.AddDays(30), OutcomesPublishedAt = outcomesPublishedAt,
                MinTeamSize = minTeamSize,
                Systems = [new(DemoNetwork.SystemCode, ["mental health", "frailty"]), new(GoldenThreadApp.OtherSystem, ["children"])],
            };
            db.ProgrammeRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    /// <summary>An application of <paramref name="system"/> in the round, started by <paramref name="createdBy"/>, with the round's next reference.</summary>
    public static Task<Guid> AddApplicationAsync(this GoldenThreadApp app, Guid roundId, ApplicationContent? content = null,
        string createdBy = Professional, ApplicationState state = ApplicationState.Draft, string system = DemoNetwork.SystemCode,
        ApplicationDecision decision = ApplicationDecision.Undecided, string? feedback = null, string? rationale = null) =>
        app.Query(async db =>
        {
            var references = await db.TeamApplications.Where(a => a.RoundId == roundId).Select(a => a.Reference).ToListAsync();
            var application = new TeamApplication
            {
                SystemId = await db.Systems.Where(s => s.Code == system).Select(s => s.Id).SingleAsync(),
                RoundId = roundId, Reference = ApplicationReference.Next(references), State = state, Content = content ?? new ApplicationContent(),
                CreatedByAccountId = await db.Users.Where(u => u.Email == createdBy).Select(u => u.Id).SingleAsync(),
                SubmittedAt = state == ApplicationState.Draft ? null : DateTimeOffset.UtcNow.AddDays(-1),
                Decision = decision, Feedback = feedback, DecisionRationale = rationale,
            };
            db.TeamApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    public static Task<TeamApplication> ApplicationAsync(this GoldenThreadApp app, Guid id) =>
        app.Query(db => db.TeamApplications.AsNoTracking().SingleAsync(a => a.Id == id));

    public static string PageOf(Guid applicationId, string slug = "") =>
        $"/systems/QXV/programmes/applications/{applicationId}{(slug.Length == 0 ? "" : "/" + slug)}";

    /// <summary>An application that meets every criterion in the demo system: six members across sectors, seniorities and functions.</summary>
    public static ApplicationContent Eligible(int members = 6) => new()
    {
        TeamName = "Frailty at home",
        WickedIssue = new() { Title = "Frail older people admitted from home", Description = "Admissions that a joined-up response at home would avoid.", PriorityArea = "frailty" },
        CitizenGains = "Fewer avoidable admissions for frail older people.",
        EdiStatement = "We will reach carers and communities the services miss.",
        CommunityInvolvement = "A carers' group co-designs the work from the first meeting.",
        SystemLeadershipGains = "Leaders across the council and the trusts learn to share risk.",
        Measures = [new() { Name = "Emergency admissions aged 75+", Baseline = 42, Target = 30, Unit = "admissions a month" }],
        Sponsors =
        [
            new() { Name = "Ann Cole", Role = "Director of adult social care", Organisation = "Severn Vale Council", Sector = "local-authority-unitary", Senior = true },
            new() { Name = "Ben Dale", Role = "Chief nurse", Organisation = "Severn Vale Hospitals", Sector = "nhs-acute", Senior = true },
        ],
        Members = [.. Enumerable.Range(1, members).Select(i => new TeamMember
        {
            Name = $"Member {i}", Organisation = i % 2 == 0 ? "Severn Vale Council" : "Severn Vale Hospitals",
            Sector = i % 2 == 0 ? "local-authority-unitary" : "nhs-acute", Seniority = i <= 2 ? "senior" : "middle",
            Function = i % 3 == 0 ? "care" : "clinical", CommittedBeyondProgramme = true, WillShareLearning = true,
        })],
        EmployerTimeCommitment = new() { Confirmed = true, DaysPerMonth = 2 },
    };

    /// <summary>Posts a question page's form; the page itself when it comes back (an error), else where it redirected.</summary>
    public static async Task<(HttpStatusCode Status, IHtmlDocument? Page, string? Location)> Answer(HttpClient client, string path,
        Dictionary<string, string> form, string? tokenFrom = null)
    {
        var response = await GoldenThreadApp.PostForm(client, path, form, tokenFrom);
        return response.StatusCode == HttpStatusCode.OK
            ? (response.StatusCode, GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync()), null)
            : (response.StatusCode, null, response.Headers.Location?.OriginalString);
    }

    /// <summary>The error summary's links, in order.</summary>
    public static string[] SummaryLinks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")!)];

    /// <summary>The inline error beside a field, without its visually hidden "Error:".</summary>
    public static string? InlineError(IHtmlDocument page, string id) =>
        page.QuerySelector($"#{id}-error")?.TextContent.Replace("Error:", "").Trim();
}

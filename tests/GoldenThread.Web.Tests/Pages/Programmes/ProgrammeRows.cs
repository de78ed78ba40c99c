using GoldenThread.Programmes;
using GoldenThread.Testing;
using GoldenThread.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes;

/// <summary>Rounds and applications for page tests: the demo's, and rounds of a test's own to change.</summary>
public static class ProgrammeRows
{
    public const string Operator = "operator@goldenthread.example";
    public const string OperatorName = "Alex Byrne (programme operator)";

    /// <summary>The demo's closed round, in review: twelve submitted applications, seven eligible (DemoProgrammeTests).</summary>
    public static Task<ProgrammeRound> DemoClosedRound(this GoldenThreadApp app) =>
        app.Query(db => db.ProgrammeRounds.AsNoTracking().SingleAsync(r => r.Description == DemoProgramme.ClosedRoundDescription));

    public static Task<Guid> ApplicationId(this GoldenThreadApp app, Guid roundId, string reference) =>
        app.Query(db => db.TeamApplications.Where(a => a.RoundId == roundId && a.Reference == reference).Select(a => a.Id).SingleAsync());

    /// <summary>
    /// A new open round of the demo's three systems with copies of the demo closed round's applications (submitted and
    /// withdrawn alike), so its eligibility starts as the demo's: 12 submitted, 7 eligible.
    /// </summary>
    public static Task<ProgrammeRound> CopyOfDemoRound(this GoldenThreadApp app, string code, bool withApplications = true,
        DateOnly? closesOn = null) =>
        app.Query(async db =>
        {
            var demo = await db.ProgrammeRounds.AsNoTracking().SingleAsync(r => r.Description == DemoProgramme.ClosedRoundDescription);
            var round = new ProgrammeRound
            {
                Code = code, Name = $"Round {code}", OpensOn = new DateOnly(2026, 1, 1), ClosesOn = closesOn ?? new DateOnly(2099, 12, 31),
                Systems = demo.Systems, Rubric = demo.Rubric,
            };
            db.ProgrammeRounds.Add(round);
            if (withApplications)
            {
                var applications = await db.TeamApplications.AsNoTracking().Where(a => a.RoundId == demo.Id && a.State != ApplicationState.Draft).ToListAsync();
                db.TeamApplications.AddRange(applications.Select(a => new TeamApplication
                {
                    SystemId = a.SystemId, RoundId = round.Id, Reference = a.Reference, State = a.State, Source = a.Source,
                    Content = a.Content, SubmittedAt = a.SubmittedAt, CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt,
                }));
            }
            await db.SaveChangesAsync();
            return round;
        });
}

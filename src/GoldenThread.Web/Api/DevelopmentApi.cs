using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

/// <summary>
/// <c>/api/v1/systems/{code}/people/{personId}/development</c>: a person's development record as their page shows it, for
/// them and for those who keep the register (the leadership team), say for an employer's return of time released.
/// </summary>
public static class DevelopmentApi
{
    public sealed record Activity(string Kind, DateOnly On, decimal Hours, string Status, string What);

    public sealed record Year(string Name, DateOnly Starts, DateOnly Ends, decimal Exchanges, decimal Mentoring, decimal LearningSets, decimal Total);

    /// <param name="ReleasedBy">The person's employer, who releases the time; null when the register does not say.</param>
    /// <param name="PlannedHours">Hours of what is still to come.</param>
    public sealed record Record(Guid PersonId, string Name, string? ReleasedBy, IReadOnlyList<Year> Years, decimal PlannedHours, IReadOnlyList<Activity> Activities);

    public static void MapDevelopmentApi(this RouteGroupBuilder v1) =>
        v1.MapGet("/systems/{code}/people/{personId:guid}/development", Read).RequireAuthorization(Policies.PersonProfile).WithTags("Development")
            .WithSummary("A person's workplace exchange visits, mentoring meetings and learning-set sessions with their hours and status "
                         + "(took-place, planned, unrecorded), and the hours their employer released by NHS financial year; only what took place counts.");

    private static async Task<Results<Ok<Record>, NotFound>> Read(string code, Guid personId, HttpContext http, GoldenThreadDbContext db,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
        var person = await db.People.AsNoTracking().Where(p => p.SystemId == systemId && p.Id == personId)
            .Select(p => new { p.Name, Employer = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null) return TypedResults.NotFound();
        var activities = await DevelopmentRecordReading.ReadAsync(db, code, personId, UkTime.Today(time), http.User.PersonId() == personId, cancellationToken);
        return TypedResults.Ok(new Record(personId, person.Name, person.Employer,
            [.. DevelopmentRecord.Years(activities).Select(y => new Year(y.Name, y.Starts, y.Ends, y.Exchanges, y.Mentoring, y.LearningSets, y.Total))],
            DevelopmentRecord.PlannedHours(activities),
            [.. activities.Select(a => new Activity(Code(a.Kind), a.On, a.Hours, Code(a.Status), a.What))]));
    }

    private static string Code(DevelopmentKind kind) => kind switch
    {
        DevelopmentKind.Exchange => "exchange",
        DevelopmentKind.Mentoring => "mentoring",
        _ => "learning-set",
    };

    private static string Code(DevelopmentStatus status) => status switch
    {
        DevelopmentStatus.TookPlace => "took-place",
        DevelopmentStatus.Planned => "planned",
        _ => "unrecorded",
    };
}

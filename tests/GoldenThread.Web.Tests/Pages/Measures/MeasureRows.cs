using GoldenThread.Measures;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>Measures the page and API tests work on: the demo system's, by name, or new ones with monthly points.</summary>
internal static class MeasureRows
{
    public const string Leader = "leader@goldenthread.example";
    public const string Professional = "professional@goldenthread.example";

    public static Task<Measure> Measure(this GoldenThreadApp app, string name) =>
        app.Query(db => db.Measures.AsNoTracking().SingleAsync(m => m.Name == name));

    /// <summary>A new measure of <paramref name="system"/> with a point on the first of each month from January 2024.</summary>
    public static Task<Guid> AddMeasureAsync(this GoldenThreadApp app, string name, double[] values, string system = DemoNetwork.SystemCode) =>
        app.Query(async db =>
        {
            var systemId = await db.Systems.Where(s => s.Code == system).Select(s => s.Id).SingleAsync();
            var measure = new Measure { SystemId = systemId, Name = name, Unit = "admissions", Direction = ImprovementDirection.Decrease };
            db.Measures.Add(measure);
            db.MeasurePoints.AddRange(values.Select((v, i) => new MeasurePoint
                { SystemId = systemId, MeasureId = measure.Id, Date = new DateOnly(2024, 1, 1).AddMonths(i), Value = v }));
            await db.SaveChangesAsync();
            return measure.Id;
        });

    public static Task<List<(DateOnly Date, double Value)>> PointsOf(this GoldenThreadApp app, Guid measure) =>
        app.Query(async db => (await db.MeasurePoints.Where(p => p.MeasureId == measure).OrderBy(p => p.Date).ToListAsync())
            .Select(p => (p.Date, p.Value)).ToList());
}

using GoldenThread.Data;
using GoldenThread.Measures;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Measures;

/// <summary>
/// Puts read points into a measure, all or nothing, for the pages and the API alike. Adding refuses a date the measure
/// already has, naming the line; replacing makes the measure's points exactly those given. A rebase date left without
/// its point is dropped, as a segment cannot start at a date the series does not have. No measure may have more than
/// <see cref="Measure.MaximumPoints"/> points.
/// </summary>
public static class MeasureData
{
    public sealed record Staged(IReadOnlyList<PointRowProblem> Problems, string Done);

    /// <summary>Stages the change on the tracked <paramref name="measure"/>; the caller saves when there are no problems.</summary>
    public static async Task<Staged> StageAsync(GoldenThreadDbContext db, Measure measure,
        IReadOnlyList<(PointRow Row, DateOnly Date, double Value)> points, bool replace, CancellationToken cancellationToken)
    {
        var existing = await db.MeasurePoints.Where(p => p.MeasureId == measure.Id).ToDictionaryAsync(p => p.Date, cancellationToken);
        if (!replace)
        {
            var clashes = points.Where(p => existing.ContainsKey(p.Date))
                .Select(p => new PointRowProblem(p.Row.Index, p.Row.Line, "date",
                    $"{GoldenThread.Network.UkDate.Long(p.Date)} already has a value ({existing[p.Date].Value:0.###}); delete that point, or replace all the points"))
                .ToList();
            if (clashes.Count > 0) return new Staged(clashes, "");
        }
        if (TooMany(points.Count, replace ? 0 : existing.Count) is { } tooMany) return new Staged([tooMany], "");
        var given = points.Select(p => p.Date).ToHashSet();
        var removed = replace ? existing.Values.Where(p => !given.Contains(p.Date)).ToList() : [];
        db.MeasurePoints.RemoveRange(removed);
        foreach (var (_, date, value) in points)
        {
            if (existing.TryGetValue(date, out var point)) point.Value = value;
            else db.MeasurePoints.Add(new MeasurePoint { SystemId = measure.SystemId, MeasureId = measure.Id, Date = date, Value = value });
        }
        DropRebase(measure, removed.Select(p => p.Date));
        var done = replace
            ? $"{Count(points.Count)} now make up {measure.Name}"
            : $"{Count(points.Count)} added to {measure.Name}";
        return new Staged([], done);
    }

    private static PointRowProblem? TooMany(int given, int kept) =>
        given + kept <= Measure.MaximumPoints ? null
        : new PointRowProblem(null, null, "", kept == 0
            ? $"{Count(given)} are more than a measure may have; a measure may have at most {Measure.MaximumPoints:N0}"
            : $"{Count(given)} would make {given + kept:N0} for this measure; a measure may have at most {Measure.MaximumPoints:N0}");

    /// <summary>Stages the removal of one point, tracked, and of the rebase at its date if there was one.</summary>
    public static void StageRemoval(GoldenThreadDbContext db, Measure measure, MeasurePoint point)
    {
        db.MeasurePoints.Remove(point);
        DropRebase(measure, [point.Date]);
    }

    private static void DropRebase(Measure measure, IEnumerable<DateOnly> dates)
    {
        var gone = dates.ToHashSet();
        if (measure.Rebase.Any(gone.Contains)) measure.Rebase = [.. measure.Rebase.Where(d => !gone.Contains(d))];
    }

    private static string Count(int points) => points == 1 ? "1 point" : $"{points:N0} points";
}

using GoldenThread.Data.Representation;
using GoldenThread.Representation;
using GoldenThread.Testing;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Representation;

/// <summary>Snapshots taken in the test app's store as the report page and the nightly run take them, at a chosen time.</summary>
internal static class Snapshots
{
    /// <summary>The system's findings on the date of <paramref name="at"/>, or those of them <paramref name="pick"/> keeps.</summary>
    public static Task<FindingSnapshot> RecordAsync(GoldenThreadApp app, string code, DateTimeOffset at, string takenBy,
        Func<IReadOnlyList<Finding>, IEnumerable<Finding>>? pick = null) =>
        app.Query(async db =>
        {
            var run = (await RepresentationRun.EvaluateAsync(db, code, UkTime.DateOf(at), candidates: false, CancellationToken.None))!;
            if (pick is not null) run = run with { Findings = [.. pick(run.Findings)] };
            return await new FindingHistory(new FixedTimeProvider(at)).RecordAsync(db, run, takenBy, CancellationToken.None);
        });

    public static Task<RepresentationRun> EvaluateAsync(GoldenThreadApp app, string code, DateOnly on) =>
        app.Query(async db => (await RepresentationRun.EvaluateAsync(db, code, on, candidates: true, CancellationToken.None))!);
}

using GoldenThread.Data;
using GoldenThread.Data.Representation;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Representation;

/// <summary>The <c>GoldenThread:NightlySnapshots</c> configuration section.</summary>
public sealed class NightlySnapshotOptions
{
    public const string Section = "GoldenThread:NightlySnapshots";

    /// <summary>Off in tests, which turn it on when they are about it.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>The hour, UK time (0 to 23), at which each night's snapshots are taken.</summary>
    public int Hour { get; set; } = 2;
}

/// <summary>
/// Each night at <see cref="NightlySnapshotOptions.Hour"/> UK time, evaluates every system on that night's date and keeps a
/// snapshot of its findings taken by "nightly". A night missed while the app was down is taken when it starts; a system
/// that has its snapshot for the night already (a restart, another instance of the app) is passed over. A failure is
/// logged, never thrown, so the app runs on; the systems that failed are tried again <see cref="RetryAfter"/> later.
/// </summary>
public sealed class NightlySnapshots(IServiceScopeFactory scopes, FindingHistory history, TimeProvider time,
    IOptions<NightlySnapshotOptions> options, ILogger<NightlySnapshots> log) : BackgroundService
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    private int Hour => options.Value.Hour;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var started = time.GetUtcNow();
                var night = DueNight(started);
                var complete = await RecordNightAsync(night, stoppingToken);
                var wait = NextRun(night, Hour, started, complete) - time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the app is stopping
        }
    }

    /// <summary>
    /// When to run after taking <paramref name="night"/>: the next night's hour in England — counted from the night just
    /// taken, so a run that goes on past that hour still takes the next night — or an hour after <paramref name="started"/>
    /// when a system is still without its snapshot, if that comes sooner.
    /// </summary>
    public static DateTimeOffset NextRun(DateOnly night, int hour, DateTimeOffset started, bool complete)
    {
        var next = UkTime.At(night.AddDays(1), hour);
        return !complete && started + RetryAfter < next ? started + RetryAfter : next;
    }

    /// <summary>Takes the snapshots of <paramref name="night"/> for each system without one; whether every system has one now.</summary>
    public async Task<bool> RecordNightAsync(DateOnly night, CancellationToken cancellationToken)
    {
        List<string> codes;
        try
        {
            codes = await InScopeAsync(db => db.Systems.OrderBy(s => s.Code).Select(s => s.Code).ToListAsync(cancellationToken));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            log.LogError(e, "Nightly representation snapshots for {Night}: the systems could not be read", night);
            return false;
        }
        var (recorded, failed) = (0, 0);
        foreach (var code in codes)
        {
            try
            {
                if (await InScopeAsync(db => history.RecordNightAsync(db, code, night, cancellationToken))) recorded++;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                failed++;
                log.LogError(e, "Nightly representation snapshot of {System} for {Night} failed", code, night);
            }
        }
        if (recorded > 0 || failed > 0)
            log.LogInformation("Nightly representation snapshots for {Night}: {Recorded} taken, {Failed} failed", night, recorded, failed);
        return failed == 0;
    }

    /// <summary>The night whose hour has come most recently: today's once the hour has struck in England, else yesterday's.</summary>
    public DateOnly DueNight(DateTimeOffset now)
    {
        var today = UkTime.DateOf(now);
        return now >= UkTime.At(today, Hour) ? today : today.AddDays(-1);
    }

    /// <summary>Each piece of work in its own context, across every system, as start-up work is.</summary>
    private async Task<T> InScopeAsync<T>(Func<GoldenThreadDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        return await work(scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>());
    }
}

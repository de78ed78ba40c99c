using GoldenThread.Data;
using GoldenThread.Data.Representation;
using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Testing;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GoldenThread.Web.Representation;

/// <summary>The nightly snapshots on the test app's store (systems QXV and QAA), driven by a fake clock.</summary>
public class NightlySnapshotsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    // 10 June 2026 is in British Summer Time: 02:00 in England is 01:00 UTC.
    private static readonly DateOnly June9 = new(2026, 6, 9), June10 = new(2026, 6, 10);
    private static readonly DateTimeOffset June10At0130Uk = new(2026, 6, 10, 0, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, "2026-06-10T01:00:00+00:00")]   // 02:00 BST on 10 June, the night after the one taken
    [InlineData(false, "2026-06-10T01:00:00+00:00")]  // a system failed at 00:30 UTC, but the hour comes before 01:30
    public void NextRun_AfterTakingJune9At0130Uk_IsTwoInTheMorningOfJune10(bool complete, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            NightlySnapshots.NextRun(June9, 2, June10At0130Uk, complete));
    }

    [Fact]
    public void NextRun_FailedAtMidday_TriesAgainAnHourLater()
    {
        var midday = new DateTimeOffset(2026, 6, 10, 11, 0, 0, TimeSpan.Zero);

        // At midday the due night is 10 June's; the next is 02:00 BST on 11 June, after the retry.
        Assert.Equal(midday.AddHours(1), NightlySnapshots.NextRun(June10, 2, midday, complete: false));
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 1, 0, 0, TimeSpan.Zero), NightlySnapshots.NextRun(June10, 2, midday, complete: true));
    }

    [Fact]
    public void NextRun_WinterNight_IsTwoInTheMorningGmt()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero),
            NightlySnapshots.NextRun(new DateOnly(2026, 12, 1), 2, new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), complete: true));
    }

    [Fact]
    public async Task Run_StartedBeforeTheHour_TakesTheMissedNightThenWaitsForTonightsHour()
    {
        var clock = new FakeTimeProvider(June10At0130Uk);
        using var nightly = Nightly(app.Services, clock, new LogRecorder());

        await nightly.StartAsync(CancellationToken.None);
        var systems = await SystemCount();
        await Eventually(() => NightlyCount(June9), systems);     // last night's, missed while the app was down
        clock.Advance(TimeSpan.FromMinutes(30));
        await Eventually(() => NightlyCount(June10), systems);    // 02:00: each system once
        await nightly.StopAsync(CancellationToken.None);

        var taken = await app.Query(db => db.FindingSnapshots.Where(s => s.On == June10).Select(s => s.TakenAt).ToListAsync());
        Assert.All(taken, at => Assert.Equal(June10At0130Uk.AddMinutes(30), at));
        Assert.False(nightly.ExecuteTask!.IsFaulted);
    }

    [Fact]
    public async Task RecordNight_AppRestartedTheSameNight_TakesNoSecondSnapshot()
    {
        var night = new DateOnly(2026, 7, 1);
        var clock = new FakeTimeProvider(UkTime.At(night, 2).AddHours(3));
        using var first = Nightly(app.Services, clock, new LogRecorder());
        using var restarted = Nightly(app.Services, clock, new LogRecorder());

        Assert.True(await first.RecordNightAsync(first.DueNight(clock.GetUtcNow()), CancellationToken.None));
        Assert.True(await restarted.RecordNightAsync(restarted.DueNight(clock.GetUtcNow()), CancellationToken.None));

        Assert.Equal(await SystemCount(), await NightlyCount(night)); // one for each system, not two
    }

    [Fact]
    public async Task Run_StoreUnreadable_LogsTheErrorAndTriesAgainAnHourLater()
    {
        var midday = new DateTimeOffset(2026, 6, 10, 11, 0, 0, TimeSpan.Zero); // the next night is hours away
        var clock = new FakeTimeProvider(midday);
        var log = new LogRecorder();
        using var nightly = Nightly(new ServiceCollection().BuildServiceProvider(), clock, log); // no store at all

        await nightly.StartAsync(CancellationToken.None);
        await Eventually(() => Task.FromResult(log.Errors), 1);
        // Minute by minute, giving the service a moment each time, until it tries again.
        while (log.Errors < 2 && clock.GetUtcNow() < midday.AddHours(3))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }
        await nightly.StopAsync(CancellationToken.None);

        Assert.Equal(2, log.Errors);
        Assert.InRange(clock.GetUtcNow() - midday, NightlySnapshots.RetryAfter, NightlySnapshots.RetryAfter.Add(TimeSpan.FromMinutes(2)));
        Assert.False(nightly.ExecuteTask!.IsFaulted);
        Assert.Contains("could not be read", log.Messages[0]);
    }

    [Theory]
    [InlineData("2026-01-15T01:59:00Z", 2, "2026-01-14")] // GMT: 01:59 in England
    [InlineData("2026-01-15T02:00:00Z", 2, "2026-01-15")]
    [InlineData("2026-06-15T01:00:00Z", 2, "2026-06-15")] // BST: 02:00 in England
    [InlineData("2026-03-29T00:59:00Z", 1, "2026-03-28")] // clocks go forward at 01:00 GMT: 01:00 never strikes that night,
    [InlineData("2026-03-29T01:00:00Z", 1, "2026-03-29")] // so its night begins at 02:00 BST
    public void DueNight_UkClock_IsTheLatestNightWhoseHourHasStruck(string now, int hour, string night)
    {
        using var nightly = Nightly(new ServiceCollection().BuildServiceProvider(), TimeProvider.System, new LogRecorder(), hour);

        Assert.Equal(DateOnly.Parse(night), nightly.DueNight(DateTimeOffset.Parse(now)));
    }

    [Fact]
    public void Setup_NightlySnapshots_RunUnlessSwitchedOff()
    {
        static bool Registered(string? enabled)
        {
            var settings = new Dictionary<string, string?>();
            if (enabled is not null) settings[$"{NightlySnapshotOptions.Section}:Enabled"] = enabled;
            var services = new ServiceCollection().AddRepresentationHistory(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            return services.Any(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(NightlySnapshots));
        }

        Assert.True(Registered(null));
        Assert.False(Registered("false"));
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s is NightlySnapshots); // the tests' app
    }

    private static NightlySnapshots Nightly(IServiceProvider services, TimeProvider clock, ILogger<NightlySnapshots> log, int hour = 2) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), new FindingHistory(clock), clock,
            Options.Create(new NightlySnapshotOptions { Hour = hour }), log);

    /// <summary>The demo system, the tests' other system and the demo programme's two systems without a network.</summary>
    private Task<int> SystemCount() => app.Query(db => db.Systems.CountAsync());

    private Task<int> NightlyCount(DateOnly night) =>
        app.Query(db => db.FindingSnapshots.CountAsync(s => s.On == night && s.TakenBy == FindingSnapshot.Nightly));

    /// <summary>Waits, up to a generous limit, for work the service does on its own thread to show.</summary>
    private static async Task Eventually(Func<Task<int>> count, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int last;
        while ((last = await count()) < expected && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(expected, last);
    }
}

/// <summary>A system whose stored network cannot be evaluated does not stop the other systems' snapshots.</summary>
public class NightlySnapshotsFailureTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task RecordNight_OneSystemFails_TheOthersAreTakenAndTheFailureLogged()
    {
        // A member of QAA's board who is a person of QXV: QAA's network no longer holds together.
        await app.Query(async db =>
        {
            var other = await db.Systems.SingleAsync(x => x.Code == GoldenThreadApp.OtherSystem);
            var board = await db.Bodies.SingleAsync(b => b.SystemId == other.Id && b.Kind == "icb-board");
            var stranger = await db.People.FirstAsync(p => p.SystemId != board.SystemId);
            db.Memberships.Add(new Membership { SystemId = board.SystemId, BodyId = board.Id, PersonId = stranger.Id, Role = "member", Capacity = "lay", Start = new DateOnly(2020, 1, 1) });
            return await db.SaveChangesAsync();
        });
        var night = new DateOnly(2026, 8, 1);
        var clock = new FakeTimeProvider(UkTime.At(night, 2));
        var log = new LogRecorder();
        using var nightly = new NightlySnapshots(app.Services.GetRequiredService<IServiceScopeFactory>(), new FindingHistory(clock), clock,
            Options.Create(new NightlySnapshotOptions()), log);

        var complete = await nightly.RecordNightAsync(night, CancellationToken.None);

        Assert.False(complete);
        // Every system but QAA: the demo system and the demo programme's two systems, which have no network.
        Assert.Equal(["QKS", "QOP", DemoNetwork.SystemCode], (await app.Query(db => db.FindingSnapshots.Where(s => s.On == night)
            .Select(s => db.Systems.Single(x => x.Id == s.SystemId).Code).ToListAsync())).Order(StringComparer.Ordinal));
        Assert.Equal(1, log.Errors);
        Assert.Contains(log.Messages, m => m.StartsWith("Nightly representation snapshot of QAA for", StringComparison.Ordinal));
    }
}

/// <summary>What the service logs, for a test to read.</summary>
internal sealed class LogRecorder : ILogger<NightlySnapshots>
{
    private readonly List<(LogLevel Level, string Message)> entries = [];

    public int Errors { get { lock (entries) return entries.Count(e => e.Level == LogLevel.Error); } }
    public List<string> Messages { get { lock (entries) return [.. entries.Select(e => e.Message)]; } }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (entries) entries.Add((logLevel, formatter(state, exception)));
    }
}

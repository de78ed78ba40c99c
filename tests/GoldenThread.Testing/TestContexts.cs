using GoldenThread.Data;
using GoldenThread.Data.Access;

namespace GoldenThread.Testing;

/// <summary>A clock that stands still unless a test moves it.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

public static class TestContexts
{
    /// <summary>A context on <paramref name="database"/> with the given scope, auditing as <paramref name="actor"/>.</summary>
    public static GoldenThreadDbContext Open(TestDatabase database, SystemScope scope, ICurrentActor? actor = null, TimeProvider? time = null) =>
        DatabaseSetup.Open(database.Settings, scope, actor ?? new SystemActor("test"), time ?? TimeProvider.System);
}

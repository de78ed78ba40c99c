namespace GoldenThread.Data.Access;

/// <summary>Where a DbContext reads the caller's scope, each time it queries or saves.</summary>
/// <remarks>
/// A context can be created before the caller is known (sign-in validation builds one while the cookie is
/// being read), so the scope is asked for when it is used, never captured when the context is made.
/// </remarks>
public interface ISystemScopeSource
{
    SystemScope Current { get; }
}

/// <summary>
/// The systems the current caller may read. Every <see cref="GoldenThread.Network.ISystemScoped"/> query is
/// filtered by it in the DbContext, so no page or handler writes its own system filter.
/// </summary>
public sealed class SystemScope : ISystemScopeSource
{
    private SystemScope(bool everySystem, IReadOnlyCollection<Guid> systemIds)
    {
        EverySystem = everySystem;
        SystemIds = systemIds;
    }

    public bool EverySystem { get; }
    public IReadOnlyCollection<Guid> SystemIds { get; }

    /// <summary>For the command line, migrations, seeding and background jobs.</summary>
    public static SystemScope Unrestricted { get; } = new(true, []);
    public static SystemScope Nothing { get; } = new(false, []);
    public static SystemScope Of(IEnumerable<Guid> systemIds) => new(false, systemIds.Distinct().ToArray());

    SystemScope ISystemScopeSource.Current => this;

    public bool Includes(Guid systemId) => EverySystem || SystemIds.Contains(systemId);
}

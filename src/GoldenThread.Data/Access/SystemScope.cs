namespace GoldenThread.Data.Access;

/// <summary>
/// The systems the current caller may read. Every <see cref="GoldenThread.Network.ISystemScoped"/> query is
/// filtered by it in the DbContext, so no page or handler writes its own system filter.
/// </summary>
public sealed class SystemScope
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

    public bool Includes(Guid systemId) => EverySystem || SystemIds.Contains(systemId);
}

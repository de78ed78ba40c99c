namespace GoldenThread.Network;

/// <summary>A row that belongs to one integrated care system; the system is the unit of access and of sharding.</summary>
public interface ISystemScoped
{
    Guid SystemId { get; }
}

/// <summary>
/// A row edited on its own through the app and the API: <see cref="Version"/> goes up by one with every change, and
/// an edit made against an older version is refused (optimistic concurrency; the API's ETag).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

namespace GoldenThread.Network;

/// <summary>A row that belongs to one integrated care system; the system is the unit of access and of sharding.</summary>
public interface ISystemScoped
{
    Guid SystemId { get; }
}

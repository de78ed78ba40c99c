namespace GoldenThread.Network;

/// <summary>An integrated care system, keyed by its integrated care board's ODS code (e.g. <c>QNX</c>).</summary>
public class IntegratedCareSystem : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Region { get; set; }
    public int Population { get; set; }
    public List<string> PriorityAreas { get; set; } = [];
}

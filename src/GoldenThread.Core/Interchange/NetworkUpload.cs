using GoldenThread.Network;

namespace GoldenThread.Interchange;

/// <summary>
/// A network file uploaded in the app, kept between its preview and its confirmation; once imported, only the record
/// of who imported what and when stays (its content is cleared: the rows and their audit trail hold it).
/// </summary>
public class NetworkUpload : ISystemScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public required string FileName { get; set; }
    public required string Content { get; set; }
    public required string UploadedByAccountId { get; set; }
    public required string UploadedByName { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public DateTimeOffset? ImportedAt { get; set; }
    /// <summary>Counts of what the import added, changed and removed, e.g. "12 added, 3 changed, 1 removed".</summary>
    public string? Outcome { get; set; }
}

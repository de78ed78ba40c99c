using GoldenThread.Network;

namespace GoldenThread.Representation;

/// <summary>
/// The findings of one evaluation of a system, kept so that the system can see how its representation changes:
/// taken each night and each time the leadership team runs the report. Written once and never changed.
/// </summary>
public class FindingSnapshot : ISystemScoped
{
    /// <summary>Who took the snapshots of the nightly evaluation.</summary>
    public const string Nightly = "nightly";

    /// <summary>
    /// A re-run by the same person, for the same date, this soon after their last snapshot and finding exactly the same,
    /// adds nothing to the history: reloading the report page is not a new look at the system.
    /// </summary>
    public static readonly TimeSpan ReRunInterval = TimeSpan.FromMinutes(15);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public DateTimeOffset TakenAt { get; set; }
    /// <summary>The date the network was evaluated on.</summary>
    public DateOnly On { get; set; }
    /// <summary>The display name of whoever ran the report, or <see cref="Nightly"/>.</summary>
    public required string TakenBy { get; set; }
    public int Gaps { get; set; }
    public int Warnings { get; set; }
    public IReadOnlyList<RecordedFinding> Findings { get; set; } = [];

    /// <summary>A snapshot of the <paramref name="findings"/> of <paramref name="network"/> on <paramref name="on"/>.</summary>
    public static FindingSnapshot Of(Guid systemId, RepresentationNetwork network, DateOnly on, IReadOnlyList<Finding> findings,
        string takenBy, DateTimeOffset takenAt) => new()
    {
        SystemId = systemId,
        On = on,
        TakenBy = takenBy,
        TakenAt = takenAt,
        Gaps = findings.Count(f => f.Severity == Severity.Gap),
        Warnings = findings.Count(f => f.Severity == Severity.Warning),
        Findings = [.. findings.Select(f => new RecordedFinding(f.Rule, f.Severity.Code(), f.BodyId,
            f.BodyId is null ? null : network.Bodies.GetValueOrDefault(f.BodyId)?.Name, f.Subject, f.Key, f.Message))],
    };

    /// <summary>Whether this snapshot only repeats <paramref name="earlier"/> (see <see cref="ReRunInterval"/>).</summary>
    public bool Repeats(FindingSnapshot earlier) =>
        earlier.SystemId == SystemId && earlier.TakenBy == TakenBy && earlier.On == On
        && TakenAt >= earlier.TakenAt && TakenAt - earlier.TakenAt <= ReRunInterval
        && Ordered(Findings).SequenceEqual(Ordered(earlier.Findings));

    /// <summary>
    /// The findings that opened and closed since <paramref name="before"/>, matched by <see cref="Finding.Key"/>, so a
    /// finding whose wording changed while it stayed open is neither.
    /// </summary>
    public FindingChanges ChangesSince(FindingSnapshot before)
    {
        var now = Findings.Select(f => f.Key).ToHashSet();
        var then = before.Findings.Select(f => f.Key).ToHashSet();
        return new FindingChanges([.. Findings.Where(f => !then.Contains(f.Key))], [.. before.Findings.Where(f => !now.Contains(f.Key))]);
    }

    private static IEnumerable<RecordedFinding> Ordered(IEnumerable<RecordedFinding> findings) =>
        findings.OrderBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal);
}

/// <summary>
/// One finding as a snapshot keeps it. The body's name is kept as it was, so a finding about a body since renamed or
/// deleted still reads as it did; <see cref="Severity"/> is the code, <c>gap</c> or <c>warning</c>.
/// </summary>
public sealed record RecordedFinding(string Rule, string Severity, string? BodyId, string? BodyName, string? Subject, string Key, string Message);

/// <summary>What changed between two snapshots.</summary>
public sealed record FindingChanges(IReadOnlyList<RecordedFinding> Opened, IReadOnlyList<RecordedFinding> Closed)
{
    public bool None => Opened.Count == 0 && Closed.Count == 0;
}

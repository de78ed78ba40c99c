namespace GoldenThread.Representation;

/// <summary>What the solver could say of the number of appointments it suggests.</summary>
public enum FewestChangesStatus
{
    /// <summary>Proved the fewest: no smaller set of appointments closes the same gaps.</summary>
    Optimal,
    /// <summary>A set that closes the gaps, with a proved lower <see cref="FewestChangesResult.Bound"/> below its size.</summary>
    Feasible,
    /// <summary>The time limit came before any set was found.</summary>
    NoSolution,
}

/// <summary>One suggested appointment, with the gap findings it helps to close.</summary>
public sealed record SuggestedAppointment(Appointment Seat, string PersonName, string BodyName, IReadOnlyList<Finding> Closes);

/// <summary>A gap the suggested appointments leave open, and why in words.</summary>
public sealed record OpenGap(Finding Finding, string Reason);

/// <summary>
/// The fewest appointments from the register that close every gap that can be closed (<see cref="FewestChanges"/>).
/// <see cref="Bound"/> is a proved lower bound on their number: equal to <see cref="Objective"/> when
/// <see cref="Status"/> is <see cref="FewestChangesStatus.Optimal"/>.
/// </summary>
public sealed record FewestChangesResult(
    IReadOnlyList<SuggestedAppointment> Appointments,
    IReadOnlyList<Finding> Closed,
    IReadOnlyList<OpenGap> Open,
    FewestChangesStatus Status,
    int Bound,
    TimeSpan TimeLimit)
{
    /// <summary>The number of appointments suggested; null when no set was found in time.</summary>
    public int? Objective => Status == FewestChangesStatus.NoSolution ? null : Appointments.Count;

    /// <summary>Every appointment of a person in the register onto a body that would meet some missing requirement.</summary>
    public int Candidates { get; init; }

    /// <summary>Those the solver chose among: a few of the best people for each distinct way of helping.</summary>
    public int Considered { get; init; }
}

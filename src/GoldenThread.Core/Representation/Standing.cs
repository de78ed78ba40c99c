namespace GoldenThread.Representation;

/// <summary>How far a group's voice goes against decision rights, from none to deciding: later is better.</summary>
public enum Voice
{
    /// <summary>No current member on any active body.</summary>
    None,

    /// <summary>
    /// Current members only on bodies that do not decide (they recommend, advise, endorse or have not agreed their
    /// rights), none of which feeds, directly or through others, into a body that decides.
    /// </summary>
    AdvisesOnly,

    /// <summary>Current members on a body that does not decide but feeds, directly or through others, into one that does.</summary>
    Reaches,

    /// <summary>A current member of a body that decides.</summary>
    Decides,
}

/// <summary>
/// Where a group stands: its <see cref="Voice"/>; the bodies it sits on that give it that voice, highest level first
/// (for <see cref="Voice.Reaches"/>, those nearest a deciding body); and, except for <see cref="Voice.AdvisesOnly"/>
/// and <see cref="Voice.None"/>, one shortest feeds-into route from the first of them to a deciding body, both ends
/// included, so a deciding seat is a route of one body and <see cref="Steps"/> is the number of arrows followed.
/// </summary>
public sealed record Standing(Voice Voice, IReadOnlyList<string> Seats, IReadOnlyList<string> Route) : IComparable<Standing>
{
    public static readonly Standing Nowhere = new(Voice.None, [], []);

    public int Steps => Math.Max(Route.Count - 1, 0);

    /// <summary>A stronger voice is better; between two that reach a deciding body, fewer steps is better.</summary>
    public int CompareTo(Standing? other) =>
        other is null ? 1 : Voice != other.Voice ? Voice.CompareTo(other.Voice) : other.Steps.CompareTo(Steps);
}

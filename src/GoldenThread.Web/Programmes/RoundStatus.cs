using GoldenThread.Programmes;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Programmes;

/// <summary>Where a round is in its life as an operator reads it, with the NHS.UK tag colour that marks it.</summary>
public sealed record RoundStatus(string Text, string Colour)
{
    public static RoundStatus Of(ProgrammeRound round, DateOnly today) => round.State switch
    {
        RoundState.Closed => new("Closed", "grey"),
        _ when today < round.OpensOn => new($"Opens {UkTime.Day(round.OpensOn)}", "blue"),
        _ when today > round.ClosesOn => new("Closing date passed", "orange"),
        _ => new("Taking applications", "green"),
    };

    /// <summary>"31 Oct 2026 to 20 Dec 2026".</summary>
    public static string Dates(ProgrammeRound round) => $"{UkTime.Day(round.OpensOn)} to {UkTime.Day(round.ClosesOn)}";
}

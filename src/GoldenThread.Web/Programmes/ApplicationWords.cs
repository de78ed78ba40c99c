using GoldenThread.Programmes;

namespace GoldenThread.Web.Programmes;

/// <summary>How an application's state and outcome read on a page, as an NHS.UK tag: its words and colour.</summary>
public static class ApplicationWords
{
    public static (string Text, string Colour) State(ApplicationState state) => state switch
    {
        ApplicationState.Draft => ("Draft", "grey"),
        ApplicationState.Submitted => ("Submitted", "blue"),
        _ => ("Withdrawn", "orange"),
    };

    public static (string Text, string Colour) Outcome(ApplicationDecision decision) => decision switch
    {
        ApplicationDecision.Selected => ("Selected", "green"),
        ApplicationDecision.NotSelected => ("Not selected", "red"),
        _ => ("Undecided", "grey"),
    };
}

namespace GoldenThread.Web.Network;

/// <summary>
/// How a body's decision rights are shown: a word, a shape and a colour from the NHS palette, so the badge never
/// relies on colour alone. The key on the structure page draws the same badges.
/// </summary>
public sealed record DecisionRightsBadge(string Code, string Label, string Meaning, string Fill, string Ink, string Shape)
{
    public static readonly IReadOnlyList<DecisionRightsBadge> All =
    [
        new("decides", "Decides", "makes decisions within the authority delegated to it", "#005eb8", "#ffffff", "square"),
        new("recommends", "Recommends", "recommends decisions to the body it feeds into", "#007f3b", "#ffffff", "triangle"),
        new("endorses", "Endorses", "endorses decisions made elsewhere", "#330072", "#ffffff", "diamond"),
        new("advisory", "Advisory", "gives advice and makes no decisions", "#ffeb3b", "#212b32", "circle"),
        new("undeclared", "Not agreed", "has not yet agreed what it may decide", "#ffffff", "#212b32", "ring"),
    ];

    public static DecisionRightsBadge For(string code) =>
        All.FirstOrDefault(b => b.Code == code) ?? new(code, code, "not a recorded kind of decision rights", "#4c6272", "#ffffff", "circle");
}

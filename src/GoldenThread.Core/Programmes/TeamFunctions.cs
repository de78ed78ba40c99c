using GoldenThread.Network;

namespace GoldenThread.Programmes;

/// <summary>
/// What a team member may do, as the application journey offers it (<c>Reference/team-functions.json</c>): the list
/// E-MULTI-FUNCTION's "at least two functions" is counted against when a team applies through the journey. Data, so an
/// ICS can change it; the engine itself compares whatever function an application states.
/// </summary>
public sealed class TeamFunctions
{
    public required IReadOnlyList<TeamFunction> Functions { get; init; }

    private static readonly Lazy<TeamFunctions> Embedded = new(() => ReferenceData.Load<TeamFunctions>("team-functions.json", f => f.Problems()));

    /// <summary>The functions shipped with GoldenThread.</summary>
    public static TeamFunctions Default => Embedded.Value;

    /// <summary>The function with this code, compared as the engine compares functions (case and surrounding spaces aside).</summary>
    public TeamFunction? Find(string? code) =>
        Functions.FirstOrDefault(f => string.Equals(f.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>What stops the list being offered: none, a blank or repeated code, a function without a label.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Functions.Count < 2) problems.Add("at least 2 functions are needed, or no team could have two");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var function in Functions)
        {
            var code = function.Code.Trim();
            if (code.Length == 0) problems.Add("a function has no code");
            else if (!seen.Add(code)) problems.Add($"{code} is listed twice");
            if (string.IsNullOrWhiteSpace(function.Label)) problems.Add($"{code} has no label");
            if (code.Length > ApplicationRules.ShortTextLength) problems.Add($"{code} is longer than an application may store");
        }
        return problems;
    }
}

/// <summary>One function a member may have: the code an application stores, the words a form shows.</summary>
public sealed record TeamFunction(string Code, string Label, string? Hint);

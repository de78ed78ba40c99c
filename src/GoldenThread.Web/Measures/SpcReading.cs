using GoldenThread.Measures;

namespace GoldenThread.Web.Measures;

/// <summary>What an XmR chart says, in plain English: the Making Data Count variation and assurance, and why.</summary>
public static class SpcReading
{
    /// <summary>The variation's name as the icons say it: "Special cause improvement (low)" for a fall where lower is better.</summary>
    public static string Variation(PointType variation, ImprovementDirection direction) => variation switch
    {
        PointType.CommonCause => "Common cause variation",
        PointType.SpecialCauseImprovement or PointType.SpecialCauseConcern =>
            $"Special cause {(variation == PointType.SpecialCauseImprovement ? "improvement" : "concern")} ({(IsHigh(variation, direction) ? "high" : "low")})",
        _ => $"Special cause variation ({(IsHigh(variation, direction) ? "high" : "low")})",
    };

    /// <summary>Whether a special cause lies above the mean: improvement is high when a measure should increase.</summary>
    public static bool IsHigh(PointType variation, ImprovementDirection direction) => variation switch
    {
        PointType.SpecialCauseNeutralHigh => true,
        PointType.SpecialCauseImprovement => direction != ImprovementDirection.Decrease,
        PointType.SpecialCauseConcern => direction == ImprovementDirection.Decrease,
        _ => false,
    };

    /// <summary>The assurance's name; without one, whether that is for want of a target or of a direction.</summary>
    public static string Assurance(Assurance? assurance, double? target) => assurance switch
    {
        GoldenThread.Measures.Assurance.ConsistentPass => "Target consistently met",
        GoldenThread.Measures.Assurance.ConsistentFail => "Target consistently not met",
        GoldenThread.Measures.Assurance.Inconsistent => "Target may or may not be met",
        _ => target is null ? "No target" : "No assurance: neither higher nor lower is better",
    };

    /// <summary>What one point shows, for the data table: "Special cause improvement: 7 or more points in a row below the mean".</summary>
    public static string Point(SpcPoint point, ImprovementDirection direction) =>
        SpcWords.Because(point.Cause) is { } because ? $"{Variation(point.Type, direction)}: {because}" : Variation(point.Type, direction);

    /// <summary>One sentence on the latest point: "The latest point shows special cause improvement: …".</summary>
    public static string Latest(SpcChart chart)
    {
        var last = chart.Points[^1];
        var variation = Variation(last.Type, chart.Direction).ToLowerInvariant();
        return SpcWords.Because(last.Cause) is { } because
            ? $"The latest point shows {variation}: {because}."
            : $"The latest point shows {variation}: nothing beyond the ups and downs the process usually has.";
    }

    /// <summary>One sentence on the target, when there is one and a direction to judge it by.</summary>
    public static string? AboutTarget(SpcChart chart, string target) => chart.Assurance switch
    {
        GoldenThread.Measures.Assurance.ConsistentPass => $"The target of {target} lies outside the limits, on the good side: the process will meet it every time unless something changes.",
        GoldenThread.Measures.Assurance.ConsistentFail => $"The target of {target} lies outside the limits, on the wrong side: the process will not meet it unless something changes.",
        GoldenThread.Measures.Assurance.Inconsistent => $"The target of {target} lies between the limits: the process will sometimes meet it and sometimes not.",
        _ => null,
    };

    /// <summary>How the board sorts variation: concern first, then neutral special causes, improvement, common cause, no chart.</summary>
    public static int VariationRank(PointType? type) => type switch
    {
        PointType.SpecialCauseConcern => 0,
        PointType.SpecialCauseNeutralHigh or PointType.SpecialCauseNeutralLow => 1,
        PointType.SpecialCauseImprovement => 2,
        PointType.CommonCause => 3,
        _ => 4,
    };

    /// <summary>How the board sorts assurance: failing first, then inconsistent, passing, none.</summary>
    public static int AssuranceRank(Assurance? assurance) => assurance switch
    {
        GoldenThread.Measures.Assurance.ConsistentFail => 0,
        GoldenThread.Measures.Assurance.Inconsistent => 1,
        GoldenThread.Measures.Assurance.ConsistentPass => 2,
        _ => 3,
    };

    public static string Direction(ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => "Higher is better",
        ImprovementDirection.Decrease => "Lower is better",
        _ => "Neither higher nor lower is better",
    };
}

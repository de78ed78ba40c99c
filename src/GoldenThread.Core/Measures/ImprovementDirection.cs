namespace GoldenThread.Measures;

/// <summary>Which way a measure improves; <see cref="Neutral"/> when neither way is better.</summary>
public enum ImprovementDirection { Increase, Decrease, Neutral }

/// <summary>
/// What a point on an XmR chart says, in the words of NHSRplotthedots (and the command line):
/// <c>common_cause</c>, <c>special_cause_improvement</c>, <c>special_cause_concern</c>,
/// <c>special_cause_neutral_high</c>, <c>special_cause_neutral_low</c>.
/// </summary>
public enum PointType { CommonCause, SpecialCauseImprovement, SpecialCauseConcern, SpecialCauseNeutralHigh, SpecialCauseNeutralLow }

/// <summary>Whether the process, as its latest limits describe it, will meet its target.</summary>
public enum Assurance { ConsistentPass, ConsistentFail, Inconsistent }

/// <summary>Which Making Data Count rule marked a point, in the rules' precedence.</summary>
public enum SpecialCause { None, AboveUpperLimit, BelowLowerLimit, IncreasingTrend, DecreasingTrend, TwoOfThreeHigh, TwoOfThreeLow, RunAboveMean, RunBelowMean }

/// <summary>The Making Data Count words as the interchange files and the command line spell them.</summary>
public static class SpcWords
{
    public static readonly IReadOnlyList<string> Directions = ["increase", "decrease", "neutral"];

    public static string Of(ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => "increase",
        ImprovementDirection.Decrease => "decrease",
        _ => "neutral",
    };

    public static ImprovementDirection? Direction(string? word) => word switch
    {
        "increase" => ImprovementDirection.Increase,
        "decrease" => ImprovementDirection.Decrease,
        "neutral" => ImprovementDirection.Neutral,
        _ => null,
    };

    public static string Of(PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => "special_cause_improvement",
        PointType.SpecialCauseConcern => "special_cause_concern",
        PointType.SpecialCauseNeutralHigh => "special_cause_neutral_high",
        PointType.SpecialCauseNeutralLow => "special_cause_neutral_low",
        _ => "common_cause",
    };

    public static string Of(Assurance assurance) => assurance switch
    {
        Assurance.ConsistentPass => "consistent_pass",
        Assurance.ConsistentFail => "consistent_fail",
        _ => "inconsistent",
    };
}

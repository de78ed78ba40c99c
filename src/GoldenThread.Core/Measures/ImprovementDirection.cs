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

    /// <summary>The rule that marked a point as the command line's JSON and the API spell it; null for none.</summary>
    public static string? Of(SpecialCause cause) => cause switch
    {
        SpecialCause.AboveUpperLimit => "above_upper_limit",
        SpecialCause.BelowLowerLimit => "below_lower_limit",
        SpecialCause.IncreasingTrend => "increasing_trend",
        SpecialCause.DecreasingTrend => "decreasing_trend",
        SpecialCause.TwoOfThreeHigh => "two_of_three_high",
        SpecialCause.TwoOfThreeLow => "two_of_three_low",
        SpecialCause.RunAboveMean => "run_above_mean",
        SpecialCause.RunBelowMean => "run_below_mean",
        _ => null,
    };

    /// <summary>The rule that marked a point, as the reason in a sentence ("7 or more points in a row below the mean"); null for none.</summary>
    public static string? Because(SpecialCause cause) => cause switch
    {
        SpecialCause.AboveUpperLimit => "a point above the upper limit",
        SpecialCause.BelowLowerLimit => "a point below the lower limit",
        SpecialCause.IncreasingTrend => "7 or more points in a row, each higher than the one before",
        SpecialCause.DecreasingTrend => "7 or more points in a row, each lower than the one before",
        SpecialCause.TwoOfThreeHigh => "2 of 3 points close to the upper limit",
        SpecialCause.TwoOfThreeLow => "2 of 3 points close to the lower limit",
        SpecialCause.RunAboveMean => "7 or more points in a row above the mean",
        SpecialCause.RunBelowMean => "7 or more points in a row below the mean",
        _ => null,
    };
}

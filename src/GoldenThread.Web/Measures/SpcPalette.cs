using GoldenThread.Measures;

namespace GoldenThread.Web.Measures;

/// <summary>The Making Data Count colours, as NHSRplotthedots 0.2.2 draws them.</summary>
public static class SpcPalette
{
    public const string CommonCause = "#a6a6a6", Improvement = "#00b0f0", Neutral = "#490092", Concern = "#e46c0a";
    public const string Mean = "#000000", Limits = "#a6a6a6", Target = "#de1b1b";

    public static string Of(PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => Improvement,
        PointType.SpecialCauseConcern => Concern,
        PointType.SpecialCauseNeutralHigh or PointType.SpecialCauseNeutralLow => Neutral,
        _ => CommonCause,
    };
}

namespace GoldenThread.Measures;

/// <summary>
/// A line-by-line transcript of NHSRplotthedots 0.2.2's <c>ptd_calculate_point_type.R</c> (vectors padded with zeros,
/// 1-based indices kept), used only as an oracle: the engine says the same thing in its own words and must agree.
/// Limits come from the engine, whose arithmetic the hand-worked tests check.
/// </summary>
internal static class PlotTheDotsTranscript
{
    public static string[] SpecialCauseTypes(double[] y, SpcSegment limits)
    {
        var n = y.Length;
        var relativeToMean = y.Select(v => (double)Math.Sign(v - limits.Mean)).ToArray();
        var outside = y.Select(v => v > limits.UpperLimit || v < limits.LowerLimit).ToArray();
        var close = y.Select((v, i) => !outside[i] && (v < limits.NearLowerLimit || v > limits.NearUpperLimit) ? 1.0 : 0.0).ToArray();

        var partTrend = PartOfSevenTrend(SevenPointTrend(y));
        var twoInThree = TwoInThree(close, relativeToMean);
        var partTwoInThree = twoInThree.Select((v, i) => v == 1 && Math.Abs(close[i]) == 1 ? 1.0 : 0.0).ToArray();
        var partSide = PartOfSevenTrend(SevenPointOneSideMean(relativeToMean));

        // sdy <- sign(diff(y)); ifelse(c(part[-1], 0) & part, c(sdy, tail(sdy, 1)), c(0, sdy))
        var sdy = Enumerable.Range(1, n - 1).Select(i => (double)Math.Sign(y[i] - y[i - 1])).ToArray();
        var direction = new double[n];
        for (var i = 0; i < n; i++)
        {
            var nextPart = i + 1 < n ? partTrend[i + 1] : 0;
            direction[i] = nextPart != 0 && partTrend[i] != 0 ? (i < n - 1 ? sdy[i] : sdy[^1]) : (i == 0 ? 0 : sdy[i - 1]);
        }

        return Enumerable.Range(0, n).Select(i =>
            outside[i] ? (relativeToMean[i] == 1 ? "Above UCL" : "Below LCL")
            : partTrend[i] != 0 ? $"7 Point Trend ({(direction[i] == 1 ? "In" : "De")}creasing)"
            : partTwoInThree[i] != 0 ? $"2 in 3 {(relativeToMean[i] > 0 ? "Above" : "Below")} CL"
            : partSide[i] != 0 ? $"7 Points {(relativeToMean[i] > 0 ? "Above" : "Below")} CL"
            : "Common Cause").ToArray();
    }

    private static double[] SevenPointOneSideMean(double[] v)
    {
        var vp = Enumerable.Repeat(0.0, 6).Concat(v).ToArray();
        return Enumerable.Range(7, v.Length).Select(i =>
            Enumerable.Range(1, 6).All(k => vp[i - 1] == vp[i - 1 - k]) && vp[i - 1] != 0 ? 1.0 : 0.0).ToArray();
    }

    private static double[] PartOfSevenTrend(double[] v)
    {
        var vp = v.Concat(Enumerable.Repeat(0.0, 6)).ToArray();
        return Enumerable.Range(1, v.Length).Select(i => Enumerable.Range(0, 7).Any(k => Math.Abs(vp[i - 1 + k]) == 1) ? 1.0 : 0.0).ToArray();
    }

    private static double[] SevenPointTrend(double[] y)
    {
        if (y.Length < 7) return new double[y.Length];
        var result = new double[y.Length];
        for (var i = 7; i <= y.Length; i++)
        {
            // d <- sign(diff(y[i - 0:6])) * -1
            var window = Enumerable.Range(0, 7).Select(k => y[i - 1 - k]).ToArray();
            var d = Enumerable.Range(1, 6).Select(k => -Math.Sign(window[k] - window[k - 1])).ToArray();
            result[i - 1] = d.All(x => x == 1) ? 1 : d.All(x => x == -1) ? -1 : 0;
        }
        return result;
    }

    private static double[] TwoInThree(double[] v, double[] rtm)
    {
        var vp = new double[] { 0, 0 }.Concat(v).Concat([0, 0]).ToArray();
        var rtmp = new double[] { 0, 0 }.Concat(rtm).Concat([0, 0]).ToArray();
        bool Window(int from) => vp.Skip(from).Take(3).Sum() >= 2 && Math.Abs(rtmp.Skip(from).Take(3).Sum()) == 3;
        return Enumerable.Range(1, v.Length).Select(i => Window(i - 1) || Window(i) || Window(i + 1) ? 1.0 : 0.0).ToArray();
    }
}

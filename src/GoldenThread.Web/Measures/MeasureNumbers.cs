using System.Globalization;

namespace GoldenThread.Web.Measures;

/// <summary>
/// Numbers of a measure as people read them: values with the decimal places the data has, and the mean and limits, which
/// are averages, with one more; thousands separated; a percentage with its sign.
/// </summary>
public static class MeasureNumbers
{
    public static string Value(double value, string unit, int decimals) => Format(value, unit, decimals);

    public static string Derived(double value, string unit, int decimals) => Format(value, unit, Math.Min(decimals + 1, 3));

    private static string Format(double value, string unit, int decimals)
    {
        var text = value.ToString("N" + decimals, CultureInfo.InvariantCulture);
        return unit == "%" ? text + "%" : text;
    }

    /// <summary>The number with its unit in words, for a sentence: "131 admissions", "72.4%".</summary>
    public static string WithUnit(double value, string unit, int decimals) =>
        unit == "%" ? Value(value, unit, decimals) : $"{Value(value, unit, decimals)} {unit}";
}

namespace GoldenThread.Measures;

public class WrittenNumberTests
{
    [Theory]
    [InlineData("52", 52.0)]
    [InlineData(" -4.5 ", -4.5)]
    [InlineData("+0.25", 0.25)]
    [InlineData(".5", 0.5)]
    [InlineData("1,234", 1234.0)]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData("72.4%", 72.4)]
    [InlineData("72.4 %", 72.4)]
    [InlineData("1.2E+05", 120000.0)]
    [InlineData("1,000,000,000,000", 1e12)]
    [InlineData("-1e12", -1e12)]
    public void Read_NumbersAsPeopleAndSpreadsheetsWriteThem_GiveTheirValue(string text, double value)
    {
        Assert.Equal(new NumberReading(value, null), WrittenNumber.Read(text, "values"));
    }

    [Theory]
    [InlineData("12,5", "'12,5' is not a number; use a full stop for decimals, such as 12.5")]
    [InlineData("0,5", "'0,5' is not a number; use a full stop for decimals, such as 0.5")]
    [InlineData("1,23", "'1,23' is not a number; use a full stop for decimals, such as 1.23")]
    [InlineData("1,2345", "'1,2345' is not a number; use a full stop for decimals, such as 1.2345")]
    [InlineData("1,23,456", "'1,23,456' is not a number; use commas only between groups of three digits, such as 1,234,567, and a full stop for decimals")]
    [InlineData("1.234,5", "'1.234,5' is not a number; use commas only between groups of three digits, such as 1,234,567, and a full stop for decimals")]
    [InlineData("lots", "'lots' is not a number")]
    [InlineData("1.2.3", "'1.2.3' is not a number")]
    [InlineData(".", "'.' is not a number")]
    [InlineData("%", "'%' is not a number")]
    [InlineData("5%%", "'5%%' is not a number")]
    [InlineData("Infinity", "'Infinity' is not a number")]
    public void Read_CommaNotBetweenThousandsOrNoDigits_SaysWhatToWrite(string text, string problem)
    {
        Assert.Equal(new NumberReading(null, problem), WrittenNumber.Read(text, "values"));
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1,000,000,000,001")]
    [InlineData("1e400")]
    public void Read_BeyondTheMaximumMagnitude_SaysTheRange(string text)
    {
        Assert.Equal($"'{text}' is too large; a target must be between -1,000,000,000,000 and 1,000,000,000,000",
            WrittenNumber.Read(text, "a target").Problem);
    }

    [Fact]
    public void Read_PercentNotAsked_IsNotANumber()
    {
        Assert.Equal("'12%' is not a number", WrittenNumber.Read("12%", "values", percent: false).Problem);
    }
}

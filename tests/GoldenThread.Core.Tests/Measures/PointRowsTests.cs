namespace GoldenThread.Measures;

public class PointRowsTests
{
    private static (IReadOnlyList<PointRow> Rows, PointRowProblem? Problem) Text(string text, bool headerRequired = false) =>
        PointRows.FromText(new StringReader(text), headerRequired);

    [Fact]
    public void FromText_TabsCommasAndAHeader_GiveTheLinesWithTheirNumbers()
    {
        var (tabs, _) = Text("date\tvalue\n01/03/2024\t1,047\n\n2024-04-01\t52.5\n");
        var (commas, _) = Text("2024-03-01,52\n");

        Assert.Equal([new PointRow(0, 2, "01/03/2024", "1,047"), new PointRow(1, 4, "2024-04-01", "52.5")], tabs);
        Assert.Equal([new PointRow(0, 1, "2024-03-01", "52")], commas);
    }

    [Fact]
    public void FromText_HeaderRequiredButMissing_SaysSo()
    {
        var (rows, problem) = Text("2024-03-01,52\n", headerRequired: true);

        Assert.Empty(rows);
        Assert.Equal("The file must start with the header date,value", problem!.ToString());
    }

    [Fact]
    public void Read_GoodRows_GiveThePointsInDateOrder()
    {
        var (points, problems) = PointRows.Read([new PointRow(0, 1, "01/04/2024", "52%"), new PointRow(1, 2, "2024-03-01", "1,047.5")]);

        Assert.Empty(problems);
        Assert.Equal([(new DateOnly(2024, 3, 1), 1047.5), (new DateOnly(2024, 4, 1), 52.0)], points.Select(p => (p.Date, p.Value)));
    }

    [Fact]
    public void Read_BadRows_NameEachLineAndGiveNoPoints()
    {
        var (points, problems) = PointRows.Read(
        [
            new PointRow(0, 1, "2024-03-01", "52"), new PointRow(1, 2, "31/02/2024", "50"), new PointRow(2, 3, "March", "x"),
            new PointRow(3, 4, "01/03/2024", "49"), new PointRow(4, 5, "2024-05-01", null), new PointRow(5, 6, "2024-06-01", "1", Fields: 3),
        ]);

        Assert.Empty(points);
        Assert.Equal(
        [
            "Line 2: '31/02/2024' is not a real date",
            "Line 3: 'March' is not a date; write it as 2024-03-01 or 01/03/2024",
            "Line 3: 'x' is not a number",
            "Line 4: 1 March 2024 is also on line 1; each date may have one value",
            "Line 5: enter a value after the date",
            "Line 6: has 3 columns; each line needs a date, then a value",
        ], problems.Select(p => p.ToString()));
        Assert.Equal((1, "date"), (problems[0].Index!.Value, problems[0].Field));
    }

    [Fact]
    public void FromText_SpreadsheetCopyWithTabsAndThousands_KeepsEachValueWhole()
    {
        // As a spreadsheet copies two columns: a header, tabs between cells, values formatted with thousands separators.
        var (rows, problem) = Text("Date\tAdmissions\r\n01/01/2026\t1,234\r\n01/02/2026\t1,198.5\r\n");
        var (points, problems) = PointRows.Read(rows);

        Assert.Null(problem);
        Assert.Empty(problems);
        Assert.Equal([(new DateOnly(2026, 1, 1), 1234.0), (new DateOnly(2026, 2, 1), 1198.5)], points.Select(p => (p.Date, p.Value)));
    }

    [Fact]
    public void FromText_SemicolonsWithoutTabs_AreStillFound()
    {
        Assert.Equal([new PointRow(0, 1, "2024-03-01", "52.5")], Text("2024-03-01;52.5\n").Rows);
    }

    [Fact]
    public void FromText_LongerThanAMeasureCouldHold_IsRefusedUnread()
    {
        // 5,000 points at 64 characters a line: 320,000 characters; one more is refused.
        var (rows, problem) = Text(new string(' ', PointRows.MaximumTextLength) + "\n2024-03-01,52");

        Assert.Empty(rows);
        Assert.Equal("The text is longer than 320,000 characters, more than 5,000 points need; a measure may have at most 5,000 points", problem!.ToString());
    }

    [Fact]
    public void Read_DecimalCommaOrTooLargeValue_IsRefusedNotMisread()
    {
        var (points, problems) = PointRows.Read([new PointRow(0, 1, "2024-04-01", "0,5"), new PointRow(1, 2, "2024-05-01", "1e308")]);

        Assert.Empty(points);
        Assert.Equal(
        [
            "Line 1: '0,5' is not a number; use a full stop for decimals, such as 0.5",
            "Line 2: '1e308' is too large; values must be between -1,000,000,000,000 and 1,000,000,000,000",
        ], problems.Select(p => p.ToString()));
    }
}

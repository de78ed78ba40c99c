using GoldenThread.Development;

namespace GoldenThread.Web.Development;

/// <summary>
/// A table of development hours by financial year (<c>_DevelopmentYears</c>): one person's, or several people's with how
/// many of them took part each year.
/// </summary>
public sealed record DevelopmentYearsTable(string Caption, IReadOnlyList<DevelopmentYear> Years, IReadOnlyList<int>? People = null)
{
    public static DevelopmentYearsTable OfMany(string caption, IReadOnlyList<DevelopmentYearOfMany> years) =>
        new(caption, [.. years.Select(y => y.Hours)], [.. years.Select(y => y.People)]);
}

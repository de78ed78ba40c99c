using CsvHelper;

namespace GoldenThread.Network;

/// <summary>One of England's 42 integrated care boards, as the ONS and ODS list them.</summary>
[CsvRecord]
public sealed partial record Icb(
    [CsvColumn("ons_code")] string OnsCode,
    [CsvColumn("ods_code")] string OdsCode,
    [CsvColumn("name")] string Name,
    [CsvColumn("region")] string Region,
    [CsvColumn("population")] int Population);

/// <summary>The integrated care boards in the project's <c>Reference/icbs.csv</c>, in the file's order.</summary>
public static class IcbRegister
{
    private static readonly Lazy<IReadOnlyList<Icb>> Embedded = new(() =>
    {
        using var csv = CsvReader.Create(ReferenceData.Open("icbs.csv"));
        return csv.GetRecords<Icb>().ToList();
    });

    public static IReadOnlyList<Icb> All => Embedded.Value;
}

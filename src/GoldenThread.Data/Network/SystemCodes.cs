using GoldenThread.Network;

namespace GoldenThread.Data.Network;

/// <summary>How a system's ODS code given by a person, an address or a claim matches the stored one.</summary>
public static class SystemCodes
{
    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    public static IQueryable<IntegratedCareSystem> WithCode(this IQueryable<IntegratedCareSystem> systems, string code)
    {
        var normalised = Normalise(code);
        return systems.Where(s => s.Code == normalised);
    }
}

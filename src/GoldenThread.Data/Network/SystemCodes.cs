using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The id of the system with this code, or null when there is none the caller may see.</summary>
    public static Task<Guid?> IdOfAsync(this IQueryable<IntegratedCareSystem> systems, string code, CancellationToken cancellationToken) =>
        systems.WithCode(code).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
}

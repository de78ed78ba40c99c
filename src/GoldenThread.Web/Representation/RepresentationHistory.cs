using GoldenThread.Data;
using GoldenThread.Data.Representation;
using GoldenThread.Representation;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Representation;

/// <summary>The history of a system's snapshots as the page and the API show it.</summary>
public static class RepresentationHistory
{
    public static async Task<PageOf<FindingHistory.Entry>> ReadAsync(GoldenThreadDbContext db, Guid systemId, Paging paging, CancellationToken cancellationToken)
    {
        var (entries, total) = await FindingHistory.ReadAsync(db, systemId, (paging.Page - 1) * paging.PageSize, paging.PageSize, cancellationToken);
        return new PageOf<FindingHistory.Entry>(entries, paging.Page, paging.PageSize, total);
    }

    /// <summary>Who took a snapshot, as a person reads it.</summary>
    public static string TakenBy(string takenBy) => takenBy == FindingSnapshot.Nightly ? "Nightly check" : takenBy;

    /// <summary>
    /// A finding in a sentence's worth of words: "R-TRIUMVIRATE gap (Clinical, managerial and lay leadership), Test Vale
    /// ICB board: …", or "…, across the system: …" when it names no body.
    /// </summary>
    public static string Describe(RecordedFinding finding)
    {
        var title = RepresentationEngine.Default.Catalogue.Find(finding.Rule)?.Title;
        var where = finding.BodyId is null ? "across the system" : finding.BodyName ?? "a body no longer in the register";
        return $"{finding.Rule} {finding.Severity}{(title is null ? "" : $" ({title})")}, {where}: {finding.Message}";
    }
}

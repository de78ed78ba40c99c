using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Diversity;
using GoldenThread.Network;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// A round's anonymised summary (<see cref="RoundSummary"/>) read from the store, for the public page and the API. It
/// counts every system's applications whoever reads it, so the caller gives it a context that reads every system:
/// nothing of one system leaves it but counts.
/// </summary>
public static class RoundSummaryReport
{
    public sealed record Report(Guid RoundId, string Round, DateTimeOffset? PublishedAt, RoundSummary.Summary Summary);

    public static async Task<Report?> ReadAsync(GoldenThreadDbContext db, Guid roundId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await RoundEligibility.EvaluateAsync(db, roundId, now, cancellationToken) is not { } eligibility) return null;
        var systemIds = eligibility.Applications.Values.Select(e => e.Application.SystemId).Distinct().ToList();
        var regions = await db.Systems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Region, cancellationToken);
        var entries = eligibility.Applications.Values.Select(e => new RoundSummary.Entry(
            e.SystemCode, regions[e.Application.SystemId], eligibility.Results[e.Application.Id].Eligible,
            e.Application.Decision == ApplicationDecision.Selected,
            [.. e.Application.Content.Members.Select(m => m.Sector)])).ToList();
        var summary = RoundSummary.Of(entries, [.. Vocabularies.Default.Sectors.Select(s => s.Code)], DiversityVocabulary.Default);
        return new Report(eligibility.Round.Id, eligibility.Round.Name, eligibility.Round.SummaryPublishedAt, summary);
    }
}

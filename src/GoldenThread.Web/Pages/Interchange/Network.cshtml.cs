using System.Text;
using GoldenThread.Data;
using GoldenThread.Data.Interchange;
using GoldenThread.Interchange;
using GoldenThread.Web.Access;
using GoldenThread.Web.Interchange;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Interchange;

/// <summary>The network as files: download it (network file, or people and memberships as CSV), upload a new one, and see past imports.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NetworkModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public sealed record Upload(Guid Id, string FileName, string By, DateTimeOffset At, DateTimeOffset? ImportedAt, string? Outcome);

    public string SystemName { get; private set; } = "";
    public IReadOnlyList<Upload> Uploads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Network file", cancellationToken) is not { } system) return NotFound();
        SystemName = system.Name;
        Uploads = await db.NetworkUploads.AsNoTracking().Where(u => u.SystemId == system.Id)
            .OrderByDescending(u => u.UploadedAt).Take(20)
            .Select(u => new Upload(u.Id, u.FileName, u.UploadedByName, u.UploadedAt, u.ImportedAt, u.Outcome))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnGetFileAsync(string code, CancellationToken cancellationToken) =>
        DownloadAsync(code, "network.json", "application/json", NetworkFile.Write, cancellationToken);

    public Task<IActionResult> OnGetPeopleAsync(string code, CancellationToken cancellationToken) =>
        DownloadAsync(code, "people.csv", "text/csv", NetworkCsv.People, cancellationToken);

    public Task<IActionResult> OnGetMembershipsAsync(string code, CancellationToken cancellationToken) =>
        DownloadAsync(code, "memberships.csv", "text/csv", NetworkCsv.Memberships, cancellationToken);

    private async Task<IActionResult> DownloadAsync(string code, string name, string type, Func<NetworkDocument, string> write, CancellationToken cancellationToken)
    {
        if (await NetworkStore.ExportAsync(db, code, cancellationToken) is not { } network) return NotFound();
        var date = time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(Encoding.UTF8.GetBytes(write(network)), type + "; charset=utf-8", $"{network.System.Code}-{date}-{name}");
    }
}

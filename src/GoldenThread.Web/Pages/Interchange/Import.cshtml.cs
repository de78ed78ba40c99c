using GoldenThread.Data;
using GoldenThread.Data.Access;
using GoldenThread.Data.Network;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Interchange;

/// <summary>
/// Upload a network file. A file with problems is refused here, each problem named by its place in the file;
/// a good one is kept and its preview shown, and nothing changes until the preview is confirmed.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class ImportModel(GoldenThreadDbContext db, ICurrentActor actor, TimeProvider time) : GoldenThreadPage
{
    public const int MaxBytes = 50 * 1024 * 1024;
    /// <summary>Problems listed on the page; a file with more says how many more.</summary>
    public const int ProblemsShown = 200;

    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<NetworkError> Problems { get; private set; } = [];
    public int ProblemCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, cancellationToken) is not { } system) return NotFound();
        if (await this.ReadUploadAsync(Upload, nameof(Upload), MaxBytes, "Select a network file", "a JSON network file", cancellationToken) is not { } json)
            return Page();
        var reading = NetworkFile.Read(json, Vocabularies.Default);
        if (reading.Errors.Count > 0)
        {
            (Problems, ProblemCount) = ([.. reading.Errors.Take(ProblemsShown)], reading.Errors.Count);
            this.AddError(nameof(Upload), reading.Errors.Count == 1
                ? $"The selected file has a problem: {reading.Errors[0]}"
                : $"The selected file has {reading.Errors.Count:N0} problems, listed below the upload");
            return Page();
        }
        if (SystemCodes.Normalise(reading.Document!.System.Code) != system.Code)
        {
            this.AddError(nameof(Upload), $"The selected file is the network of {reading.Document.System.Code}, not {system.Code}");
            return Page();
        }

        var upload = new NetworkUpload
        {
            SystemId = system.Id, FileName = Path.GetFileName(Upload!.FileName) is { Length: > 0 and <= 260 } name ? name : "network.json",
            Content = json, UploadedByAccountId = actor.AccountId!, UploadedByName = actor.Name, UploadedAt = time.GetUtcNow(),
        };
        db.NetworkUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/systems/{system.Code}/network/import/{upload.Id}");
    }

    private async Task<SystemHeading?> EnterAsync(string code, CancellationToken cancellationToken)
    {
        var system = await EnterSystemAsync(db, code, "Upload a network file", cancellationToken);
        if (system is not null) Breadcrumbs = [.. Breadcrumbs, new Crumb("Network file", $"/systems/{system.Code}/network")];
        return system;
    }
}

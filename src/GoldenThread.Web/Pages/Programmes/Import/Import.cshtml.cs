using GoldenThread.Data;
using GoldenThread.Data.Access;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Import;

/// <summary>
/// The operator imports a round's applications from an APPLICATIONS.json file (reference/eligibility-criteria.md):
/// all or nothing. Any problem — in the file, a system not in the round, an id the round already has — is listed by its
/// JSON path and nothing is stored; otherwise every application is stored submitted, at the time the file gives.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class ImportModel(GoldenThreadDbContext db, ICurrentActor actor, TimeProvider time) : GoldenThreadPage
{
    /// <summary>10,000 applications are about 36 MB as the writer indents them.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;
    /// <summary>Problems listed in the error summary; a file with more says how many more.</summary>
    public const int ProblemsShown = 20;

    [BindProperty] public IFormFile? Upload { get; set; }

    public ProgrammeRound Round { get; private set; } = null!;
    /// <summary>How many applications the last import stored, shown once after it.</summary>
    public int? Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        Imported = TempData["Imported"] as int?;
        if (Imported is not null) Title = "Applications imported";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        if (await this.ReadUploadAsync(Upload, nameof(Upload), MaxBytes, "Select an APPLICATIONS.json file", "an APPLICATIONS.json file",
                cancellationToken) is not { } json)
            return Page();
        var settings = Round.Settings();
        var reading = ApplicationsFile.Read(json, settings);
        if (reading.Problems.Count > 0) return Refuse(reading.Problems);
        var applications = reading.Applications!;
        if (applications.Count == 0)
        {
            this.AddError(nameof(Upload), "The selected file has no applications");
            return Page();
        }

        var taken = (await db.TeamApplications.Where(a => a.RoundId == roundId).Select(a => a.Reference).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var codes = settings.Systems.Select(s => s.Code.ToUpperInvariant()).ToList();
        var systems = await db.Systems.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var problems = new List<ProgrammeProblem>();
        for (var i = 0; i < applications.Count; i++)
        {
            if (taken.Contains(applications[i].Id))
                problems.Add(new($"[{i}].id", $"“{applications[i].Id}” is already an application in this round"));
            if (!systems.ContainsKey(applications[i].SystemCode))
                problems.Add(new($"[{i}].systemCode", $"{applications[i].SystemCode} is in the round but has no record in GoldenThread"));
        }
        if (problems.Count > 0) return Refuse(problems);

        var now = time.GetUtcNow();
        db.TeamApplications.AddRange(applications.Select(a => new TeamApplication
        {
            SystemId = systems[a.SystemCode], RoundId = roundId, Reference = a.Id, State = ApplicationState.Submitted, Source = ApplicationSource.Import,
            Content = a.Content, CreatedByAccountId = actor.AccountId, CreatedAt = now, UpdatedAt = now, SubmittedAt = a.SubmittedAt,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // An application with one of these ids arrived meanwhile; the unique index kept it and refused the lot.
            this.AddError(nameof(Upload), "Someone added an application with one of these ids while the file was being imported; nothing was imported. Upload the file again to see which.");
            return Page();
        }
        TempData["Imported"] = applications.Count;
        return Redirect($"/programmes/rounds/{roundId}/import");
    }

    /// <summary>Nothing is stored: the summary says how many problems, then lists the first <see cref="ProblemsShown"/> by JSON path.</summary>
    private PageResult Refuse(IReadOnlyList<ProgrammeProblem> problems)
    {
        this.AddError(nameof(Upload), $"The selected file has {Prose.Count(problems.Count, "problem")}; nothing was imported");
        foreach (var problem in problems.Take(ProblemsShown)) this.AddError(nameof(Upload), problem.ToString());
        if (problems.Count > ProblemsShown) this.AddError(nameof(Upload), $"and {Prose.Count(problems.Count - ProblemsShown, "more problem")}");
        return Page();
    }

    private async Task<bool> EnterAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (await db.ProgrammeRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken) is not { } round) return false;
        Round = round;
        Title = "Import applications";
        Breadcrumbs = [new Crumb("Programme rounds", "/programmes"), new Crumb(round.Name, $"/programmes/rounds/{round.Id}")];
        return true;
    }
}

using GoldenThread.Data;
using GoldenThread.Data.Access;
using GoldenThread.Diversity;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Diversity;

/// <summary>
/// A person gives, changes or withdraws their own diversity information. Only they ever see their answers; nothing is
/// kept without the consent box ticked, and withdrawing deletes the answers.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class MineModel(GoldenThreadDbContext db, ICurrentActor actor, TimeProvider time) : GoldenThreadPage
{
    [BindProperty] public bool Consent { get; set; }
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];

    /// <summary>The signed-in person's name, or null when their account is not linked to anyone in this system's register.</summary>
    public string? PersonName { get; private set; }
    public bool HasRecord { get; private set; }
    public string? Done { get; private set; }

    private Guid systemId;
    private Guid? personId;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        if (personId is { } id && await db.DiversityRecords.AsNoTracking().SingleOrDefaultAsync(d => d.PersonId == id, cancellationToken) is { } record)
        {
            Consent = true;
            Answers = DiversityVocabulary.Default.Categories.ToDictionary(c => c.Code, c => record.Answer(c.Code));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        if (personId is not { } id) return Page();
        foreach (var category in DiversityVocabulary.Default.Categories)
            if (!category.Allows(Answer(category.Code)))
                this.AddError($"Answers[{category.Code}]", $"Select your answer about {category.Label.ToLowerInvariant()} from the list");
        if (!Consent) this.AddError(nameof(Consent), "Confirm that you agree to GoldenThread keeping this information, or leave this page");
        if (!ModelState.IsValid) return Page();

        var record = await db.DiversityRecords.SingleOrDefaultAsync(d => d.PersonId == id, cancellationToken);
        if (record is null) db.DiversityRecords.Add(record = new DiversityRecord { PersonId = id, SystemId = systemId });
        record.ConsentGivenAt = time.GetUtcNow();
        (record.Ethnicity, record.Sex, record.Disability, record.AgeBand) = (Answer("ethnicity"), Answer("sex"), Answer("disability"), Answer("ageBand"));
        await db.SaveChangesAsync(cancellationToken);
        (HasRecord, Done) = (true, "Your diversity information is saved");
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        if (personId is { } id && await db.DiversityRecords.SingleOrDefaultAsync(d => d.PersonId == id, cancellationToken) is { } record)
        {
            db.DiversityRecords.Remove(record);
            await db.SaveChangesAsync(cancellationToken);
        }
        (Consent, Answers, HasRecord, Done) = (false, [], false, "Your diversity information is deleted");
        ModelState.Clear();
        return Page();
    }

    /// <summary>A form post naming no handler this page has.</summary>
    public IActionResult OnPost() => NotFound();

    public string? Answer(string category) => Answers.GetValueOrDefault(category) is { Length: > 0 } answer ? answer : null;

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Your diversity information", cancellationToken) is not { } system) return false;
        systemId = system.Id;
        var linked = await db.Users.AsNoTracking().Where(a => a.Id == actor.AccountId).Select(a => a.PersonId).SingleOrDefaultAsync(cancellationToken);
        var person = linked is { } id
            ? await db.People.AsNoTracking().Where(p => p.Id == id && p.SystemId == system.Id).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken)
            : null;
        (personId, PersonName) = (person?.Id, person?.Name);
        HasRecord = person is not null && await db.DiversityRecords.AnyAsync(d => d.PersonId == person.Id, cancellationToken);
        return true;
    }
}

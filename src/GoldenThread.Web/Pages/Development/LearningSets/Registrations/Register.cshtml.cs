using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Registrations;

/// <summary>
/// Registers the signed-in professional alone for a learning set, or withdraws them, while the registration is open:
/// showing what of their register record the formation will use. Someone whose account is no one of the system's
/// register, or whose record has no organisation (so no sector), is told why they cannot.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class RegisterModel(GoldenThreadDbContext db, TimeProvider time) : RegistrationPage(db, time)
{
    /// <summary>What the formation will read of the person: their register record now.</summary>
    public sealed record Record(Guid PersonId, string Name, string? Organisation, string? Sector, string Profession, string Seniority);

    public LearningSetRegistration Registration { get; private set; } = null!;
    /// <summary>The signed-in account's register person of this system; null when it has none.</summary>
    public Record? Me { get; private set; }
    public bool Registered { get; private set; }
    /// <summary>Once the sets are created: the person's registration as the formation placed it (its set, or none).</summary>
    public LearningSetRegistrant? Placed { get; private set; }
    public string? SetName { get; private set; }
    public bool Open => Registration.TakesPart(Today);
    /// <summary>Whether the person may register or withdraw now: linked, with an organisation, the registration open.</summary>
    public bool MayAnswer => Me is { Organisation: not null } && Open;

    public async Task<IActionResult> OnGetAsync(string code, Guid registrationId, CancellationToken cancellationToken) =>
        await EnterRegistrationAsync(code, registrationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid registrationId, CancellationToken cancellationToken)
    {
        if (!await EnterRegistrationAsync(code, registrationId, cancellationToken)) return NotFound();
        if (!MayAnswer || Registered) return Page();
        Db.LearningSetRegistrants.Add(new LearningSetRegistrant
        {
            SystemId = SystemId, RegistrationId = Registration.Id, PersonId = Me!.PersonId, RegisteredAt = Time.GetUtcNow(),
        });
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the other request saved first (one registration a person).
            Db.ChangeTracker.Clear();
        }
        Done = $"You are registered for {Registration.Title}. You will see your set here once the leadership team has formed the sets";
        return Redirect($"{SetsHref}#register");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string code, Guid registrationId, CancellationToken cancellationToken)
    {
        if (!await EnterRegistrationAsync(code, registrationId, cancellationToken)) return NotFound();
        if (Me is not null && Open
            && await Db.LearningSetRegistrants.SingleOrDefaultAsync(r => r.RegistrationId == Registration.Id && r.PersonId == Me.PersonId, cancellationToken) is { } mine)
        {
            Db.LearningSetRegistrants.Remove(mine);
            await Db.SaveChangesAsync(cancellationToken);
            Done = $"You have withdrawn from {Registration.Title}";
        }
        return Redirect($"{SetsHref}#register");
    }

    /// <summary>False when the system or registration does not exist.</summary>
    private async Task<bool> EnterRegistrationAsync(string code, Guid registrationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Register for a learning set", cancellationToken)
            || await RegistrationAsync(registrationId, tracked: false, cancellationToken) is not { } registration) return false;
        Registration = registration;
        var person = User.PersonId();
        Me = await Db.People.AsNoTracking().Where(p => p.SystemId == SystemId && p.Id == person)
            .Select(p => new Record(p.Id, p.Name, Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Sector).FirstOrDefault(), p.Profession, p.Seniority))
            .SingleOrDefaultAsync(cancellationToken);
        var mine = Me is null ? null
            : await Db.LearningSetRegistrants.AsNoTracking().SingleOrDefaultAsync(r => r.RegistrationId == registration.Id && r.PersonId == Me.PersonId, cancellationToken);
        Registered = mine is not null;
        if (registration.Status == LearningSetRegistrationStatus.Formed && mine is not null)
        {
            Placed = mine;
            SetName = await Db.LearningSets.AsNoTracking().Where(s => s.Id == mine.LearningSetId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        }
        return true;
    }
}

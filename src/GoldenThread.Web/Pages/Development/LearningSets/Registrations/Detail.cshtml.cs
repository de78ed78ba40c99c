using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Registrations;

/// <summary>
/// A learning-set registration for the leadership team: while open, who has registered and as what; then close it and
/// form sets (<see cref="LearningSetFormer"/>), read each proposed set's members, score and what it is made of, how far
/// the formation got and who could not be placed and why, form them again, name them and create them as learning sets.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DetailModel(GoldenThreadDbContext db, TimeProvider time) : RegistrationPage(db, time)
{
    public sealed record Member(Guid PersonId, string Name, string? Organisation, string? Sector, string? Profession, string? Seniority);
    public sealed record ProposedSet(int Number, IReadOnlyList<Member> Members, SetComposition Composition, Guid? LearningSetId, string? Name);
    public sealed record Unplaced(Member Person, string Why);

    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<string?> Names { get; set; } = [];

    public LearningSetRegistration Registration { get; private set; } = null!;
    /// <summary>Everyone registered, first registered first; while open, as the register has them now.</summary>
    public IReadOnlyList<Member> Registrants { get; private set; } = [];
    public IReadOnlyList<ProposedSet> Sets { get; private set; } = [];
    public IReadOnlyList<Unplaced> NotPlaced { get; private set; } = [];
    /// <summary>How far the formation got, in words; null while open.</summary>
    public string? Outcome { get; private set; }
    public int TotalScore => Sets.Sum(s => s.Composition.Score);
    public string Href => $"{RegistrationsHref}/{Registration.Id}";

    public async Task<IActionResult> OnGetAsync(string code, Guid registrationId, CancellationToken cancellationToken) =>
        await LoadAsync(code, registrationId, cancellationToken) ? Page() : NotFound();

    /// <summary>Closes the registration and proposes sets; forming again (a proposed one) proposes them afresh from the register as it is now.</summary>
    public async Task<IActionResult> OnPostFormAsync(string code, Guid registrationId, CancellationToken cancellationToken)
    {
        if (!await EnterRegistrationAsync(code, cancellationToken) || await RegistrationAsync(registrationId, tracked: true, cancellationToken) is not { } registration)
            return NotFound();
        var again = registration.Status == LearningSetRegistrationStatus.Proposed;
        var (min, max, sizeErrors) = ReadSizes();
        if (sizeErrors.Count > 0)
        {
            Db.ChangeTracker.Clear();
            if (!await LoadAsync(code, registrationId, cancellationToken, entered: true)) return NotFound();
            this.AddErrors(sizeErrors, ["minSize", "maxSize"]);
            return Page();
        }
        if (registration.Status != LearningSetRegistrationStatus.Formed) (registration.MinSize, registration.MaxSize) = (min!.Value, max!.Value);
        var result = await LearningSetRegistrationStore.ProposeAsync(Db, registration, Code, Time.GetUtcNow(), cancellationToken);
        if (result is null) return Redirect($"{RegistrationsHref}/{registrationId}");
        if (!await Db.SaveIfUnchangedAsync(registration, Version, cancellationToken)) return await StaleAsync(code, registrationId, cancellationToken);
        Done = $"{(again ? "Formed again from the register as it is now" : $"{registration.Title} is closed")}: {Prose.Count(result.Sets.Count, "set")} proposed, "
            + $"with a total score of {result.TotalScore}. Review them, then create them";
        return Redirect($"{RegistrationsHref}/{registrationId}#sets");
    }

    /// <summary>Creates the proposed sets as learning sets, each with the name given for it.</summary>
    public async Task<IActionResult> OnPostCreateAsync(string code, Guid registrationId, CancellationToken cancellationToken)
    {
        if (!await EnterRegistrationAsync(code, cancellationToken) || await RegistrationAsync(registrationId, tracked: true, cancellationToken) is not { } registration)
            return NotFound();
        if (registration.Status != LearningSetRegistrationStatus.Proposed) return Redirect($"{RegistrationsHref}/{registrationId}");
        var registrants = await Db.LearningSetRegistrants.Where(r => r.RegistrationId == registrationId).ToListAsync(cancellationToken);
        var numbers = registrants.Select(r => r.SetNumber).OfType<int>().ToList();
        // People removed from the register since forming may have emptied a set or left one too small: form again first.
        var changed = LearningSetRegistrationRules.CheckProposalStands(numbers, registration.MinSize);
        var errors = changed is null ? LearningSetRegistrationRules.CheckSetNames(Names, numbers.Distinct().Count()) : [];
        if (changed is not null || errors.Count > 0)
        {
            Db.ChangeTracker.Clear();
            if (!await LoadAsync(code, registrationId, cancellationToken, entered: true)) return NotFound();
            if (changed is not null) this.AddError("", changed);
            else this.AddErrors(errors, ["names"]);
            return Page();
        }
        var ids = registrants.Select(r => r.PersonId).ToList();
        var people = await Db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var formed = LearningSetFormation.Form(registration, [.. registrants.Where(r => people.ContainsKey(r.PersonId))], people,
            [.. Names.Select(n => n ?? "")], Today, Time.GetUtcNow());
        Db.AddRange(formed.SelectMany(f => f.Rows));
        if (!await Db.SaveIfUnchangedAsync(registration, Version, cancellationToken)) return await StaleAsync(code, registrationId, cancellationToken);
        Done = $"{Prose.Count(formed.Count, "learning set")} created. Choose each set's facilitator, who then plans its sessions";
        return Redirect($"{RegistrationsHref}/{registrationId}#sets");
    }

    private async Task<IActionResult> StaleAsync(string code, Guid registrationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, registrationId, cancellationToken, entered: true)) return NotFound();
        this.AddError("", string.Format(Versions.StaleMessage, "registration"));
        return Page();
    }

    private async Task<bool> EnterRegistrationAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Learning set registration", cancellationToken)) return false;
        Within("Registrations", RegistrationsHref);
        return true;
    }

    private async Task<bool> LoadAsync(string code, Guid registrationId, CancellationToken cancellationToken, bool entered = false)
    {
        if (!entered && !await EnterRegistrationAsync(code, cancellationToken)) return false;
        if (await RegistrationAsync(registrationId, tracked: false, cancellationToken) is not { } registration) return false;
        (Registration, Version, Title) = (registration, registration.Version, registration.Title);
        if (MinSize is null && MaxSize is null) (MinSize, MaxSize) = ($"{registration.MinSize}", $"{registration.MaxSize}");
        var registered = await LearningSetRegistrationStore.RegisteredAsync(Db, registrationId, tracked: false, cancellationToken);
        if (registration.Status == LearningSetRegistrationStatus.Open)
        {
            Registrants = [.. registered.Select(r => new Member(r.Row.PersonId, r.Name, r.Organisation, r.Sector, r.Profession, r.Seniority))];
            return true;
        }
        Registrants = [.. registered.Select(r => new Member(r.Row.PersonId, r.Name, r.Row.Organisation, r.Row.Sector, r.Row.Profession, r.Row.Seniority))];
        var setNames = await Db.LearningSets.AsNoTracking().Where(s => s.RegistrationId == registrationId).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var weights = LearningSetRegistrationStore.Former.Weights;
        Sets = [.. registered.Where(r => r.Row.SetNumber is not null).GroupBy(r => r.Row.SetNumber!.Value).OrderBy(g => g.Key)
            .Select(g => new ProposedSet(g.Key,
                [.. g.Select(r => new Member(r.Row.PersonId, r.Name, r.Row.Organisation, r.Row.Sector, r.Row.Profession, r.Row.Seniority)).OrderBy(m => m.Name)],
                LearningSetRegistrationRules.Composition([.. g.Select(r => LearningSetRegistrationStore.Candidate(r.Row, r.Name, Code))], weights),
                g.First().Row.LearningSetId, g.First().Row.LearningSetId is { } set ? setNames.GetValueOrDefault(set) : null))];
        var formable = registered.Count(r => r.Row.Sector is not null);
        var (min, max) = (registration.MinSize, registration.MaxSize);
        NotPlaced = [.. registered.Where(r => r.Row.SetNumber is null).Select(r => new Unplaced(
            new Member(r.Row.PersonId, r.Name, r.Row.Organisation, r.Row.Sector, r.Row.Profession, r.Row.Seniority),
            r.Row.Sector is null ? "The register gives them no organisation, so no sector to form a set with"
                : LearningSetRegistrationRules.WhyNotAllPlaced(formable, min, max) is { } why ? Capital(why) : "Not placed"))];
        if (Names.Count == 0) Names = [.. Sets.Select(s => (string?)LearningSetFormation.DefaultName(registration.Title, s.Number))];
        Outcome = LearningSetRegistrationRules.Account(registration.Outcome ?? FormationStatus.Infeasible, TotalScore, registration.Bound ?? TotalScore,
            formable, min, max);
        return true;
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

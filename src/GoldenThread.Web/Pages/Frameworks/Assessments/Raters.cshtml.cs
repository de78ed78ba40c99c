using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>
/// Invites raters from the system's register while the assessment is open: find people by name, profession, sector or
/// place and tick them; the mix of those invited (by profession, sector and place, and lay members) shows whether the
/// voices are broad, and which of them can rate, having an account linked to their register person.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class RatersModel(GoldenThreadDbContext db, TimeProvider time) : AssessmentPage(db, time)
{
    /// <summary>The most people the invite list shows at once; a narrower search finds the rest.</summary>
    public const int Shown = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Profession { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Place { get; set; }
    [BindProperty] public List<Guid> PersonIds { get; set; } = [];

    public sealed record Invited(Guid RaterId, Guid PersonId, string Name, string Profession, string? Organisation, string? Sector,
        string? Place, bool Lay, bool CanRate, int Ratings);

    public sealed record Candidate(Guid Id, string Name, string Profession, string? Organisation);

    /// <summary>How many invited people fall in each group of one kind, most first.</summary>
    public sealed record Mix(string Kind, IReadOnlyList<(string Group, int Count)> Groups);

    public IReadOnlyList<Invited> Raters { get; private set; } = [];
    public IReadOnlyList<Mix> Mixes { get; private set; } = [];
    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];
    public int Matching { get; private set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public static IReadOnlyList<Choice> Professions => Labels.Professions;
    public static IReadOnlyList<Choice> Sectors => Labels.Sectors;

    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, assessmentId, cancellationToken)) return NotFound();
        ModelState.Clear(); // an odd filter value shows everyone rather than an error
        return Page();
    }

    /// <summary>A form post naming no handler this page has.</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostInviteAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, assessmentId, cancellationToken)) return NotFound();
        if (Assessment.State != AssessmentState.Open)
        {
            this.AddError("", "Rating has closed for this assessment, so no one more can be invited");
            return Page();
        }
        var chosen = PersonIds.Distinct().ToList();
        var invited = Raters.Select(r => r.PersonId).ToHashSet();
        var people = await Db.People.AsNoTracking().Where(p => p.SystemId == SystemId && chosen.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var toInvite = people.Where(p => !invited.Contains(p.Id)).ToList();
        if (chosen.Count == 0 || people.Count < chosen.Count || toInvite.Count == 0)
        {
            this.AddError(nameof(PersonIds), chosen.Count == 0 || people.Count < chosen.Count
                ? "Select at least one person of this system to invite" : "Everyone you selected is already invited");
            return Page();
        }
        var now = Time.GetUtcNow();
        Db.AssessmentRaters.AddRange(toInvite.Select(p => new AssessmentRater { SystemId = SystemId, AssessmentId = Assessment.Id, PersonId = p.Id, InvitedAt = now }));
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // someone else invited one of them meanwhile
            Db.ChangeTracker.Clear();
            await LoadAsync(code, assessmentId, cancellationToken);
            this.AddError(nameof(PersonIds), "Someone else invited some of these people while you were choosing. Check the list and invite again");
            return Page();
        }
        TempData["Done"] = toInvite.Count == 1 ? $"{toInvite[0].Name} is invited to rate" : $"{toInvite.Count} people are invited to rate";
        return Redirect(Request.Path + Request.QueryString);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, Guid assessmentId, Guid raterId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, assessmentId, cancellationToken)) return NotFound();
        var rater = await Db.AssessmentRaters.SingleOrDefaultAsync(r => r.AssessmentId == Assessment.Id && r.Id == raterId, cancellationToken);
        if (rater is null) return NotFound();
        var name = Raters.Single(r => r.RaterId == raterId).Name;
        if (Assessment.State != AssessmentState.Open)
        {
            this.AddError("", $"Rating has closed, so invitations no longer change: {name} stays invited");
            return Page();
        }
        if (await Db.CriterionRatings.AnyAsync(c => c.RaterId == raterId, cancellationToken))
        {
            this.AddError("", $"{name} has rated criteria of this assessment, so their invitation stays");
            return Page();
        }
        Db.AssessmentRaters.Remove(rater);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{name} is no longer invited to rate";
        return Redirect(Request.Path + Request.QueryString);
    }

    private async Task<bool> LoadAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, "Raters", linkToOverview: true, cancellationToken)) return false;
        Places = await RegisterChoices.PlacesAsync(Db, SystemId, cancellationToken);
        var placeNames = Places.ToDictionary(p => Guid.Parse(p.Value), p => p.Text);
        var rows = await Db.AssessmentRaters.AsNoTracking().Where(r => r.AssessmentId == assessmentId)
            .Join(Db.People, r => r.PersonId, p => p.Id, (r, p) => new
            {
                RaterId = r.Id, PersonId = p.Id, p.Name, p.Profession, p.Lay,
                Organisation = Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => new { o.Name, o.Sector, o.PlaceId }).FirstOrDefault(),
                CanRate = Db.Users.Any(u => u.PersonId == p.Id),
                Ratings = Db.CriterionRatings.Count(c => c.RaterId == r.Id),
            })
            .ToListAsync(cancellationToken);
        Raters = [.. rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.RaterId).Select(r => new Invited(
            r.RaterId, r.PersonId, r.Name, r.Profession, r.Organisation?.Name, r.Organisation?.Sector,
            r.Organisation is null ? null : r.Organisation.PlaceId is { } place && placeNames.TryGetValue(place, out var placeName) ? placeName : "System-wide",
            r.Lay, r.CanRate, r.Ratings))];
        Mixes = MixOf(Raters);
        await FindCandidatesAsync(cancellationToken);
        return true;
    }

    /// <summary>The invited people by profession, by their employer's sector and place, and how many are lay members.</summary>
    public static IReadOnlyList<Mix> MixOf(IReadOnlyList<Invited> raters)
    {
        static IReadOnlyList<(string, int)> Count(IEnumerable<string> groups) =>
            [.. groups.GroupBy(g => g).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)];
        return
        [
            new("Profession", Count(raters.Select(r => Labels.Profession(r.Profession)))),
            new("Sector", Count(raters.Select(r => r.Sector is null ? "No employer recorded" : Labels.Sector(r.Sector)))),
            new("Place", Count(raters.Select(r => r.Place ?? "No employer recorded"))),
            new("Lay members", Count(raters.Select(r => r.Lay ? "Lay members" : "Professionals"))),
        ];
    }

    private async Task FindCandidatesAsync(CancellationToken cancellationToken)
    {
        var search = Q?.Trim().ToLowerInvariant();
        var invited = Db.AssessmentRaters.Where(r => r.AssessmentId == Assessment.Id).Select(r => r.PersonId);
        var query = Db.People.AsNoTracking().Where(p => p.SystemId == SystemId && !invited.Contains(p.Id))
            .Where(p => string.IsNullOrEmpty(search) || p.Name.ToLower().Contains(search) || (p.Email != null && p.Email.ToLower().Contains(search)))
            .Where(p => Profession == null || p.Profession == Profession)
            .Where(p => Place == null || Db.Organisations.Any(o => o.Id == p.OrganisationId && o.PlaceId == Place))
            .Where(p => Sector == null || Db.Organisations.Any(o => o.Id == p.OrganisationId && o.Sector == Sector));
        Matching = await query.CountAsync(cancellationToken);
        Candidates = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(Shown)
            .Select(p => new Candidate(p.Id, p.Name, p.Profession, Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}

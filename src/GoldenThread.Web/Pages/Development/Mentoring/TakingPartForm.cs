using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring;

/// <summary>
/// The form shared by offering to mentor and asking for a mentor in a round: the professions and settings, up to
/// <see cref="AvoidChoices"/> people to avoid, and withdrawing. Open to any member of the system whose account is linked
/// to a register person, while the round takes part (<see cref="MentoringRound.TakesPart"/>).
/// </summary>
public abstract class TakingPartForm(GoldenThreadDbContext db, TimeProvider time) : MentoringPage(db, time)
{
    public const int AvoidChoices = 3;

    [BindProperty] public List<string> Professions { get; set; } = [];
    [BindProperty] public List<string> Settings { get; set; } = [];
    [BindProperty] public List<string?> Avoid { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    public MentoringRound Round { get; private set; } = null!;
    /// <summary>The register person of the signed-in account, when it is one of this system's.</summary>
    public Guid? Me { get; private set; }
    public bool Open => Me is not null && Round.TakesPart(Today);
    /// <summary>Whether the person already has an offer or request (as the page asks) in the round.</summary>
    public bool Exists { get; protected set; }
    public IReadOnlyList<Choice> People { get; private set; } = [];
    public static IReadOnlyList<Choice> ProfessionChoices => Labels.Professions;
    public static IReadOnlyList<Choice> SettingChoices => Labels.Choices(Vocabularies.Default.Settings);

    /// <summary>False when the system or round does not exist.</summary>
    protected async Task<bool> EnterRoundAsync(string code, Guid mentoringRoundId, string title, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, title, cancellationToken) || await RoundAsync(mentoringRoundId, tracked: false, cancellationToken) is not { } round) return false;
        Round = round;
        var person = User.PersonId();
        Me = person is { } id && await Db.People.AnyAsync(p => p.SystemId == SystemId && p.Id == id, cancellationToken) ? person : null;
        People = [.. (await RegisterChoices.PeopleAsync(Db, SystemId, cancellationToken)).Where(p => p.Value != Me?.ToString())];
        return true;
    }

    /// <summary>The people chosen to avoid, each once; an id that is not one becomes the empty id, which no one has.</summary>
    protected IReadOnlyList<Guid> AvoidIds =>
        [.. Avoid.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => Guid.TryParse(a, out var id) ? id : Guid.Empty).Distinct()];

    protected async Task<IReadOnlySet<Guid>> RegisterAsync(CancellationToken cancellationToken) =>
        (await Db.People.Where(p => p.SystemId == SystemId).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Puts the rules' errors beside their fields; the avoid error beside the first choice.</summary>
    protected void ShowErrors(IEnumerable<FieldError> errors, string[] fieldOrder) =>
        this.AddErrors(errors.Select(e => e.Field == "avoid" ? e with { Field = "avoid[0]" } : e), fieldOrder);

    protected void Fill(List<string> professions, List<string> settings, List<Guid> avoid, int version)
    {
        (Professions, Settings, Version, Exists) = ([.. professions], [.. settings], version, true);
        Avoid = [.. avoid.Select(a => (string?)a.ToString())];
    }

    /// <summary>The choice of the n-th avoid select, as the form sent it or as saved.</summary>
    public string? AvoidAt(int n) => n < Avoid.Count ? Avoid[n] : null;

    /// <summary>Saves a new row, or a change to <paramref name="row"/> made from <see cref="Version"/>, then goes to the mentoring page.</summary>
    protected async Task<IActionResult> SaveAsync<T>(T row, bool added, string done, CancellationToken cancellationToken) where T : class, IVersioned
    {
        if (added)
        {
            Db.Add(row);
            try
            {
                await Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same form sent twice at once: the other request saved first (one offer and one request a person a round).
                Db.ChangeTracker.Clear();
                this.AddError("", "You have already answered in this round. Go back to mentoring to see or change your answer");
                return Page();
            }
        }
        else if (!await Db.SaveIfUnchangedAsync(row, Version, cancellationToken))
        {
            this.AddError("", string.Format(Versions.StaleMessage, "answer"));
            return Page();
        }
        Done = done;
        return Redirect(MentoringHref);
    }

    /// <summary>Deletes the person's offer or request, if they have one and the round still takes part, then goes to the mentoring page.</summary>
    protected async Task<IActionResult> WithdrawAsync<T>(T? row, string done, CancellationToken cancellationToken) where T : class
    {
        if (row is not null && Open)
        {
            Db.Remove(row);
            await Db.SaveChangesAsync(cancellationToken);
            Done = done;
        }
        return Redirect(MentoringHref);
    }
}

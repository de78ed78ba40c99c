using System.Globalization;
using System.Text.RegularExpressions;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Programmes;

/// <summary>A system the round form offers, with the priority areas of its record and, when the round has it, the round's copy.</summary>
public sealed record SystemOption(string Code, string Name, string Region, IReadOnlyList<string> RecordAreas, IReadOnlyList<string>? RoundAreas)
{
    /// <summary>The round holds priority areas the system's record no longer says.</summary>
    public bool Differs => RoundAreas is not null && !RoundAreas.SequenceEqual(RecordAreas);
}

/// <summary>A round's details and rules as the form gives them, once every field has been read and checked.</summary>
public sealed record RoundValues(string Name, string Code, string? Description, DateOnly OpensOn, DateOnly ClosesOn,
    int MinTeamSize, int MaxTeamsPerSystem, int PeoplePerSystem, decimal MinDaysPerMonth, int ReviewersPerApplication,
    List<RoundSystem> Systems)
{
    public void ApplyTo(ProgrammeRound round)
    {
        (round.Name, round.Description, round.OpensOn, round.ClosesOn) = (Name, Description, OpensOn, ClosesOn);
        (round.MinTeamSize, round.MaxTeamsPerSystem, round.PeoplePerSystem) = (MinTeamSize, MaxTeamsPerSystem, PeoplePerSystem);
        (round.MinDaysPerMonth, round.ReviewersPerApplication, round.Systems) = (MinDaysPerMonth, ReviewersPerApplication, Systems);
    }
}

/// <summary>
/// The form of a round, shared by opening one and changing its settings: name, code, description, dates, the
/// numbers of reference/eligibility-criteria.md and the systems that may apply, whose priority areas are copied from
/// their records (and refreshed from them only when asked).
/// </summary>
public abstract partial class RoundForm(GoldenThreadDbContext db) : RoundPage
{
    public const int MostReviewersPerApplication = 10;
    private static readonly string[] FieldOrder =
        ["name", "code", "description", "opensOn", "closesOn", "minTeamSize", "maxTeamsPerSystem", "peoplePerSystem", "minDaysPerMonth",
         "reviewersPerApplication", "systems"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateParts OpensOn { get; set; } = new();
    [BindProperty] public DateParts ClosesOn { get; set; } = new();
    /// <summary>The numbers are text, so that "six" is our error in our words.</summary>
    [BindProperty] public string? MinTeamSize { get; set; }
    [BindProperty] public string? MaxTeamsPerSystem { get; set; }
    [BindProperty] public string? PeoplePerSystem { get; set; }
    [BindProperty] public string? MinDaysPerMonth { get; set; }
    [BindProperty] public string? ReviewersPerApplication { get; set; }
    /// <summary>The codes of the systems that may apply.</summary>
    [BindProperty] public List<string> Systems { get; set; } = [];
    /// <summary>The systems whose priority areas are taken afresh from their record.</summary>
    [BindProperty] public List<string> Refresh { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    /// <summary>The round being changed, whose systems keep the priority areas they were copied with; null when opening one.</summary>
    protected ProgrammeRound? Editing { get; set; }
    private IReadOnlyList<IntegratedCareSystem> records = [];

    public IReadOnlyList<SystemOption> SystemOptions =>
        [.. records.Select(s => new SystemOption(s.Code, s.Name, s.Region, s.PriorityAreas, Editing?.Systems.FirstOrDefault(r => r.Code == s.Code)?.PriorityAreas))];
    /// <summary>Whether the code can be given: only when the round is opened, since files and applications name it.</summary>
    public virtual bool CodeEditable => true;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex CodePattern();

    /// <summary>The systems in the store that the form offers.</summary>
    protected async Task LoadSystemsAsync(CancellationToken cancellationToken) =>
        records = await db.Systems.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    protected void Fill(ProgrammeRound round)
    {
        (Name, Code, Description, Version) = (round.Name, round.Code, round.Description, round.Version);
        (OpensOn, ClosesOn) = (DateParts.From(round.OpensOn), DateParts.From(round.ClosesOn));
        MinTeamSize = round.MinTeamSize.ToString(CultureInfo.InvariantCulture);
        MaxTeamsPerSystem = round.MaxTeamsPerSystem.ToString(CultureInfo.InvariantCulture);
        PeoplePerSystem = round.PeoplePerSystem.ToString(CultureInfo.InvariantCulture);
        MinDaysPerMonth = round.MinDaysPerMonth.ToString("0.##", CultureInfo.InvariantCulture);
        ReviewersPerApplication = round.ReviewersPerApplication.ToString(CultureInfo.InvariantCulture);
        (Systems, Refresh) = ([.. round.Systems.Select(s => s.Code)], []);
    }

    /// <summary>
    /// Reads and checks the form, putting each problem beside its field; null when there are any. The systems of the
    /// round being changed keep the priority areas it holds unless refreshed, and <paramref name="systemsApplied"/>,
    /// those with applications in it, cannot leave it.
    /// </summary>
    protected async Task<RoundValues?> CheckAsync(IReadOnlyCollection<string> systemsApplied, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0) errors.Add(new("name", "Enter the round's name"));
        else if (name.Length > ProgrammeRound.NameLength) errors.Add(new("name", $"Name must be {ProgrammeRound.NameLength} characters or fewer"));
        var code = CodeEditable ? Code?.Trim() ?? "" : Editing!.Code;
        if (CodeEditable) await CheckCodeAsync(code, errors, cancellationToken);
        var description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        if (description?.Length > ProgrammeRound.DescriptionLength)
            errors.Add(new("description", $"Description must be {ProgrammeRound.DescriptionLength:N0} characters or fewer"));
        var opens = OpensOn.Read("opening date", required: true);
        var closes = ClosesOn.Read("closing date", required: true);
        if (opens.Error is not null) errors.Add(new("opensOn", opens.Error));
        if (closes.Error is not null) errors.Add(new("closesOn", closes.Error));
        else if (opens.Date is { } o && closes.Date < o)
            errors.Add(new("closesOn", $"Closing date must be the same as or after the opening date, {UkTime.Day(o)}"));

        var minTeamSize = FormNumbers.Whole(MinTeamSize, "minTeamSize", "Minimum team size", "6", errors);
        var maxTeams = FormNumbers.Whole(MaxTeamsPerSystem, "maxTeamsPerSystem", "Teams per system", "5", errors);
        var people = FormNumbers.Whole(PeoplePerSystem, "peoplePerSystem", "People per system", "40", errors);
        var days = Days(errors);
        var reviewers = FormNumbers.Whole(ReviewersPerApplication, "reviewersPerApplication", "Reviewers per application", "2", errors);
        if (reviewers is < 1 or > MostReviewersPerApplication)
            errors.Add(new("reviewersPerApplication", $"Reviewers per application must be between 1 and {MostReviewersPerApplication}"));

        var systems = ChosenSystems(systemsApplied, errors);
        var settings = new ProgrammeSettings
        {
            Id = code, MinTeamSize = minTeamSize ?? ProgrammeSettings.DefaultMinTeamSize, MaxTeamsPerSystem = maxTeams ?? ProgrammeSettings.DefaultMaxTeamsPerSystem,
            PeoplePerSystem = people ?? ProgrammeSettings.DefaultPeoplePerSystem, MinDaysPerMonth = days ?? ProgrammeSettings.DefaultMinDaysPerMonth,
            Systems = [.. systems.Select(s => new SystemPriorities(s.Code, s.PriorityAreas))],
        };
        // The settings' own rules (a number not given is checked as its default, so refused once); the code is checked above.
        errors.AddRange(settings.Problems().Where(p => p.Field != "id")
            .Select(p => new FieldError(p.Field.StartsWith("systems", StringComparison.Ordinal) ? "systems" : p.Field, p.Message)));
        this.AddErrors(errors, FieldOrder);
        return errors.Count > 0 ? null : new RoundValues(name, code, description, opens.Date!.Value, closes.Date!.Value,
            minTeamSize!.Value, maxTeams!.Value, people!.Value, days!.Value, reviewers!.Value, systems);
    }

    private async Task CheckCodeAsync(string code, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (code.Length == 0) errors.Add(new("code", "Enter the round's code, like 2027-spring"));
        else if (code.Length > ProgrammeRound.CodeLength) errors.Add(new("code", $"Code must be {ProgrammeRound.CodeLength} characters or fewer"));
        else if (!CodePattern().IsMatch(code)) errors.Add(new("code", "Code must be letters, numbers and hyphens only, like 2027-spring"));
        else if (await db.ProgrammeRounds.AnyAsync(r => r.Code == code, cancellationToken))
            errors.Add(new("code", $"Another round has the code {code}: choose another"));
    }

    private decimal? Days(List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(MinDaysPerMonth)) errors.Add(new("minDaysPerMonth", "Enter the days a month employers release members for, like 1"));
        else if (FormNumbers.TryDecimal(MinDaysPerMonth, out var days)) return days;
        else errors.Add(new("minDaysPerMonth", "Days a month must be a number, like 1 or 0.5"));
        return null;
    }

    private List<RoundSystem> ChosenSystems(IReadOnlyCollection<string> systemsApplied, List<FieldError> errors)
    {
        var chosen = SystemOptions.Where(o => Systems.Contains(o.Code)).ToList();
        if (Systems.Any(code => SystemOptions.All(o => o.Code != code))) errors.Add(new("systems", "Select systems from the list"));
        else if (chosen.Count == 0) errors.Add(new("systems", "Select at least one system that may apply"));
        foreach (var code in systemsApplied.Where(code => !Systems.Contains(code)).Order())
            errors.Add(new("systems", $"{code} cannot leave the round: it has applications in it"));
        return [.. chosen.Select(o => new RoundSystem(o.Code,
            o.RoundAreas is { } kept && !Refresh.Contains(o.Code) ? [.. kept] : [.. o.RecordAreas]))];
    }
}

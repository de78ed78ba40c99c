using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Posts;

/// <summary>One successor row of the post form: a person and how ready they are, both selects so a row can be emptied without JavaScript.</summary>
public sealed class SuccessorRow
{
    public Guid? PersonId { get; set; }
    public string? Readiness { get; set; }
}

/// <summary>The form of a post, shared by adding one and changing one: its holder and its successors too.</summary>
public abstract class PostForm(GoldenThreadDbContext db) : GoldenThreadPage
{
    /// <summary>Empty successor rows the form offers beyond those already named; save and come back for more.</summary>
    public const int SpareSuccessorRows = 2;
    private static readonly string[] FieldOrder =
        ["title", "level", "placeId", "professions", "sessionsPerWeek", "fundedByOrganisationId", "holderPersonId", "holderSince", "openlyAdvertised", "successors"];

    /// <summary>Bound as <c>Title</c>, the name the rules and the API give it; <see cref="GoldenThreadPage.Title"/> is the page's.</summary>
    [BindProperty(Name = "Title")] public string? PostTitle { get; set; }
    [BindProperty] public string? Level { get; set; }
    [BindProperty] public Guid? PlaceId { get; set; }
    [BindProperty] public List<string> Professions { get; set; } = [];
    /// <summary>Text, so that "two" is our error in our words.</summary>
    [BindProperty] public string? SessionsPerWeek { get; set; }
    [BindProperty] public Guid? FundedByOrganisationId { get; set; }
    [BindProperty] public Guid? HolderPersonId { get; set; }
    [BindProperty] public DateParts HolderSince { get; set; } = new();
    [BindProperty] public bool OpenlyAdvertised { get; set; }
    [BindProperty] public List<SuccessorRow> Successors { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];
    public IReadOnlyList<Choice> People { get; private set; } = [];

    public static IReadOnlyList<Choice> Levels => Labels.Choices(Vocabularies.Default.Levels);
    public static IReadOnlyList<Choice> Readiness => [.. Vocabularies.Default.SuccessorReadiness.Select(r => new Choice(r, Labels.Readiness(r)))];

    protected async Task<bool> EnterAsync(string code, string title, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Posts", $"/systems/{Code}/posts")];
        Places = await RegisterChoices.PlacesAsync(db, SystemId, cancellationToken);
        Organisations = await RegisterChoices.OrganisationsAsync(db, SystemId, cancellationToken);
        People = await RegisterChoices.PeopleAsync(db, SystemId, cancellationToken);
        return true;
    }

    /// <summary>The successor rows as the form shows them: those named, then empty ones.</summary>
    public IReadOnlyList<SuccessorRow> SuccessorRows =>
        [.. Successors, .. Enumerable.Range(0, Math.Max(0, Successors.Count(s => s.PersonId is not null) + SpareSuccessorRows - Successors.Count)).Select(_ => new SuccessorRow())];

    protected void Fill(Post post)
    {
        (PostTitle, Level, PlaceId, Professions, FundedByOrganisationId) = (post.Title, post.Level, post.PlaceId, [.. post.Professions], post.FundedByOrganisationId);
        (HolderPersonId, HolderSince, OpenlyAdvertised, Version) = (post.HolderPersonId, DateParts.From(post.HolderSince), post.OpenlyAdvertised, post.Version);
        SessionsPerWeek = post.SessionsPerWeek.ToString("0.#", CultureInfo.InvariantCulture);
        Successors = [.. post.Successors.Select(s => new SuccessorRow { PersonId = s.PersonId, Readiness = s.Readiness })];
    }

    /// <summary>Checks the form, putting each problem beside its field; true when there are none.</summary>
    protected async Task<(bool Valid, DateOnly? HolderSince)> CheckAsync(CancellationToken cancellationToken)
    {
        var since = HolderSince.Read("holder since date");
        var sessionsGiven = FormNumbers.TryDecimal(SessionsPerWeek, out var sessions);
        // Rows with no person are not successors; the rules see only the others, so their indexes are mapped back.
        var named = Successors.Select((row, index) => (row, index)).Where(r => r.row.PersonId is not null).ToList();
        var holderProfession = HolderPersonId is { } holder
            ? await db.People.AsNoTracking().Where(p => p.SystemId == SystemId && p.Id == holder).Select(p => p.Profession).SingleOrDefaultAsync(cancellationToken)
            : null;
        var fields = new PostFields(PostTitle?.Trim(), Level, Professions, sessionsGiven ? sessions : 0, HolderPersonId?.ToString(),
            [.. named.Select(r => new SuccessorFields(r.row.PersonId.ToString(), r.row.Readiness))], holderProfession);
        var errors = RegisterRules.Post(fields, Vocabularies.Default)
            .Select(e => e.Field.StartsWith("successors[", StringComparison.Ordinal) ? Renumber(e, named.Select(n => n.index).ToList()) : e).ToList();
        if (string.IsNullOrWhiteSpace(SessionsPerWeek)) errors.Add(new FieldError("sessionsPerWeek", "Enter the sessions a week, or 0"));
        else if (!sessionsGiven) errors.Add(new FieldError("sessionsPerWeek", "Sessions per week must be a number, like 2 or 0.5"));
        if (PlaceId is { } place && Places.All(p => p.Value != place.ToString())) errors.Add(new FieldError("placeId", "Select a place of this system"));
        if (FundedByOrganisationId is { } funder && Organisations.All(o => o.Value != funder.ToString()))
            errors.Add(new FieldError("fundedByOrganisationId", "Select an organisation of this system"));
        if (HolderPersonId is not null && holderProfession is null) errors.Add(new FieldError("holderPersonId", "Select a person of this system"));
        if (since.Error is not null) errors.Add(new FieldError("holderSince", since.Error));
        else if (since.Date is not null && HolderPersonId is null)
            errors.Add(new FieldError("holderSince", "A vacant post has no holder since date: select the holder, or clear the date"));
        for (var i = 0; i < Successors.Count; i++)
        {
            if (Successors[i].PersonId is { } person && People.All(p => p.Value != person.ToString()))
                errors.Add(new FieldError($"successors[{i}].personId", "Select a person of this system"));
            else if (Successors[i].PersonId is null && Successors[i].Readiness is not null)
                errors.Add(new FieldError($"successors[{i}].personId", $"Select successor {i + 1}, or set their readiness back to “Choose…”"));
        }
        this.AddErrors(errors, FieldOrder);
        return (errors.Count == 0, since.Date);
    }

    private static FieldError Renumber(FieldError error, IReadOnlyList<int> rows)
    {
        var close = error.Field.IndexOf(']');
        var index = int.Parse(error.Field["successors[".Length..close], CultureInfo.InvariantCulture);
        return error with { Field = $"successors[{rows[index]}]{error.Field[(close + 1)..]}" };
    }

    protected void Apply(Post post, DateOnly? holderSince)
    {
        (post.Title, post.Level, post.PlaceId, post.Professions) = (PostTitle!.Trim(), Level!, PlaceId, [.. Professions.Distinct()]);
        post.SessionsPerWeek = decimal.Parse(SessionsPerWeek!, NumberStyles.Number, CultureInfo.InvariantCulture);
        (post.FundedByOrganisationId, post.HolderPersonId, post.HolderSince, post.OpenlyAdvertised) = (FundedByOrganisationId, HolderPersonId, holderSince, OpenlyAdvertised);
        var wanted = Successors.Where(s => s.PersonId is not null).ToDictionary(s => s.PersonId!.Value, s => s.Readiness!);
        post.Successors.RemoveAll(s => !wanted.ContainsKey(s.PersonId));
        foreach (var (person, readiness) in wanted)
        {
            if (post.Successors.Find(s => s.PersonId == person) is { } kept) kept.Readiness = readiness;
            else post.Successors.Add(new PostSuccessor { SystemId = SystemId, PostId = post.Id, PersonId = person, Readiness = readiness });
        }
    }
}

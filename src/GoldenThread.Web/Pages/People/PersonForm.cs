using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.People;

/// <summary>The form of a person's profile, shared by adding a person and changing a profile (their own, or anyone's for the leadership team).</summary>
public abstract class PersonForm(GoldenThreadDbContext db) : GoldenThreadPage
{
    private static readonly string[] FieldOrder = ["name", "email", "profession", "specialty", "setting", "organisationId", "seniority", "fte", "lay"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Profession { get; set; }
    [BindProperty] public string? Specialty { get; set; }
    [BindProperty] public string? Setting { get; set; }
    [BindProperty] public Guid? OrganisationId { get; set; }
    [BindProperty] public string? Seniority { get; set; }
    /// <summary>Text, so that "most" is our error in our words.</summary>
    [BindProperty] public string? Fte { get; set; }
    [BindProperty] public bool Lay { get; set; }
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public static IReadOnlyList<Choice> Professions => Labels.Professions;
    /// <summary>One optgroup per profession: without JavaScript the choice of specialty cannot follow the profession, so the server checks the pair.</summary>
    public static IReadOnlyList<Choice> Specialties =>
        [.. Vocabularies.Default.Professions.SelectMany(p => (p.Specialties ?? []).Select(s => new Choice(s, Labels.Of(s), p.Label)))];
    public static IReadOnlyList<Choice> Settings => Labels.Choices(Vocabularies.Default.Settings);
    public static IReadOnlyList<Choice> Seniorities => Labels.Choices(Vocabularies.Default.Seniority);

    protected async Task<bool> EnterAsync(string code, string title, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("People", $"/systems/{Code}/people")];
        Organisations = await RegisterChoices.OrganisationsAsync(db, SystemId, cancellationToken);
        return true;
    }

    protected void Fill(Person person)
    {
        (Name, Email, Profession, Specialty, Setting, OrganisationId) = (person.Name, person.Email, person.Profession, person.Specialty, person.Setting, person.OrganisationId);
        (Seniority, Fte, Lay, Version) = (person.Seniority, person.Fte.ToString("0.0#", CultureInfo.InvariantCulture), person.Lay, person.Version);
    }

    protected bool Check(out PersonFields fields)
    {
        var fteGiven = FormNumbers.TryDecimal(Fte, out var fte);
        fields = new PersonFields(Name?.Trim(), RegisterRules.Optional(Email), Profession, RegisterRules.Optional(Specialty), Setting, Seniority, fteGiven ? fte : 1m);
        var errors = RegisterRules.Person(fields, Vocabularies.Default).ToList();
        if (string.IsNullOrWhiteSpace(Fte)) errors.Add(new FieldError("fte", "Enter their full-time equivalent, like 1 or 0.6"));
        else if (!fteGiven) errors.Add(new FieldError("fte", "Full-time equivalent must be a number, like 1 or 0.6"));
        if (OrganisationId is { } organisation && Organisations.All(o => o.Value != organisation.ToString()))
            errors.Add(new FieldError("organisationId", "Select an organisation of this system"));
        this.AddErrors(errors, FieldOrder);
        return errors.Count == 0;
    }

    protected void Apply(Person person, PersonFields fields)
    {
        (person.Name, person.Email, person.Profession, person.Specialty) = (fields.Name!, fields.Email, fields.Profession!, fields.Specialty);
        (person.Setting, person.Seniority, person.Fte, person.Lay, person.OrganisationId) = (fields.Setting!, fields.Seniority!, fields.Fte, Lay, OrganisationId);
    }

}

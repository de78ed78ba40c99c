using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies.Members;

/// <summary>The form of one membership period of a body, shared by adding a member and changing or ending a membership.</summary>
public abstract class MembershipForm(GoldenThreadDbContext db) : GoldenThreadPage
{
    private static readonly string[] FieldOrder = ["personId", "role", "capacity", "start", "end", "hoursPerMonth", "fundedByOrganisationId"];

    [BindProperty] public Guid? PersonId { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Capacity { get; set; }
    [BindProperty] public DateParts Start { get; set; } = new();
    [BindProperty] public DateParts End { get; set; } = new();
    /// <summary>Text, so that "eight" is our error in our words.</summary>
    [BindProperty] public string? HoursPerMonth { get; set; }
    [BindProperty] public Guid? FundedByOrganisationId { get; set; }
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public Guid BodyId { get; private set; }
    public string BodyName { get; private set; } = "";
    public IReadOnlyList<Choice> People { get; private set; } = [];
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public static IReadOnlyList<Choice> Roles => Labels.Choices(Vocabularies.Default.MembershipRoles);
    public static IReadOnlyList<Choice> Capacities => Labels.Choices(Vocabularies.Default.Capacities);

    /// <summary>Enters the system and finds the route's body; false when either is not there.</summary>
    protected async Task<bool> EnterAsync(string code, string title, Guid bodyId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId, BodyId) = (system.Code, system.Id, bodyId);
        var name = await db.Bodies.AsNoTracking().Where(b => b.SystemId == SystemId && b.Id == bodyId).Select(b => b.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null) return false;
        BodyName = name;
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Leadership bodies", $"/systems/{Code}/bodies"), new Crumb(name, BodyHref)];
        People = await RegisterChoices.PeopleAsync(db, SystemId, cancellationToken);
        Organisations = await RegisterChoices.OrganisationsAsync(db, SystemId, cancellationToken);
        return true;
    }

    public string BodyHref => $"/systems/{Code}/bodies/{BodyId}";

    protected void Fill(Membership membership)
    {
        (PersonId, Role, Capacity, FundedByOrganisationId, Version) =
            (membership.PersonId, membership.Role, membership.Capacity, membership.FundedByOrganisationId, membership.Version);
        (Start, End) = (DateParts.From(membership.Start), DateParts.From(membership.End));
        HoursPerMonth = membership.HoursPerMonth.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Checks the form, putting each problem beside its field; true when there are none.</summary>
    protected bool Check(out MembershipFields fields)
    {
        var start = Start.Read("start date", required: true);
        var end = End.Read("end date");
        var hoursGiven = FormNumbers.TryDecimal(HoursPerMonth, out var hours);
        fields = new MembershipFields(Role, Capacity, start.Date, end.Date, hoursGiven ? hours : 0);
        var errors = RegisterRules.Membership(fields, Vocabularies.Default)
            .Where(e => !(e.Field == "start" && start.Error is not null)).ToList();
        if (PersonId is not { } person || People.All(p => p.Value != person.ToString())) errors.Add(new FieldError("personId", "Select a person"));
        if (start.Error is not null) errors.Add(new FieldError("start", start.Error));
        if (end.Error is not null) errors.Add(new FieldError("end", end.Error));
        if (string.IsNullOrWhiteSpace(HoursPerMonth)) errors.Add(new FieldError("hoursPerMonth", "Enter the hours a month they give, or 0"));
        else if (!hoursGiven) errors.Add(new FieldError("hoursPerMonth", "Hours per month must be a number, like 8 or 2.5"));
        if (FundedByOrganisationId is { } funder && Organisations.All(o => o.Value != funder.ToString()))
            errors.Add(new FieldError("fundedByOrganisationId", "Select an organisation of this system"));
        this.AddErrors(errors, FieldOrder);
        return errors.Count == 0;
    }

    protected void Apply(Membership membership, MembershipFields fields)
    {
        (membership.PersonId, membership.Role, membership.Capacity) = (PersonId!.Value, fields.Role!, fields.Capacity!);
        (membership.Start, membership.End, membership.HoursPerMonth) = (fields.Start!.Value, fields.End, fields.HoursPerMonth);
        membership.FundedByOrganisationId = FundedByOrganisationId;
    }
}

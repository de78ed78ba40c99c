using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Organisations;

/// <summary>The form of an organisation, shared by adding one and changing one.</summary>
public abstract class OrganisationForm(GoldenThreadDbContext db) : GoldenThreadPage
{
    private static readonly string[] FieldOrder = ["name", "odsCode", "sector", "placeId"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? OdsCode { get; set; }
    [BindProperty] public string? Sector { get; set; }
    [BindProperty] public Guid? PlaceId { get; set; }
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    /// <summary>The organisation being changed; null while adding one.</summary>
    protected Guid? OrganisationId { get; private set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];

    protected async Task<bool> EnterAsync(string code, string title, Guid? organisationId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId, OrganisationId) = (system.Code, system.Id, organisationId);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Organisations", $"/systems/{Code}/organisations")];
        Places = await RegisterChoices.PlacesAsync(db, SystemId, cancellationToken);
        return true;
    }

    protected void Fill(Organisation organisation) =>
        (Name, OdsCode, Sector, PlaceId, Version) = (organisation.Name, organisation.OdsCode, organisation.Sector, organisation.PlaceId, organisation.Version);

    /// <summary>Checks the form, putting each problem beside its field; the organisation's new values when there are none.</summary>
    protected async Task<OrganisationFields?> CheckAsync(CancellationToken cancellationToken)
    {
        var fields = new OrganisationFields(Name?.Trim(), RegisterRules.NormaliseOdsCode(OdsCode), Sector);
        var errors = RegisterRules.Organisation(fields, Vocabularies.Default).ToList();
        if (fields.OdsCode is { } ods && errors.All(e => e.Field != "odsCode"))
        {
            var self = OrganisationId ?? Guid.Empty;
            var other = await db.Organisations.AsNoTracking().Where(o => o.SystemId == SystemId && o.OdsCode == ods && o.Id != self)
                .Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
            if (other is not null) errors.Add(new FieldError("odsCode", $"ODS code {ods} is already used by {other}: each organisation has its own"));
        }
        if (PlaceId is { } place && Places.All(p => p.Value != place.ToString())) errors.Add(new FieldError("placeId", "Select a place of this system"));
        this.AddErrors(errors, FieldOrder);
        return errors.Count == 0 ? fields : null;
    }

    protected void Apply(Organisation organisation, OrganisationFields fields) =>
        (organisation.Name, organisation.OdsCode, organisation.Sector, organisation.PlaceId) = (fields.Name!, fields.OdsCode, fields.Sector!, PlaceId);
}

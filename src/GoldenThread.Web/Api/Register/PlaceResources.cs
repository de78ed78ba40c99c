using System.Linq.Expressions;
using GoldenThread.Data;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api.Register;

public sealed record PlaceView(Guid Id, int Version, string Name, int Population, string LocalAuthorityTier) : IRegisterView;
public sealed record PlaceInput(string? Name, int Population, string? LocalAuthorityTier);

public sealed class PlacesResource : RegisterResource<Place, PlaceInput, PlaceView>
{
    public override string Plural => "places";
    public override string Singular => "place";
    public override Expression<Func<Place, PlaceView>> View => p => new PlaceView(p.Id, p.Version, p.Name, p.Population, p.LocalAuthorityTier);
    public override IQueryable<Place> List(IQueryable<Place> rows, string? search) =>
        rows.Where(p => search == null || p.Name.ToLower().Contains(search.ToLower())).OrderBy(p => p.Name).ThenBy(p => p.Id);

    public override Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, PlaceInput input, Place? existing, CancellationToken cancellationToken) =>
        Task.FromResult(RegisterRules.Place(new PlaceFields(input.Name?.Trim(), input.Population, input.LocalAuthorityTier), Vocabularies.Default));

    public override Place Create(Guid systemId, PlaceInput input) => new() { SystemId = systemId, Name = "", LocalAuthorityTier = "" };

    public override void Apply(Place row, PlaceInput input) =>
        (row.Name, row.Population, row.LocalAuthorityTier) = (input.Name!.Trim(), input.Population, input.LocalAuthorityTier!);
}

public sealed record NeighbourhoodView(Guid Id, int Version, string Name, Guid PlaceId, int Population) : IRegisterView;
public sealed record NeighbourhoodInput(string? Name, Guid? PlaceId, int Population);

public sealed class NeighbourhoodsResource : RegisterResource<Neighbourhood, NeighbourhoodInput, NeighbourhoodView>
{
    public override string Plural => "neighbourhoods";
    public override string Singular => "neighbourhood";
    public override Expression<Func<Neighbourhood, NeighbourhoodView>> View => n => new NeighbourhoodView(n.Id, n.Version, n.Name, n.PlaceId, n.Population);
    public override IQueryable<Neighbourhood> List(IQueryable<Neighbourhood> rows, string? search) =>
        rows.Where(n => search == null || n.Name.ToLower().Contains(search.ToLower())).OrderBy(n => n.Name).ThenBy(n => n.Id);

    public override async Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, NeighbourhoodInput input, Neighbourhood? existing, CancellationToken cancellationToken)
    {
        var errors = RegisterRules.Neighbourhood(new NeighbourhoodFields(input.Name?.Trim(), input.Population)).ToList();
        if (input.PlaceId is null) errors.Add(new FieldError("placeId", "Select the place the neighbourhood is in"));
        else if (!await ExistsAsync<Place>(db, systemId, input.PlaceId, cancellationToken)) errors.Add(new FieldError("placeId", "Select a place of this system"));
        return errors;
    }

    public override Neighbourhood Create(Guid systemId, NeighbourhoodInput input) => new() { SystemId = systemId, Name = "" };

    public override void Apply(Neighbourhood row, NeighbourhoodInput input) =>
        (row.Name, row.PlaceId, row.Population) = (input.Name!.Trim(), input.PlaceId!.Value, input.Population);
}

public sealed record OrganisationView(Guid Id, int Version, string Name, string? OdsCode, string Sector, Guid? PlaceId) : IRegisterView;
public sealed record OrganisationInput(string? Name, string? OdsCode, string? Sector, Guid? PlaceId);

public sealed class OrganisationsResource : RegisterResource<Organisation, OrganisationInput, OrganisationView>
{
    public override string Plural => "organisations";
    public override string Singular => "organisation";
    public override Expression<Func<Organisation, OrganisationView>> View => o => new OrganisationView(o.Id, o.Version, o.Name, o.OdsCode, o.Sector, o.PlaceId);
    public override IQueryable<Organisation> List(IQueryable<Organisation> rows, string? search) =>
        rows.Where(o => search == null || o.Name.ToLower().Contains(search.ToLower()) || o.OdsCode == search.ToUpper()).OrderBy(o => o.Name).ThenBy(o => o.Id);

    public override async Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, OrganisationInput input, Organisation? existing, CancellationToken cancellationToken)
    {
        var ods = RegisterRules.NormaliseOdsCode(input.OdsCode);
        var errors = RegisterRules.Organisation(new OrganisationFields(input.Name?.Trim(), ods, input.Sector), Vocabularies.Default).ToList();
        if (!await ExistsAsync<Place>(db, systemId, input.PlaceId, cancellationToken)) errors.Add(new FieldError("placeId", "Select a place of this system"));
        var self = existing?.Id;
        if (ods is not null && await db.Organisations.Where(o => o.SystemId == systemId && o.OdsCode == ods && o.Id != self).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) is { } other)
            errors.Add(new FieldError("odsCode", $"{other} already has the ODS code {ods}"));
        return errors;
    }

    public override Organisation Create(Guid systemId, OrganisationInput input) => new() { SystemId = systemId, Name = "", Sector = "" };

    public override void Apply(Organisation row, OrganisationInput input) =>
        (row.Name, row.OdsCode, row.Sector, row.PlaceId) = (input.Name!.Trim(), RegisterRules.NormaliseOdsCode(input.OdsCode), input.Sector!, input.PlaceId);
}

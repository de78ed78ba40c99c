using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Places.Neighbourhoods;

/// <summary>The form of a neighbourhood or primary care network of one place, shared by adding one and changing one.</summary>
public abstract class NeighbourhoodForm(GoldenThreadDbContext db) : GoldenThreadPage
{
    private static readonly string[] FieldOrder = ["name", "population"];

    [BindProperty] public string? Name { get; set; }
    /// <summary>Text, so that "lots" is our error in our words.</summary>
    [BindProperty] public string? Population { get; set; }
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    protected Guid PlaceId { get; private set; }
    public string PlaceName { get; private set; } = "";
    public string PlaceHref => $"/systems/{Code}/places/{PlaceId}";

    /// <summary>Enters the system and finds the route's place; false when either is not there.</summary>
    protected async Task<bool> EnterAsync(string code, string title, Guid placeId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId, PlaceId) = (system.Code, system.Id, placeId);
        var name = await db.Places.AsNoTracking().Where(p => p.SystemId == SystemId && p.Id == placeId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null) return false;
        PlaceName = name;
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Places", $"/systems/{Code}/places"), new Crumb(name, PlaceHref)];
        return true;
    }

    protected void Fill(Neighbourhood neighbourhood) =>
        (Name, Population, Version) = (neighbourhood.Name, neighbourhood.Population.ToString(CultureInfo.InvariantCulture), neighbourhood.Version);

    protected bool Check(out NeighbourhoodFields fields)
    {
        var errors = new List<FieldError>();
        var population = FormNumbers.Whole(Population, "population", "Population", "30000", errors);
        fields = new NeighbourhoodFields(Name?.Trim(), population ?? 0);
        errors.AddRange(RegisterRules.Neighbourhood(fields));
        this.AddErrors(errors, FieldOrder);
        return errors.Count == 0;
    }

    protected static void Apply(Neighbourhood neighbourhood, NeighbourhoodFields fields) =>
        (neighbourhood.Name, neighbourhood.Population) = (fields.Name!, fields.Population);
}

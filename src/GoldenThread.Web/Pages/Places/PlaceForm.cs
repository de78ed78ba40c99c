using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Places;

/// <summary>The form of a place, shared by adding one and changing one.</summary>
public abstract class PlaceForm(GoldenThreadDbContext db) : GoldenThreadPage
{
    private static readonly string[] FieldOrder = ["name", "population", "localAuthorityTier"];

    [BindProperty] public string? Name { get; set; }
    /// <summary>Text, so that "lots" is our error in our words.</summary>
    [BindProperty] public string? Population { get; set; }
    [BindProperty] public string? LocalAuthorityTier { get; set; }
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }

    public static IReadOnlyList<Choice> Tiers =>
    [
        new("unitary", "Unitary", Hint: "One council provides all local government services"),
        new("two-tier", "Two-tier", Hint: "A county council and district councils share them"),
    ];

    protected async Task<bool> EnterAsync(string code, string title, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Places", $"/systems/{Code}/places")];
        return true;
    }

    protected void Fill(Place place) =>
        (Name, Population, LocalAuthorityTier, Version) = (place.Name, place.Population.ToString(System.Globalization.CultureInfo.InvariantCulture), place.LocalAuthorityTier, place.Version);

    protected bool Check(out PlaceFields fields)
    {
        var errors = new List<FieldError>();
        var population = FormNumbers.Whole(Population, "population", "Population", "250000", errors);
        fields = new PlaceFields(Name?.Trim(), population ?? 0, LocalAuthorityTier);
        errors.AddRange(RegisterRules.Place(fields, Vocabularies.Default));
        this.AddErrors(errors, FieldOrder);
        return errors.Count == 0;
    }

    protected static void Apply(Place place, PlaceFields fields) =>
        (place.Name, place.Population, place.LocalAuthorityTier) = (fields.Name!, fields.Population, fields.LocalAuthorityTier!);
}

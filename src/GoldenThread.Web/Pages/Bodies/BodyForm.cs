using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies;

/// <summary>The form of a body, shared by adding one and changing one: its fields, their options and their checks.</summary>
public abstract class BodyForm(GoldenThreadDbContext db) : GoldenThreadPage
{
    private static readonly string[] FieldOrder =
        ["name", "kind", "level", "placeId", "neighbourhoodId", "topic", "decisionRights", "cadence", "activeFrom", "activeTo", "feedsInto"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Level { get; set; }
    [BindProperty] public Guid? PlaceId { get; set; }
    [BindProperty] public Guid? NeighbourhoodId { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? DecisionRights { get; set; }
    [BindProperty] public string? Cadence { get; set; }
    [BindProperty] public DateParts ActiveFrom { get; set; } = new();
    [BindProperty] public DateParts ActiveTo { get; set; } = new();
    [BindProperty] public List<Guid> FeedsInto { get; set; } = [];
    /// <summary>The version of the body the form was filled in from; a save against a later one is refused.</summary>
    [BindProperty] public int Version { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    /// <summary>The body being changed; null while adding one.</summary>
    public Guid? BodyId { get; protected set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public IReadOnlyList<Choice> Neighbourhoods { get; private set; } = [];
    public IReadOnlyList<Choice> OtherBodies { get; private set; } = [];

    public static IReadOnlyList<Choice> Kinds => [.. Vocabularies.Default.BodyKinds.Select(k => new Choice(k.Code, Labels.Of(k.Code), Hint: k.About))];
    public static IReadOnlyList<Choice> Levels => Labels.Choices(Vocabularies.Default.Levels);
    public static IReadOnlyList<Choice> Rights => [.. GoldenThread.Web.Network.DecisionRightsBadge.All.Select(b => new Choice(b.Code, b.Label, Hint: $"It {b.Meaning}"))];

    protected async Task<bool> EnterAsync(string code, string title, Guid? bodyId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId, BodyId) = (system.Code, system.Id, bodyId);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Leadership bodies", $"/systems/{Code}/bodies")];
        Places = await RegisterChoices.PlacesAsync(db, SystemId, cancellationToken);
        Neighbourhoods = await RegisterChoices.NeighbourhoodsAsync(db, SystemId, cancellationToken);
        OtherBodies = await RegisterChoices.BodiesAsync(db, SystemId, bodyId, cancellationToken);
        return true;
    }

    protected void Fill(Body body)
    {
        (Name, Kind, Level, PlaceId, NeighbourhoodId, Topic, DecisionRights, Cadence) =
            (body.Name, body.Kind, body.Level, body.PlaceId, body.NeighbourhoodId, body.Topic, body.DecisionRights, body.Cadence);
        (ActiveFrom, ActiveTo, Version) = (DateParts.From(body.ActiveFrom), DateParts.From(body.ActiveTo), body.Version);
        FeedsInto = [.. body.FeedsInto.Select(f => f.FeedsIntoBodyId)];
    }

    /// <summary>Checks the form, putting each problem beside its field; the body's new values when there are none.</summary>
    protected async Task<BodyFields?> CheckAsync(CancellationToken cancellationToken)
    {
        var from = ActiveFrom.Read("active from date");
        var to = ActiveTo.Read("active until date");
        var fields = new BodyFields(Name?.Trim(), Kind, Level, RegisterRules.Optional(Topic), DecisionRights, RegisterRules.Optional(Cadence), from.Date, to.Date);
        var errors = RegisterRules.Body(fields, Vocabularies.Default).ToList();
        if (from.Error is not null) errors.Add(new FieldError("activeFrom", from.Error));
        if (to.Error is not null) errors.Add(new FieldError("activeTo", to.Error));
        if (PlaceId is { } place && Places.All(p => p.Value != place.ToString())) errors.Add(new FieldError("placeId", "Select a place of this system"));
        if (NeighbourhoodId is { } hood && Neighbourhoods.All(n => n.Value != hood.ToString())) errors.Add(new FieldError("neighbourhoodId", "Select a neighbourhood of this system"));
        if (FeedsInto.Any(f => OtherBodies.All(b => b.Value != f.ToString()))) errors.Add(new FieldError("feedsInto", "Select only other bodies of this system"));
        else if (await FeedsIntoCheck.FindCycleAsync(db, SystemId, BodyId ?? Guid.Empty, fields.Name ?? "This body", FeedsInto, cancellationToken) is { } cycle)
            errors.Add(new FieldError("feedsInto", $"A body cannot feed into itself, even through others: this would make the loop {cycle}. Untick one of these bodies"));
        this.AddErrors(errors, FieldOrder);
        return errors.Count == 0 ? fields : null;
    }

    protected void Apply(Body body, BodyFields fields)
    {
        (body.Name, body.Kind, body.Level, body.Topic, body.DecisionRights, body.Cadence) =
            (fields.Name!, fields.Kind!, fields.Level!, fields.Topic, fields.DecisionRights!, fields.Cadence);
        (body.PlaceId, body.NeighbourhoodId, body.ActiveFrom, body.ActiveTo) = (PlaceId, NeighbourhoodId, fields.ActiveFrom, fields.ActiveTo);
        body.SetFeedsInto(FeedsInto);
    }

}

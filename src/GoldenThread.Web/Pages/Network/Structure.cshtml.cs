using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Network;

/// <summary>How a system's leadership bodies feed into each other on one day: a diagram, and the same as a list.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class StructureModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    // The date comes as the NHS date input's three fields; text, so that "x" is our error, not the binder's.
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Place { get; set; }


    public string Code { get; private set; } = "";
    public string SystemName { get; private set; } = "";
    public DateOnly On { get; private set; }
    public bool IsToday { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Places { get; private set; } = [];
    public string? PlaceName { get; private set; }
    public StructureOutcome Outcome { get; private set; } = null!;
    public IHtmlContent? Diagram { get; private set; }
    public bool ScrollsSideways { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Leadership structure", cancellationToken) is not { } system) return NotFound();
        (Code, SystemName) = (system.Code, system.Name);
        var today = UkTime.Today(time);
        On = ChosenDate() ?? today;
        IsToday = On == today;

        Places = (await db.Places.AsNoTracking().Where(p => p.SystemId == system.Id).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)).ToList();
        PlaceName = Places.FirstOrDefault(p => p.Id == Place).Name;
        if (PlaceName is null) Place = null;

        var placeNames = Places.ToDictionary(p => p.Id, p => p.Name);
        var bodies = (await db.Bodies.AsNoTracking().Where(b => b.SystemId == system.Id)
                .Where(b => Place == null || b.PlaceId == null || b.PlaceId == Place)
                .Select(b => new { b.Id, b.Name, b.Kind, b.Level, b.PlaceId, b.DecisionRights, b.ActiveFrom, b.ActiveTo })
                .ToListAsync(cancellationToken))
            .Select(b => new StructureBody(b.Id, b.Name, b.Kind, b.Level, b.PlaceId,
                b.PlaceId is { } place ? placeNames.GetValueOrDefault(place) : null, b.DecisionRights, b.ActiveFrom, b.ActiveTo));
        var feeds = await db.BodyFeeds.AsNoTracking().Where(f => f.SystemId == system.Id)
            .Select(f => new StructureFeed(f.BodyId, f.FeedsIntoBodyId)).ToListAsync(cancellationToken);

        Outcome = StructureLayout.Draw(bodies, feeds, On);
        if (Outcome.Diagram is { Boxes.Count: > 0 } diagram)
        {
            ScrollsSideways = StructureDiagramSvg.ScrollsSideways(diagram);
            Diagram = StructureDiagramSvg.Render(diagram, $"Leadership structure of {SystemName}{(PlaceName is null ? "" : " for " + PlaceName)} on {UkDate.Long(On)}", Describe(diagram));
        }
        return Page();
    }

    public string BodyHref(Guid id) => $"/systems/{Code}/bodies/{id}";

    private static string Describe(StructureDiagram diagram)
    {
        var levels = diagram.Bands.Select(b => $"{diagram.Boxes.Count(x => x.Band == b.Index)} at {b.Level} level");
        return $"{diagram.Boxes.Count} bodies: {string.Join(", ", levels)}, with {diagram.Edges.Count} feeds-into arrows. "
               + "The list after the diagram gives the same structure as text.";
    }

    /// <summary>The date asked for, or null for today; a date that is not real is an error beside the field.</summary>
    private DateOnly? ChosenDate()
    {
        ModelState.Clear(); // only this page's own wording for a bad date
        var reading = new DateParts { Day = Day, Month = Month, Year = Year }.Read("date");
        if (reading.Error is { } error) this.AddError(nameof(Day), error);
        return reading.Date;
    }
}

using GoldenThread.Data;
using GoldenThread.Data.Interchange;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Web.Access;
using GoldenThread.Web.Representation;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Representation;

/// <summary>Where each profession and sector has a voice against decision rights on one day: overall and at each level.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class VoiceModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public DateParts Date { get; set; } = new();

    public string Code { get; private set; } = "";
    public string SystemName { get; private set; } = "";
    public DateOnly On { get; private set; }
    public bool IsToday { get; private set; }
    public VoiceMap Map { get; private set; } = null!;
    public IReadOnlyList<VoiceGroup> Professions { get; private set; } = [];
    public IReadOnlyList<VoiceGroup> Sectors { get; private set; } = [];
    private RepresentationNetwork network = null!;

    /// <summary>A row of the map with the label it is shown by.</summary>
    public sealed record VoiceGroup(string Label, VoiceRow Row);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Voice against decision rights", cancellationToken) is not { } system) return NotFound();
        Within("Representation", $"/systems/{system.Code}/representation");
        (Code, SystemName) = (system.Code, system.Name);
        var today = UkTime.Today(time);
        var reading = Date.Read("date");
        if (reading.Error is { } error) this.AddError(nameof(Date), error);
        On = reading.Date ?? today;
        IsToday = On == today;

        if (await NetworkStore.LoadAsync(db, system.Code, tracked: false, cancellationToken) is not { } rows) return NotFound();
        network = RepresentationNetwork.From(rows);
        Map = VoiceMap.Of(network, On);
        Professions = [.. Map.Professions.Select(r => new VoiceGroup(Labels.Profession(r.Code), r))];
        Sectors = [.. Map.Sectors.Select(r => new VoiceGroup(Labels.Sector(r.Code), r))];
        return Page();
    }


    /// <summary>"On 24 November 2026 (today), of the 13 professions, 10 sit on a body that decides… Of the 18 sectors, …"</summary>
    public string Summary()
    {
        string Sentence(string kind, IReadOnlyList<VoiceGroup> groups) => VoiceWords.Sentence(kind, [.. groups.Select(g => (g.Label, g.Row.Overall))]);
        var sectors = Sentence("sectors", Sectors);
        return $"On {UkDate.Long(On)}{(IsToday ? " (today)" : "")}, {Sentence("professions", Professions)} {char.ToUpperInvariant(sectors[0])}{sectors[1..]}";
    }

    public BodyRecord Body(string bodyId) => network.Bodies[bodyId];

    public string BodyHref(string bodyId) => $"/systems/{Code}/bodies/{bodyId}";
}

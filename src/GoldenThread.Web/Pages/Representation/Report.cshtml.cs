using System.Text;
using GoldenThread.Data;
using GoldenThread.Access;
using GoldenThread.Data.Representation;
using GoldenThread.Representation;
using GoldenThread.Web.Access;
using GoldenThread.Web.Representation;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace GoldenThread.Web.Pages.Representation;

/// <summary>
/// Does every profession, sector and community have a voice where decisions are made: the representation rules'
/// findings on a date, by body or by rule, with the people who could close each gap and what trying them would change.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ReportModel(GoldenThreadDbContext db, TimeProvider time, FindingHistory history) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public DateParts On { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    [BindProperty(SupportsGet = true)] public string? Severity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }
    [BindProperty(SupportsGet = true)] public string? Place { get; set; }
    [BindProperty(SupportsGet = true)] public string[] Try { get; set; } = [];

    public DateOnly Day { get; private set; }
    public bool IsToday { get; private set; }
    public RepresentationReport Report { get; private set; } = null!;
    public IReadOnlyList<Finding> Shown { get; private set; } = [];
    public WhatIf? WhatIf { get; private set; }
    public bool ByRule => View == "rule";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await RunAsync(code, cancellationToken) is not { } report) return NotFound();
        // The leadership team's look at today's findings is kept, so the history shows gaps opening and closing.
        if (IsToday && User.HasSystemRole(report.Run.Code, Roles.LeadershipTeam, Roles.SystemAdmin))
            await history.RecordAsync(db, report.Run, User.DisplayName(), cancellationToken);
        var seats = Try.Select(t => AppointmentToken.Read(t, report.Run.Network, Day)).ToList();
        if (seats.Any(s => s is null))
            this.AddError(nameof(Try), "An appointment to try is not a new seat for someone in the register: it has been left out");
        var appointments = seats.OfType<Appointment>().Distinct().ToList();
        Try = [.. appointments.Select(AppointmentToken.Write)];
        if (appointments.Count > 0)
            WhatIf = GoldenThread.Representation.WhatIf.Try(report.Run.Engine, report.Run.Network, Day, report.Run.Findings, appointments);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string code, CancellationToken cancellationToken)
    {
        if (await RunAsync(code, cancellationToken) is not { } report) return NotFound();
        return File(Encoding.UTF8.GetBytes(report.Csv(Shown)), "text/csv", $"representation-{report.Run.Code}-{Day:yyyy-MM-dd}.csv");
    }

    private async Task<RepresentationReport?> RunAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Representation", cancellationToken) is null) return null;
        ModelState.Clear(); // only this page's own wording for a bad filter
        var today = UkTime.Today(time);
        var reading = On.Read("date");
        if (reading.Error is { } error) this.AddError("On", error);
        Day = reading.Date ?? today;
        IsToday = Day == today;
        var run = await RepresentationRun.EvaluateAsync(db, code, Day, candidates: true, cancellationToken);
        if (run is null) return null;
        Report = new RepresentationReport(run);
        var severity = SeverityCodes.Parse(Severity);
        if (severity is null) Severity = null;
        if (Report.Rules.All(r => r.Id != Rule)) Rule = null;
        if (!run.Network.Places.ContainsKey(Place ?? "")) Place = null;
        Shown = Report.Filter(severity, Rule, Place);
        return Report;
    }

    /// <summary>This page's address with the filters kept, some changed.</summary>
    public string Href(string? handler = null, IEnumerable<string>? tries = null, string? view = null)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!On.IsEmpty) query.AddRange([new("On.Day", On.Day), new("On.Month", On.Month), new("On.Year", On.Year)]);
        if ((view ?? View) is "rule") query.Add(new("view", "rule"));
        if (Severity is not null) query.Add(new("severity", Severity));
        if (Rule is not null) query.Add(new("rule", Rule));
        if (Place is not null) query.Add(new("place", Place));
        query.AddRange((tries ?? Try).Select(t => new KeyValuePair<string, string?>("try", t)));
        if (handler is not null) query.Add(new("handler", handler));
        return QueryHelpers.AddQueryString($"/systems/{SystemCode}/representation", query);
    }

    public string TryingAlso(Appointment seat) => Href(tries: [.. Try, AppointmentToken.Write(seat)]);

    public string TryingWithout(Appointment seat) => Href(tries: Try.Where(t => t != AppointmentToken.Write(seat)));

    public bool IsTrying(Appointment seat) => Try.Contains(AppointmentToken.Write(seat));
}

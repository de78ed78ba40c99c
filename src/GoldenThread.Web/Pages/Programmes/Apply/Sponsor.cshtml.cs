using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>One sponsor who backs the team from their organisation: who they are, their organisation's sector, and whether they are senior there.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class SponsorModel(GoldenThreadDbContext db, TimeProvider time) : ItemPage<Sponsor>(db, time)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? Sector { get; set; }
    [BindProperty] public string? Senior { get; set; }

    protected override ItemList<Sponsor> List => ItemList.Sponsors;

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, string item, CancellationToken cancellationToken)
    {
        if (await EnterItemAsync(code, applicationId, item, cancellationToken) is { } other) return other;
        if (Existing is { } sponsor)
            (Name, Role, Organisation, Sector, Senior) = (sponsor.Name, sponsor.Role, sponsor.Organisation, sponsor.Sector, YesNo.Of(sponsor.Senior));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, string item, CancellationToken cancellationToken)
    {
        if (await EnterItemAsync(code, applicationId, item, cancellationToken) is { } other) return other;
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name)) errors.Add(new(nameof(Name), "Enter the sponsor’s name"));
        if (string.IsNullOrWhiteSpace(Role)) errors.Add(new(nameof(Role), "Enter the sponsor’s role, such as “Director of adult social care”"));
        if (string.IsNullOrWhiteSpace(Organisation)) errors.Add(new(nameof(Organisation), "Enter the sponsor’s organisation"));
        if (string.IsNullOrEmpty(Sector)) errors.Add(new(nameof(Sector), "Select the sector of the sponsor’s organisation"));
        var senior = YesNo.Read(Senior, nameof(Senior), "Select yes if the sponsor is a senior leader in their organisation", errors);
        var candidate = With(new Sponsor
        {
            Name = Name?.Trim() ?? "", Role = Role?.Trim() ?? "", Organisation = Organisation?.Trim() ?? "", Sector = Sector ?? "", Senior = senior ?? false,
        });
        if (!Check(errors, candidate, ($"{Path}.name", nameof(Name), "Name"), ($"{Path}.role", nameof(Role), "Role"),
                ($"{Path}.organisation", nameof(Organisation), "Organisation"), ($"{Path}.sector", nameof(Sector), "Sector"),
                ($"{Path}.senior", nameof(Senior), "Senior"), (List.JsonPath, "", "")))
            return Page();
        return await SaveItemAsync(candidate, cancellationToken);
    }
}

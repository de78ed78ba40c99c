using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// One member of the team: someone picked from the system's register (their name, organisation and sector come from
/// it, and are read again on each save) or someone who is not in it; then their seniority, function, commitment beyond
/// the programme and willingness to share what they learn.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class MemberModel(GoldenThreadDbContext db, TimeProvider time) : ItemPage<TeamMember>(db, time)
{
    /// <summary>The register person, when the member was picked from the register.</summary>
    [BindProperty(SupportsGet = true)] public Guid? PersonId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? Sector { get; set; }
    [BindProperty] public string? Seniority { get; set; }
    [BindProperty] public string? Function { get; set; }
    [BindProperty] public string? Committed { get; set; }
    [BindProperty] public string? SharesLearning { get; set; }

    /// <summary>What the register says of the member picked from it; null for someone not in the register.</summary>
    public sealed record RegisterPerson(Guid Id, string Name, string Seniority, string? Organisation, string? Sector);

    public RegisterPerson? Register { get; private set; }

    public static IReadOnlyList<Choice> Seniorities => Labels.Choices(Vocabularies.Default.Seniority);
    public static IReadOnlyList<Choice> Functions => [.. TeamFunctions.Default.Functions.Select(f => new Choice(f.Code, f.Label, Hint: f.Hint))];

    protected override ItemList<TeamMember> List => ItemList.Members;

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, string item, CancellationToken cancellationToken)
    {
        if (await EnterItemAsync(code, applicationId, item, cancellationToken) is { } other) return other;
        if (Existing is { } member)
        {
            (Name, Organisation, Sector, Seniority) = (member.Name, member.Organisation, member.Sector, member.Seniority);
            Function = TeamFunctions.Default.Find(member.Function)?.Code ?? member.Function;
            (Committed, SharesLearning) = (YesNo.Of(member.CommittedBeyondProgramme), YesNo.Of(member.WillShareLearning));
            // Someone since taken off the register stays in the team as the application recorded them.
            PersonId = member.PersonId;
            Register = await RegisterPersonAsync(cancellationToken);
            PersonId = Register?.Id;
        }
        else if (PersonId is not null)
        {
            if ((Register = await RegisterPersonAsync(cancellationToken)) is null) return NotFound();
            Seniority = Vocabularies.Default.Seniority.Contains(Register.Seniority) ? Register.Seniority : null;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, string item, CancellationToken cancellationToken)
    {
        if (await EnterItemAsync(code, applicationId, item, cancellationToken) is { } other) return other;
        var errors = new List<FieldError>();
        Register = await RegisterPersonAsync(cancellationToken);
        if (PersonId is not null && Register is null)
            errors.Add(new("", "The person you picked is no longer in the register. Go back to the team members and pick someone else"));
        else if (Register is not null && List.Items(Answers).Where((m, i) => i != Index && m.PersonId == Register.Id).Any())
            errors.Add(new("", $"{Register.Name} is already a member of the team"));
        if (Register is null && string.IsNullOrWhiteSpace(Name)) errors.Add(new(nameof(Name), "Enter the member’s name"));
        if (Register?.Organisation is null && string.IsNullOrWhiteSpace(Organisation)) errors.Add(new(nameof(Organisation), "Enter the member’s organisation"));
        if (Register?.Organisation is null && string.IsNullOrEmpty(Sector)) errors.Add(new(nameof(Sector), "Select the sector of the member’s organisation"));
        if (string.IsNullOrEmpty(Seniority)) errors.Add(new(nameof(Seniority), "Select the member’s seniority"));
        if (TeamFunctions.Default.Find(Function) is null) errors.Add(new(nameof(Function), "Select what the member does"));
        var committed = YesNo.Read(Committed, nameof(Committed), "Select yes if the member is committed to the work beyond the programme", errors);
        var shares = YesNo.Read(SharesLearning, nameof(SharesLearning), "Select yes if the member will share what they learn", errors);
        var candidate = With(new TeamMember
        {
            PersonId = Register?.Id,
            Name = Register?.Name ?? Name?.Trim() ?? "",
            Organisation = Register?.Organisation ?? Organisation?.Trim() ?? "",
            Sector = Register?.Sector ?? Sector ?? "",
            Seniority = Seniority ?? "",
            Function = TeamFunctions.Default.Find(Function)?.Code ?? "",
            CommittedBeyondProgramme = committed ?? false,
            WillShareLearning = shares ?? false,
        });
        if (!Check(errors, candidate, ($"{Path}.name", nameof(Name), "Name"), ($"{Path}.organisation", nameof(Organisation), "Organisation"),
                ($"{Path}.sector", nameof(Sector), "Sector"), ($"{Path}.seniority", nameof(Seniority), "Seniority"),
                ($"{Path}.function", nameof(Function), "Function"),
                ($"{Path}.committedBeyondProgramme", nameof(Committed), "Committed"), ($"{Path}.willShareLearning", nameof(SharesLearning), "Shares learning"),
                (List.JsonPath, "", "")))
            return Page();
        return await SaveItemAsync(candidate, cancellationToken);
    }

    private async Task<RegisterPerson?> RegisterPersonAsync(CancellationToken cancellationToken) =>
        PersonId is not { } id ? null : await Db.People.AsNoTracking().Where(p => p.SystemId == Application.SystemId && p.Id == id)
            .Select(p => new RegisterPerson(p.Id, p.Name, p.Seniority,
                Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Sector).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
}

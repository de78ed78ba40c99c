using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.LearningSets.Registrations;

/// <summary>Opens a learning-set registration: its title, what it is for, the last day to register and the sizes of its sets.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext db, TimeProvider time) : RegistrationPage(db, time)
{
    // The rules call the title "title"; the page's own Title is its heading.
    private static readonly string[] FieldOrder = ["registrationTitle", "description", "closesOn", "minSize", "maxSize"];

    [BindProperty] public string? RegistrationTitle { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateParts ClosesOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterRegistrationsAsync(code, cancellationToken)) return NotFound();
        var weights = DevelopmentWeights.Default.LearningSets;
        (MinSize, MaxSize) = ($"{weights.MinSize}", $"{weights.MaxSize}");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterRegistrationsAsync(code, cancellationToken)) return NotFound();
        var closes = ClosesOn.Read("closing date", required: true);
        var (min, max, sizes) = ReadSizes();
        // The sizes' own checks come with reading them; the registration's are the rest.
        var errors = LearningSetRegistrationRules.CheckRegistration(new(RegistrationTitle, Description, closes.Date, null, null), Today);
        if (closes.Error is { } problem) errors = [.. errors.Where(e => e.Field != "closesOn"), new("closesOn", problem)];
        errors.AddRange(sizes);
        if (errors.Count > 0)
        {
            this.AddErrors(errors.Select(e => e.Field == "title" ? e with { Field = "registrationTitle" } : e), FieldOrder);
            return Page();
        }
        var registration = new LearningSetRegistration
        {
            SystemId = SystemId, Title = RegistrationTitle!.Trim(), Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
            ClosesOn = closes.Date!.Value, MinSize = min!.Value, MaxSize = max!.Value, CreatedAt = Time.GetUtcNow(), CreatedByAccountId = User.AccountId(),
        };
        Db.LearningSetRegistrations.Add(registration);
        await Db.SaveChangesAsync(cancellationToken);
        Done = $"{registration.Title} is open: members of the system can register for a learning set until {UkTime.Day(registration.ClosesOn)}";
        return Redirect($"{RegistrationsHref}/{registration.Id}");
    }

    private async Task<bool> EnterRegistrationsAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Open a learning set registration", cancellationToken)) return false;
        Within("Registrations", RegistrationsHref);
        return true;
    }
}

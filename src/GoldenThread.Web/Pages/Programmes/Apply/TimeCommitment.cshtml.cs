using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// The members' employers' time commitment: whether they have confirmed it, and how many days a month. The days are
/// asked either way, so that an answer of "not yet confirmed" is still an answer.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class TimeCommitmentModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    private const string Slug = "time-commitment";
    public const string Question = "Employers’ time commitment";

    [BindProperty] public string? Confirmed { get; set; }
    [BindProperty] public string? DaysPerMonth { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterDraftAsync(code, applicationId, Question, cancellationToken) is { } other) return other;
        var commitment = Answers.EmployerTimeCommitment;
        if (commitment.DaysPerMonth is { } days)
            (Confirmed, DaysPerMonth) = (YesNo.Of(commitment.Confirmed), days.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await EnterDraftAsync(code, applicationId, Question, cancellationToken) is { } other) return other;
        var errors = new List<FieldError>();
        var confirmed = YesNo.Read(Confirmed, nameof(Confirmed), "Select yes if the members’ employers have confirmed the time", errors);
        decimal? days = null;
        if (string.IsNullOrWhiteSpace(DaysPerMonth)) errors.Add(new(nameof(DaysPerMonth), "Enter the days a month, like 2"));
        else if (FormNumbers.TryDecimal(DaysPerMonth, out var value)) days = value;
        else errors.Add(new(nameof(DaysPerMonth), "Days a month must be a number, like 2 or 1.5"));
        var candidate = Answers with { EmployerTimeCommitment = new TimeCommitment { Confirmed = confirmed ?? false, DaysPerMonth = days } };
        if (!Check(errors, candidate, ("employerTimeCommitment.confirmed", nameof(Confirmed), "Confirmed"),
                ("employerTimeCommitment.daysPerMonth", nameof(DaysPerMonth), "Days a month")))
            return Page();
        return await SaveAsync(candidate, Next(Slug), cancellationToken);
    }
}

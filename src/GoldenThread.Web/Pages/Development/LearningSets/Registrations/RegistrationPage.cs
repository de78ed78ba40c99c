using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Registrations;

/// <summary>A page of a system's learning-set registrations: finds the system and puts Learning sets in the breadcrumbs.</summary>
public abstract class RegistrationPage(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    protected TimeProvider Time => time;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public string SetsHref => $"/systems/{Code}/learning-sets";
    public string RegistrationsHref => $"{SetsHref}/registrations";
    public DateOnly Today => UkTime.Today(time);
    /// <summary>What the last change did, carried across the redirect after it.</summary>
    [TempData] public string? Done { get; set; }
    // Set sizes, bound as text so that "six" is our error in our words.
    [BindProperty] public string? MinSize { get; set; }
    [BindProperty] public string? MaxSize { get; set; }

    /// <summary>The sizes typed, each null when it is not a whole number, and what is wrong with them.</summary>
    protected (int? Min, int? Max, List<FieldError> Errors) ReadSizes()
    {
        var errors = new List<FieldError>();
        var min = FormNumbers.Whole(MinSize, "minSize", "Smallest set size", "6", errors);
        var max = FormNumbers.Whole(MaxSize, "maxSize", "Largest set size", "8", errors);
        errors.AddRange(LearningSetRegistrationRules.CheckSizes(min, max));
        return (min, max, errors);
    }

    /// <summary>False when there is no such system.</summary>
    protected async Task<bool> EnterAsync(string code, string title, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        Within("Learning sets", SetsHref);
        return true;
    }

    /// <summary>The system's registration of that id, untracked unless <paramref name="tracked"/>; null when it has none.</summary>
    protected Task<LearningSetRegistration?> RegistrationAsync(Guid registrationId, bool tracked, CancellationToken cancellationToken)
    {
        var registrations = db.LearningSetRegistrations.Where(r => r.SystemId == SystemId && r.Id == registrationId);
        return (tracked ? registrations : registrations.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }
}

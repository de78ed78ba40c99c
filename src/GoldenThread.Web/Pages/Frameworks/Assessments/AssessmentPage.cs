using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>A page about one assessment of the route's system: finds both, and puts the assessment in the breadcrumbs.</summary>
public abstract class AssessmentPage(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    protected TimeProvider Time => time;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public AssessmentView Assessment { get; private set; } = null!;
    /// <summary>Why raters may not rate now, in their words; null while they may.</summary>
    public string? WhyNotRating { get; private set; }

    public string AssessmentsHref => $"/systems/{Code}/framework/assessments";
    public string OverviewHref => $"{AssessmentsHref}/{Assessment.Id}";
    public string RateHref => $"{OverviewHref}/rate";
    public string ModerationHref => $"{OverviewHref}/moderation";

    /// <summary>Finds the system and its assessment; false when either is not there. <paramref name="linkToOverview"/> for the leadership's pages.</summary>
    protected async Task<bool> EnterAsync(string code, Guid assessmentId, string title, bool linkToOverview, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        Within("Framework", $"/systems/{Code}/framework");
        Within("Assessments", AssessmentsHref);
        if (await AssessmentRatings.FindAsync(db, SystemId, assessmentId, cancellationToken) is not { } assessment) return false;
        Assessment = assessment;
        WhyNotRating = AssessmentRatings.WhyNotRating(assessment, time);
        if (linkToOverview) Within(assessment.Name, OverviewHref);
        return true;
    }

    public static string StateText(AssessmentState state) => state switch
    {
        AssessmentState.Open => "Open for rating",
        AssessmentState.Moderating => "Moderating",
        _ => "Completed",
    };

    public static string StateTag(AssessmentState state) => state switch
    {
        AssessmentState.Open => "nhsuk-tag--blue",
        AssessmentState.Moderating => "nhsuk-tag--yellow",
        _ => "nhsuk-tag--green",
    };
}

/// <summary>A page of the rater's journey: the signed-in account's register person must be invited (the policy checks that).</summary>
public abstract class RaterPage(GoldenThreadDbContext db, TimeProvider time) : AssessmentPage(db, time)
{
    public AssessmentRater Rater { get; private set; } = null!;
    public Dictionary<string, CriterionRating> Ratings { get; private set; } = [];
    public int Reviewed => Assessment.CriterionIds.Count(Ratings.ContainsKey);

    protected async Task<bool> EnterAsRaterAsync(string code, Guid assessmentId, string title, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, title, linkToOverview: false, cancellationToken)) return false;
        if (await AssessmentRatings.RaterAsync(Db, assessmentId, User.PersonId(), cancellationToken) is not { } rater) return false;
        Rater = rater;
        Within(Assessment.Name, RateHref);
        Ratings = await AssessmentRatings.RatingsOfAsync(Db, rater.Id, cancellationToken);
        return true;
    }
}

using GoldenThread.Programmes;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// The application journey's coordinator: its question pages in the order a team meets them, which of them a draft has
/// answered (so a team that left comes back where it stopped), where each page leads after a save (the next question,
/// or back to check your answers when the team came from there to change something), and which page mends each
/// eligibility criterion.
/// </summary>
public static class ApplyJourney
{
    /// <summary>The value of <c>?from=</c> that sends a changed answer back to the check-answers page.</summary>
    public const string FromCheckAnswers = "check-answers";
    public const string CheckAnswers = "check-answers";

    /// <summary>One page of the journey: its address under the application, what it asks, and whether a draft has answered it.</summary>
    public sealed record Step(string Slug, string Name, Func<ApplicationContent, bool> Answered);

    private static bool Given(string text) => !string.IsNullOrWhiteSpace(text);

    public static readonly IReadOnlyList<Step> Steps =
    [
        new("team-name", "Team name", c => Given(c.TeamName)),
        new("wicked-issue", "Wicked issue", c => Given(c.WickedIssue.Title) && Given(c.WickedIssue.Description) && Given(c.WickedIssue.PriorityArea)),
        .. Statement.All.Select(s => new Step(s.Slug, s.Name, c => Given(s.Read(c)))),
        new("measures", "Measures", c => c.Measures.Count > 0),
        new("sponsors", "Senior sponsors", c => c.Sponsors.Count > 0),
        new("members", "Team members", c => c.Members.Count > 0),
        // The page asks for the days whether or not employers have confirmed them, so the days say it was answered.
        new("time-commitment", "Employers’ time commitment", c => c.EmployerTimeCommitment.DaysPerMonth is not null),
    ];

    public static Step Of(string slug) => Steps.First(s => s.Slug == slug);

    public static string ApplicationHref(string code, Guid applicationId) => $"/systems/{code}/programmes/applications/{applicationId}";

    /// <summary>A page of the application; <paramref name="fromCheckAnswers"/> keeps the way back to check your answers.</summary>
    public static string Href(string code, Guid applicationId, string slug, bool fromCheckAnswers = false) =>
        $"{ApplicationHref(code, applicationId)}/{slug}{(fromCheckAnswers ? "?from=" + FromCheckAnswers : "")}";

    /// <summary>Where a save on <paramref name="slug"/> leads: the next page, or check your answers after the last or when the team came from there.</summary>
    public static string After(string code, Guid applicationId, string slug, bool fromCheckAnswers)
    {
        var index = Steps.Select(s => s.Slug).ToList().IndexOf(slug);
        var next = fromCheckAnswers || index < 0 || index == Steps.Count - 1 ? CheckAnswers : Steps[index + 1].Slug;
        return Href(code, applicationId, next);
    }

    /// <summary>Where a team that left comes back to: the first page not yet answered, or check your answers when all are.</summary>
    public static string Resume(string code, Guid applicationId, ApplicationContent content) =>
        Href(code, applicationId, Steps.FirstOrDefault(s => !s.Answered(content))?.Slug ?? CheckAnswers);

    /// <summary>The page that fills an application's JSON path ("members[2].sector" is the members page's).</summary>
    public static Step StepForPath(string path) => path.Split('.', '[')[0] switch
    {
        "teamName" => Of("team-name"),
        "wickedIssue" => Of("wicked-issue"),
        "measures" => Of("measures"),
        "sponsors" => Of("sponsors"),
        "members" => Of("members"),
        "employerTimeCommitment" => Of("time-commitment"),
        var field => Of(Statement.All.FirstOrDefault(s => s.JsonPath == field)?.Slug ?? Steps[0].Slug),
    };

    /// <summary>
    /// The page whose answers a criterion looks at, to mend it from check your answers; none for the system's caps,
    /// which depend on the system's other applications rather than on this one's answers.
    /// </summary>
    public static string? StepFor(string criterionId) => criterionId switch
    {
        "E-TEAM-SIZE" or "E-PAN-SECTOR" or "E-MULTI-ORGANISATION" or "E-MULTI-SENIORITY" or "E-MULTI-FUNCTION"
            or "E-SENIOR-PARTICIPANTS" or "E-COMMITMENT" => "members",
        "E-PRIORITY-LINK" => "wicked-issue",
        "E-CITIZEN-GAINS" => "citizen-gains",
        "E-EDI" => "edi",
        "E-COMMUNITY-INVOLVEMENT" => "community-involvement",
        "E-SYSTEM-GAINS" => "system-leadership-gains",
        "E-MEASURABLE" => "measures",
        "E-SENIOR-SPONSORS" => "sponsors",
        "E-TIME" => "time-commitment",
        _ => null,
    };
}

using GoldenThread.Programmes;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// One of the four statements a team writes, each on its own page: what it asks, what a good answer says, and where
/// it lives in the application. The engine counts a statement as made from <see cref="EligibilityCriteria.StatedLength"/>
/// characters; how good it is, is for the reviewers.
/// </summary>
/// <param name="Missing">The error when the page is sent empty.</param>
public sealed record Statement(string Slug, string Name, string Question, string Guidance, string Missing, string JsonPath,
    Func<ApplicationContent, string> Read, Func<ApplicationContent, string, ApplicationContent> Write)
{
    public string Hint => $"{Guidance} Write at least {EligibilityCriteria.Default.StatedLength} characters: reviewers judge how convincing it is.";

    public static readonly IReadOnlyList<Statement> All =
    [
        new("citizen-gains", "Gains for citizens", "What will local citizens and communities gain?",
            "Say who will benefit and what will change for them, such as fewer falls among care-home residents or shorter waits for a first appointment.",
            "Say what local citizens and communities will gain", "citizenGains", c => c.CitizenGains, (c, text) => c with { CitizenGains = text }),
        new("edi", "Equality, diversity and inclusion", "How is your team committed to equality, diversity and inclusion?",
            "Say how the team will reach the people the issue affects most, and how its own make-up and ways of working include different voices.",
            "Say how your team is committed to equality, diversity and inclusion", "ediStatement", c => c.EdiStatement, (c, text) => c with { EdiStatement = text }),
        new("community-involvement", "Community involvement", "How will patients, citizens or communities be involved from the outset?",
            "Say who will be involved, how, and from when: for example, people with lived experience on the team from its first meeting, or measures designed with a community group.",
            "Say how patients, citizens or communities will be involved from the outset", "communityInvolvement", c => c.CommunityInvolvement, (c, text) => c with { CommunityInvolvement = text }),
        new("system-leadership-gains", "System leadership gains", "What will the team gain for leadership across the system?",
            "Say what the team will learn about leading across organisations and sectors, and how that learning will spread beyond the team.",
            "Say what the team will gain for leadership across the system", "systemLeadershipGains", c => c.SystemLeadershipGains, (c, text) => c with { SystemLeadershipGains = text }),
    ];

    public static Statement? Find(string? slug) => All.FirstOrDefault(s => s.Slug == slug);
}

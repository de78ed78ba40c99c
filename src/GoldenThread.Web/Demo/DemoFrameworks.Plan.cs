using GoldenThread.Frameworks;
using GoldenThread.Interchange;
using GoldenThread.Measures;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

public static partial class DemoFrameworks
{
    /// <summary>The name of the demo measure the protected-time action should move.</summary>
    public const string LeadershipTimeMeasure = "Leadership time funded for clinical and care professional leads";

    private sealed record ActionSpec(string CriterionId, string Title, string Description, string OwnerPost, int DueInMonths, ActionStatus Status,
        string? Progress, bool MovesLeadershipTime = false);

    /// <summary>
    /// Last year's plan, due dates counted in months from now: two done, two in progress and past due, and the rest
    /// under way or not yet started with time to go.
    /// </summary>
    private static readonly ActionSpec[] Actions =
    [
        new("P3.1", "Write leadership sessions into the job plans of every place clinical director",
            "Agree with each employer that leadership sessions sit in job plans, with backfill funded by the ICB.",
            "ICB medical director", -2, ActionStatus.InProgress,
            "Three of four places agreed; Hollowmere's employer has still to sign the backfill agreement.", MovesLeadershipTime: true),
        new("P1.3", "Publish the clinical executive's decisions within a week of each meeting",
            "A short decision log on the intranet and in the system bulletin, so frontline colleagues see what was decided and why.",
            "ICB director of nursing", -6, ActionStatus.Done, "Published after every meeting since the spring."),
        new("P4.3", "Name successors for every system leadership post",
            "Each post holder names at least one possible successor with the leadership team, and a development plan for them.",
            "ICB director of nursing", -1, ActionStatus.InProgress,
            "Successors named for half of the system posts; place posts follow in the new year."),
        new("P5.2", "Ask every leader to give their diversity information",
            "A campaign, with the staff networks, explaining why the system asks and how answers are protected.",
            "ICB medical director", -4, ActionStatus.Done, "Two reminders sent; answers rose from about a third to over half of leaders."),
        new("P3.2", "Give each clinical cabinet an analyst and a business manager",
            "Share the ICB's analysts across the cabinets so each has named support for its measures and papers.",
            "ICB director of nursing", 2, ActionStatus.InProgress, "Analysts named for the frailty and diabetes cabinets."),
        new("P4.4", "Fund backfill for action learning sets",
            "Release professionals for six half-days a year to take part in learning sets, with backfill paid from the leadership budget.",
            "ICB medical director", 4, ActionStatus.NotStarted, null),
        new("P1.5", "Invite the voluntary sector and social care to chair clinical cabinets in turn",
            "Shared leadership across sectors: a rotating chair for the cabinets from next year.",
            "ICB director of nursing", 6, ActionStatus.NotStarted, null),
        new("P2.2", "Add a service user and a carer to every clinical cabinet",
            "Recruit through Healthwatch and the carers' centre, with expenses paid and an induction.",
            "ICB medical director", -3, ActionStatus.Dropped,
            "Folded into the people and communities framework's plan, which covers every body, not only the cabinets."),
    ];

    private static IEnumerable<PlanAction> Plan(Framework framework, Assessment assessment, NetworkEntities network, IEnumerable<Measure> measures,
        DateTimeOffset now)
    {
        var today = UkDate.DateOf(now);
        var leadershipTime = measures.FirstOrDefault(m => m.Name == LeadershipTimeMeasure)?.Id;
        var created = assessment.CompletedAt!.Value.AddDays(7);
        foreach (var spec in Actions)
        {
            var owner = network.Posts.First(p => p.Title == spec.OwnerPost);
            var holder = network.People.First(p => p.Id == owner.HolderPersonId);
            yield return new PlanAction
            {
                SystemId = framework.SystemId, FrameworkId = framework.Id, CriterionId = spec.CriterionId, AssessmentId = assessment.Id,
                Title = spec.Title, Description = spec.Description, Owner = $"{holder.Name}, {spec.OwnerPost}", OwnerPersonId = holder.Id,
                DueOn = today.AddMonths(spec.DueInMonths), Status = spec.Status, ProgressNote = spec.Progress,
                MeasureId = spec.MovesLeadershipTime ? leadershipTime : null,
                CreatedAt = created, UpdatedAt = spec.Progress is null ? created : now.AddDays(-10),
            };
        }
    }
}

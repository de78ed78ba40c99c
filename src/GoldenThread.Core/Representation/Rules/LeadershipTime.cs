using System.Globalization;

namespace GoldenThread.Representation.Rules;

/// <summary>R-LEADERSHIP-TIME-FUNDED: each current clinical membership and each held post has time allocated and a funder.</summary>
public sealed class LeadershipTimeFunded : RepresentationRule
{
    public override string Id => "R-LEADERSHIP-TIME-FUNDED";

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        foreach (var body in context.ActiveBodies)
            foreach (var seat in context.Current(body.Id).Where(m => m.Capacity == "clinical"))
                if (Lacking(seat.HoursPerMonth, seat.FundedByOrganisationId, "hours") is { } lacking)
                    yield return context.Finding(body.Id,
                        $"{context.Network.People[seat.PersonId].Person.Name}'s clinical seat on {body.Name} has {lacking}.",
                        string.Create(CultureInfo.InvariantCulture, $"{seat.PersonId}|{seat.Role}|{seat.Start:yyyy-MM-dd}"));
        foreach (var post in context.Network.Document.Posts.Where(p => CypLead.Held(p, context.On)))
            if (Lacking(post.SessionsPerWeek, post.FundedByOrganisationId, "sessions") is { } lacking)
                yield return context.Finding(null, $"The post {post.Title} has {lacking}.", post.Id);
    }

    /// <summary>Whether a seat's hours or a post's sessions are funded in this rule's sense: time allocated and a funder named.</summary>
    public static bool Funded(decimal time, string? funder) => Lacking(time, funder, "") is null;

    private static string? Lacking(decimal time, string? funder, string unit) => (time > 0, funder is not null) switch
    {
        (false, false) => $"no {unit} allocated and no funder",
        (false, true) => $"no {unit} allocated",
        (true, false) => "no funder",
        _ => null,
    };
}

/// <summary>R-SUCCESSION: each held post at system level has at least one named successor.</summary>
public sealed class Succession : RepresentationRule
{
    public override string Id => "R-SUCCESSION";

    public override IEnumerable<Finding> Evaluate(RuleContext context) =>
        context.Network.Document.Posts.Where(p => p.Level == "system" && CypLead.Held(p, context.On) && p.Successors.Count == 0)
            .Select(p => context.Finding(null, $"The system post {p.Title} has no named successor.", p.Id));
}

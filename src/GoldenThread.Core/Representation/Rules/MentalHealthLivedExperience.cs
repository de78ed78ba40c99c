namespace GoldenThread.Representation.Rules;

/// <summary>
/// R-MENTAL-HEALTH-LIVED-EXPERIENCE: each body whose topic is mental health, and each network board for mental
/// health, has a current service user and a current carer.
/// </summary>
public sealed class MentalHealthLivedExperience : RepresentationRule
{
    public override string Id => "R-MENTAL-HEALTH-LIVED-EXPERIENCE";

    public override IReadOnlyDictionary<string, object> Defaults { get; } = new Dictionary<string, object> { ["topic"] = "mental health" };

    private static readonly Requirement[] LivedExperience =
    [
        new("service user", _ => true) { Role = "service-user", Suits = p => p.IsLay },
        new("carer", _ => true) { Role = "carer", Suits = p => p.IsLay },
    ];

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var topic = context.Parameters.Text("topic");
        var bodies = context.ActiveBodies.Where(b => Voices.Mentions(b.Topic, topic) || b.Kind == "network-board" && Voices.Mentions(b.Name, topic));
        foreach (var body in bodies)
            if (context.Unmet([body.Id], LivedExperience) is { } target)
                yield return context.Finding(body.Id, $"{body.Name} has no current {RuleContext.Listed(target.Missing, "or")} among its members.")
                    with { Targets = [target] };
    }
}

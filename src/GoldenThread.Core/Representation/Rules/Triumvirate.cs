namespace GoldenThread.Representation.Rules;

/// <summary>R-TRIUMVIRATE: each board of the named kinds has a current clinical, managerial and lay member.</summary>
public sealed class Triumvirate : RepresentationRule
{
    public override string Id => "R-TRIUMVIRATE";

    public override IReadOnlyDictionary<string, object> Defaults { get; } = new Dictionary<string, object>
    {
        ["kinds"] = new[] { "icb-board", "icp", "place-board", "clinical-executive" },
    };

    private static readonly Requirement[] Capacities = [Voices.Capacity("clinical"), Voices.Capacity("managerial"), Voices.Capacity("lay")];

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var kinds = context.Parameters.Strings("kinds");
        foreach (var body in context.ActiveBodies.Where(b => kinds.Contains(b.Kind)))
            if (context.Unmet([body.Id], Capacities) is { } target)
                yield return context.Finding(body.Id, $"{body.Name} has no current {RuleContext.Listed(target.Missing.Select(Bare), "or")} member.")
                    with { Targets = [target] };
    }

    private static Requirement Bare(Requirement capacity) => capacity with { Label = capacity.Capacity! };
}

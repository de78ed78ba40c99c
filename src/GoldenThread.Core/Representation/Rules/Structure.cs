namespace GoldenThread.Representation.Rules;

/// <summary>R-DECISION-RIGHTS-DECLARED: each body has agreed what it may decide.</summary>
public sealed class DecisionRightsDeclared : RepresentationRule
{
    public override string Id => "R-DECISION-RIGHTS-DECLARED";

    public override IEnumerable<Finding> Evaluate(RuleContext context) =>
        context.ActiveBodies.Where(b => b.DecisionRights is "undeclared" or "")
            .Select(b => context.Finding(b.Id, $"{b.Name} has not agreed its decision rights."));
}

/// <summary>R-FEEDS-INTO: each body other than the board and the partnership feeds into a body that is active.</summary>
public sealed class FeedsInto : RepresentationRule
{
    public override string Id => "R-FEEDS-INTO";

    public override IReadOnlyDictionary<string, object> Defaults { get; } = new Dictionary<string, object> { ["exemptKinds"] = new[] { "icb-board", "icp" } };

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var exempt = context.Parameters.Strings("exemptKinds");
        var active = context.ActiveBodies.Select(b => b.Id).ToHashSet();
        foreach (var body in context.ActiveBodies.Where(b => !exempt.Contains(b.Kind) && !b.FeedsInto.Any(active.Contains)))
            yield return context.Finding(body.Id, body.FeedsInto.Count == 0
                ? $"{body.Name} does not feed into any body."
                : $"{body.Name} feeds only into bodies that are not active on this date.");
    }
}

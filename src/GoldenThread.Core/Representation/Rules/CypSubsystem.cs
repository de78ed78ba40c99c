namespace GoldenThread.Representation.Rules;

/// <summary>R-CYP-SUBSYSTEM: a children and young people's board has current members from health, social care, psychology and education.</summary>
public sealed class CypSubsystem : RepresentationRule
{
    public override string Id => "R-CYP-SUBSYSTEM";

    private static readonly Requirement[] Partners =
    [
        new("health", p => p.Health),
        new("social care", p => p.SocialCare),
        new("psychology", p => p.Profession == "psychology"),
        new("education", p => p.Setting == "education" || p.Sector == "education"),
    ];

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var boards = context.ActiveBodies.Where(b => b.Kind == "cyp-board").ToList();
        if (boards.Count == 0) yield break;
        var targets = new List<Target>();
        foreach (var board in boards)
        {
            if (context.Unmet([board.Id], Partners) is not { } target) yield break;
            targets.Add(target);
        }
        // Closing any one board's gaps is enough. With one board the finding is that board's; with several it is the
        // system's (so its key does not move as boards fill up) and names the board nearest to complete.
        var nearest = targets.Select((t, i) => (t, i)).MinBy(x => (x.t.Required, boards[x.i].Name)).i;
        var missing = RuleContext.Listed(targets[nearest].Missing);
        yield return (boards.Count == 1
                ? context.Finding(boards[0].Id, $"{boards[0].Name} has no current member from {missing}.")
                : context.Finding(null, $"No children and young people's board has current members from health, social care, psychology and education; the nearest, {boards[nearest].Name}, has none from {missing}."))
            with { Targets = targets };
    }
}

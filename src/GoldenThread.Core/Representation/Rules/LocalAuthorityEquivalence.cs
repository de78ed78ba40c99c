namespace GoldenThread.Representation.Rules;

/// <summary>
/// R-LOCAL-AUTHORITY-EQUIVALENCE: where the system has more than one unitary or county council, each has a current
/// member on some system-level body.
/// </summary>
public sealed class LocalAuthorityEquivalence : RepresentationRule
{
    public override string Id => "R-LOCAL-AUTHORITY-EQUIVALENCE";

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var authorities = context.Network.Document.Organisations
            .Where(o => o.Sector is "local-authority-unitary" or "local-authority-county").ToList();
        if (authorities.Count < 2) yield break;
        var bodies = context.SystemLevelBodies.Select(b => b.Id).ToList();
        foreach (var authority in authorities)
        {
            Requirement member = new($"a member from {authority.Name}", p => p.Organisation?.Id == authority.Id);
            if (context.Unmet(bodies, [member]) is { } target)
                yield return context.Finding(null, $"{authority.Name} has no current member on any system-level body.", authority.Id)
                    with { Targets = bodies.Count > 0 ? [target] : [] };
        }
    }
}

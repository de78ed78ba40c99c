namespace GoldenThread.Representation.Rules;

/// <summary>
/// R-DISTRICT-COUNCILS: in each two-tier place, a district council of that place has a current member on one of
/// the place's place-level bodies or on a system-level body. A two-tier place whose district councils are not in
/// the register is a gap that no appointment can close.
/// </summary>
public sealed class DistrictCouncils : RepresentationRule
{
    public override string Id => "R-DISTRICT-COUNCILS";

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        foreach (var place in context.Network.Document.Places.Where(p => p.LocalAuthorityTier == "two-tier"))
        {
            var councils = context.Network.Organisations.Values
                .Where(o => o.Sector == "local-authority-district" && o.PlaceId == place.Id).Select(o => o.Id).ToHashSet();
            if (councils.Count == 0)
            {
                yield return context.Finding(null, $"{place.Name} is a two-tier place, but the register has no district council there.", place.Id);
                continue;
            }
            var bodies = context.ActiveBodies.Where(b => b.Level == "system" || b.Level == "place" && b.PlaceId == place.Id).Select(b => b.Id).ToList();
            Requirement council = new($"a member from a district council in {place.Name}", p => p.Organisation is { } o && councils.Contains(o.Id));
            if (context.Unmet(bodies, [council]) is { } target)
                yield return context.Finding(null, $"No district council in {place.Name} has a current member on a body of the place or the system.", place.Id)
                    with { Targets = bodies.Count > 0 ? [target] : [] };
        }
    }
}

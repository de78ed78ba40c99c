using GoldenThread.Representation.Rules;

namespace GoldenThread.Representation;

/// <summary>
/// Evaluates the representation rules (shared/reference/representation-rules.md, as set by a
/// <see cref="RuleCatalogue"/>) over one system's network on a date: every enabled rule in one pass over an
/// in-memory snapshot, then up to <see cref="RuleCatalogue.CandidatesPerGap"/> people from the register for each gap.
/// </summary>
public sealed class RepresentationEngine(RuleCatalogue catalogue)
{
    /// <summary>Every rule GoldenThread knows, in the order of the default catalogue.</summary>
    public static readonly IReadOnlyList<RepresentationRule> Rules =
    [
        new Triumvirate(), new PrimaryCareVoice(), new CommunityCareVoice(), new SocialCareVoice(), new PublicHealthBoard(),
        new PharmacySenior(), new AmbulanceSenior(), new NursingCommunityAndHospital(), new AhpVoice(),
        new MentalHealthLivedExperience(), new CypLead(), new CypSubsystem(), new DistrictCouncils(),
        new LocalAuthorityEquivalence(), new CabinetMultidisciplinary(), new ForumCrossSector(), new DecisionRightsDeclared(),
        new FeedsInto(), new TopTableTenure(), new LeadershipTimeFunded(), new Succession(),
    ];

    private static readonly Lazy<RepresentationEngine> Shipped = new(() => new(RuleCatalogue.Default));

    /// <summary>The engine with the catalogue shipped with GoldenThread.</summary>
    public static RepresentationEngine Default => Shipped.Value;

    public RuleCatalogue Catalogue => catalogue;

    /// <param name="candidates">Whether each gap lists people who could close it: about half the work on a large
    /// system, so what-ifs, snapshots and the optimiser, which never read them, leave them out.</param>
    public IReadOnlyList<Finding> Evaluate(RepresentationNetwork network, DateOnly on, bool candidates = true)
    {
        var evaluation = new Evaluation(network, on, catalogue.TopLevelKinds);
        var search = candidates ? new CandidateSearch(evaluation, catalogue.CandidatesPerGap) : null;
        var findings = new List<Finding>();
        foreach (var definition in catalogue.Rules.Where(r => r.Enabled))
        {
            var rule = Rules.First(r => r.Id == definition.Id);
            var found = rule.Evaluate(new RuleContext(evaluation, definition))
                .Select(f => search is not null && f.Severity == Severity.Gap ? f with { Candidates = search.For(f) } : f)
                .OrderBy(f => f.BodyId is null ? "" : network.Bodies[f.BodyId].Name, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal);
            findings.AddRange(found);
        }
        return findings;
    }
}

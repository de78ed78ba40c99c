using System.Text.RegularExpressions;
using GoldenThread.Interchange;

namespace GoldenThread.Representation.Rules;

/// <summary>
/// R-CYP-LEAD: the system has a current clinical lead for child health — a clinical lead on a body for children and
/// young people (its kind, or a topic naming them), or the holder of a post whose title names them.
/// </summary>
public sealed class CypLead : RepresentationRule
{
    public override string Id => "R-CYP-LEAD";

    public override IReadOnlyDictionary<string, object> Defaults { get; } = new Dictionary<string, object>
    {
        ["keywords"] = new[] { "child health", "children and young people", "children's and young people", "paediatric", "paediatrics", "cyp" },
        ["specialties"] = new[] { "paediatrics", "childrens-nursing" },
    };

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var names = Keywords(context.Parameters.Strings("keywords"));
        var bodies = context.ActiveBodies.Where(b => b.Kind == "cyp-board" || b.Topic is not null && names.IsMatch(b.Topic)).Select(b => b.Id).ToList();
        if (context.Network.Document.Posts.Any(p => Held(p, context.On) && names.IsMatch(p.Title))) yield break;
        var specialties = context.Parameters.Strings("specialties");
        Requirement lead = new("a clinical lead for child health", _ => true)
        {
            // Any capacity counts (the rule names only the role); whoever is proposed is a clinician, so sits as one.
            Role = "clinical-lead",
            Suits = p => p.NaturalCapacity == "clinical",
            Affinity = p => p.Person.Specialty is { } s && specialties.Contains(s) ? 1 : 0,
        };
        if (bodies.Count == 0)
            yield return context.Finding(null, "The system has no clinical lead for child health: no post for child health is held, and there is no body for children and young people to name one.");
        else if (context.Unmet(bodies, [lead]) is { } target)
            yield return context.Finding(null, "The system has no clinical lead for child health: no post for child health is held, and no body for children and young people has a current clinical lead.")
                with { Targets = [target] };
    }

    /// <summary>Whole words or phrases, any case: "CYP" and "Children and young people", but not "Cypress" or "bicycle".</summary>
    private static Regex Keywords(IEnumerable<string> keywords) =>
        new($@"\b(?:{string.Join('|', keywords.Select(Regex.Escape))})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool Held(PostRecord post, DateOnly on) => post.HolderPersonId is not null && (post.HolderSince is null || post.HolderSince <= on);
}

namespace GoldenThread.Representation.Rules;

/// <summary>The voices the rules look for, as requirements; "from primary care" means the setting or an NHS sector of that name.</summary>
internal static class Voices
{
    public static Requirement From(string setting, string label) => new(label, p => p.From(setting));

    /// <summary>From a setting, for a clinical body (a cabinet, a forum): any current member counts, but only clinicians are proposed.</summary>
    public static Requirement ClinicianFrom(string setting, string label) => From(setting, label) with { Suits = p => p.NaturalCapacity == "clinical" };

    public static Requirement Capacity(string capacity) => new($"a {capacity} member", _ => true)
    {
        Capacity = capacity,
        Suits = capacity switch
        {
            "lay" => p => p.IsLay,
            "managerial" => p => !p.IsLay && (p.Profession == "management" || p.Senior),
            _ => p => p.NaturalCapacity == "clinical",
        },
        Affinity = p => capacity == "managerial" && p.Profession == "management" ? 1 : 0,
    };

    public static bool Mentions(string? text, string words) =>
        text is not null && text.Contains(words, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A rule that some body of a set — the top-level bodies, the system-level ones — has a voice among its current members.</summary>
public abstract class VoiceRule : RepresentationRule
{
    protected abstract IEnumerable<Interchange.BodyRecord> Bodies(RuleContext context);
    protected abstract Requirement Voice(RuleContext context);
    protected abstract string Where { get; }

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var bodies = Bodies(context).Select(b => b.Id).ToList();
        if (bodies.Count == 0) yield break;
        var voice = Voice(context);
        if (context.Unmet(bodies, [voice]) is { } target)
            yield return context.Finding(null, $"No {Where} has {voice.Label} among its current members.") with { Targets = [target] };
    }
}

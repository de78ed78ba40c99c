namespace GoldenThread.Representation;

/// <summary>
/// One representation rule: a small function from the network on a date to findings. Its id and the names and
/// types of its parameters are fixed here; severity, whether it runs, and parameter values come from the catalogue.
/// </summary>
public abstract class RepresentationRule
{
    public abstract string Id { get; }

    /// <summary>Each parameter the rule reads, with the value it takes when the catalogue does not set it.</summary>
    public virtual IReadOnlyDictionary<string, object> Defaults { get; } = new Dictionary<string, object>();

    public abstract IEnumerable<Finding> Evaluate(RuleContext context);
}

/// <summary>What a rule sees: the network on the evaluation date, and its own settings.</summary>
public sealed class RuleContext(Evaluation evaluation, RuleDefinition definition)
{
    public RepresentationNetwork Network => evaluation.Network;
    public DateOnly On => evaluation.On;
    public RuleParameters Parameters => definition.Parameters;
    public IReadOnlyList<Interchange.BodyRecord> ActiveBodies => evaluation.ActiveBodies;
    public IReadOnlyList<Interchange.BodyRecord> TopLevelBodies => evaluation.TopLevelBodies;
    public IEnumerable<Interchange.BodyRecord> SystemLevelBodies => evaluation.ActiveBodies.Where(b => b.Level == "system");
    public IReadOnlyList<Interchange.MembershipRecord> Current(string bodyId) => evaluation.Current(bodyId);
    public string BodyName(string bodyId) => Network.Bodies[bodyId].Name;

    public Finding Finding(string? bodyId, string message, string? subject = null) =>
        new(definition.Id, definition.Severity, bodyId, message) { Subject = subject };

    /// <summary>
    /// The requirements not met by any current member of these bodies, as a target, or null when at least
    /// <paramref name="required"/> of them are met.
    /// </summary>
    public Target? Unmet(IReadOnlyList<string> bodyIds, IReadOnlyList<Requirement> requirements, int? required = null)
    {
        var need = required ?? requirements.Count;
        var met = new bool[requirements.Count];
        foreach (var bodyId in bodyIds)
            foreach (var membership in Current(bodyId))
            {
                var person = Network.People[membership.PersonId];
                for (var i = 0; i < requirements.Count; i++)
                    met[i] |= requirements[i].MetBy(person, membership.Role, membership.Capacity);
            }
        var present = met.Count(m => m);
        return present >= need ? null : new Target(bodyIds, [.. requirements.Where((_, i) => !met[i])], need - present);
    }

    /// <summary>"a lay member", "a service user and a carer", "a community nurse, an acute nurse or a GP".</summary>
    public static string Listed(IEnumerable<Requirement> requirements, string conjunction = "and") =>
        GoldenThread.Network.Prose.List(requirements.Select(r => r.Label), conjunction);
}

namespace GoldenThread.Representation.Rules;

/// <summary>R-CABINET-MULTIDISCIPLINARY: each clinical cabinet has current members from at least two of primary care, acute and community.</summary>
public sealed class CabinetMultidisciplinary : RepresentationRule
{
    public override string Id => "R-CABINET-MULTIDISCIPLINARY";

    public override IReadOnlyDictionary<string, object> Defaults { get; } = new Dictionary<string, object> { ["minimum"] = 2 };

    private static readonly Requirement[] Settings =
        [Voices.ClinicianFrom("primary-care", "primary care"), Voices.ClinicianFrom("acute", "acute"), Voices.ClinicianFrom("community", "community services")];

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var minimum = Math.Min(context.Parameters.Number("minimum"), Settings.Length);
        foreach (var cabinet in context.ActiveBodies.Where(b => b.Kind == "clinical-cabinet"))
            if (context.Unmet([cabinet.Id], Settings, minimum) is { } target)
                yield return context.Finding(cabinet.Id,
                    $"{cabinet.Name} has current members from {Settings.Length - target.Missing.Count} of primary care, acute and community services; at least {minimum} are needed.")
                    with { Targets = [target] };
    }
}

/// <summary>R-FORUM-CROSS-SECTOR: each clinical forum has current members from primary care, acute, mental health and community.</summary>
public sealed class ForumCrossSector : RepresentationRule
{
    public override string Id => "R-FORUM-CROSS-SECTOR";

    private static readonly Requirement[] Settings =
    [
        Voices.ClinicianFrom("primary-care", "primary care"), Voices.ClinicianFrom("acute", "acute"),
        Voices.ClinicianFrom("mental-health", "mental health"), Voices.ClinicianFrom("community", "community services"),
    ];

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        foreach (var forum in context.ActiveBodies.Where(b => b.Kind == "clinical-forum"))
            if (context.Unmet([forum.Id], Settings) is { } target)
                yield return context.Finding(forum.Id, $"{forum.Name} has no current member from {RuleContext.Listed(target.Missing, "or")}.")
                    with { Targets = [target] };
    }
}

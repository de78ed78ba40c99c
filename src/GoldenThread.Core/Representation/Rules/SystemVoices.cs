using GoldenThread.Interchange;

namespace GoldenThread.Representation.Rules;

/// <summary>R-PRIMARY-CARE-VOICE: some top-level body has a current member from primary care.</summary>
public sealed class PrimaryCareVoice : VoiceRule
{
    public override string Id => "R-PRIMARY-CARE-VOICE";
    protected override string Where => "top-level body";
    protected override IEnumerable<BodyRecord> Bodies(RuleContext context) => context.TopLevelBodies;
    protected override Requirement Voice(RuleContext context) => Voices.From("primary-care", "a member from primary care");
}

/// <summary>R-COMMUNITY-CARE-VOICE: some top-level body has a current member from community services.</summary>
public sealed class CommunityCareVoice : VoiceRule
{
    public override string Id => "R-COMMUNITY-CARE-VOICE";
    protected override string Where => "top-level body";
    protected override IEnumerable<BodyRecord> Bodies(RuleContext context) => context.TopLevelBodies;
    protected override Requirement Voice(RuleContext context) => Voices.From("community", "a member from community services");
}

/// <summary>R-SOCIAL-CARE-VOICE: some top-level body has a current social worker or member working in social care.</summary>
public sealed class SocialCareVoice : VoiceRule
{
    public override string Id => "R-SOCIAL-CARE-VOICE";
    protected override string Where => "top-level body";
    protected override IEnumerable<BodyRecord> Bodies(RuleContext context) => context.TopLevelBodies;
    protected override Requirement Voice(RuleContext context) => new("a social worker or member from social care", p => p.SocialCare);
}

/// <summary>R-PUBLIC-HEALTH-BOARD: the ICB board or the partnership has a current member from public health.</summary>
public sealed class PublicHealthBoard : VoiceRule
{
    public override string Id => "R-PUBLIC-HEALTH-BOARD";

    public override IReadOnlyDictionary<string, object> Defaults { get; } = new Dictionary<string, object> { ["kinds"] = new[] { "icb-board", "icp" } };

    protected override string Where => "board or partnership";

    protected override IEnumerable<BodyRecord> Bodies(RuleContext context)
    {
        var kinds = context.Parameters.Strings("kinds");
        return context.ActiveBodies.Where(b => kinds.Contains(b.Kind));
    }

    protected override Requirement Voice(RuleContext context) =>
        new("a member from public health", p => p.Profession == "public-health" || p.Sector == "public-health");
}

/// <summary>R-PHARMACY-SENIOR: some system-level body has a current senior pharmacist.</summary>
public sealed class PharmacySenior : VoiceRule
{
    public override string Id => "R-PHARMACY-SENIOR";
    protected override string Where => "system-level body";
    protected override IEnumerable<BodyRecord> Bodies(RuleContext context) => context.SystemLevelBodies;
    protected override Requirement Voice(RuleContext context) => new("a senior pharmacist", p => p.Profession == "pharmacy" && p.Senior);
}

/// <summary>R-AMBULANCE-SENIOR: some system-level body has a current senior member from the ambulance service.</summary>
public sealed class AmbulanceSenior : VoiceRule
{
    public override string Id => "R-AMBULANCE-SENIOR";
    protected override string Where => "system-level body";
    protected override IEnumerable<BodyRecord> Bodies(RuleContext context) => context.SystemLevelBodies;
    protected override Requirement Voice(RuleContext context) => new("a senior member from the ambulance service", p => p.From("ambulance") && p.Senior);
}

/// <summary>R-AHP-VOICE: some system-level body has a current member from the allied health professions.</summary>
public sealed class AhpVoice : VoiceRule
{
    public override string Id => "R-AHP-VOICE";
    protected override string Where => "system-level body";
    protected override IEnumerable<BodyRecord> Bodies(RuleContext context) => context.SystemLevelBodies;
    protected override Requirement Voice(RuleContext context) => new("a member from the allied health professions", p => p.Profession == "ahp");
}

/// <summary>R-NURSING-COMMUNITY-AND-HOSPITAL: the top-level bodies together have a community nurse and a hospital nurse.</summary>
public sealed class NursingCommunityAndHospital : RepresentationRule
{
    public override string Id => "R-NURSING-COMMUNITY-AND-HOSPITAL";

    private static readonly Requirement[] Nurses =
    [
        new("a community nurse", p => p.Profession == "nursing" && p.From("community")),
        new("a hospital nurse", p => p.Profession == "nursing" && p.From("acute")),
    ];

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var bodies = context.TopLevelBodies.Select(b => b.Id).ToList();
        if (bodies.Count == 0) yield break;
        if (context.Unmet(bodies, Nurses) is { } target)
            yield return context.Finding(null, $"The top-level bodies have no current {string.Join(" or ", target.Missing.Select(r => r.Label[2..]))}.")
                with { Targets = [target] };
    }
}

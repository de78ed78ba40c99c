using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Representation.Rules;

namespace GoldenThread.Frameworks;

/// <summary>A part of a whole as evidence states it, "3 of 4 (75%)": the percentage rounds half away from zero, and is null when there is nothing to count.</summary>
public readonly record struct Share(int Count, int Of)
{
    public int? Percent => Of == 0 ? null : (int)Math.Round(100m * Count / Of, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The facts from the register that stand beside a framework criterion (<see cref="FrameworkCriterion.Evidence"/>), so
/// that a rating is argued from them (issue 8). <see cref="Keys"/> is the one list of evidence a framework file may name;
/// the computations read the network on a date with the representation rules' meaning of a current membership and an
/// active body (<see cref="Evaluation"/>), and the rules' meaning of funded time (<see cref="LeadershipTimeFunded"/>).
/// </summary>
public static class RegisterEvidence
{
    public const string ProfessionsVoice = "professions-voice";
    public const string LevelsVoice = "levels-voice";
    public const string SectorsVoice = "sectors-voice";
    public const string LayVoice = "lay-voice";
    public const string LearningSets = "learning-sets";
    public const string ProtectedTime = "protected-time";
    public const string Posts = "posts";
    public const string Succession = "succession";
    public const string OpenAdvertising = "open-advertising";
    public const string LeaderDiversity = "leader-diversity";

    public static readonly IReadOnlyList<string> Keys =
    [
        ProfessionsVoice, LevelsVoice, SectorsVoice, LayVoice, LearningSets, ProtectedTime, Posts, Succession, OpenAdvertising, LeaderDiversity,
    ];

    public static bool Knows(string key) => Keys.Contains(key, StringComparer.Ordinal);

    /// <summary>The representation rules that ask for a profession's voice (primary care, pharmacy, nursing, …).</summary>
    public static readonly IReadOnlyList<string> ProfessionRules =
    [
        "R-PRIMARY-CARE-VOICE", "R-COMMUNITY-CARE-VOICE", "R-SOCIAL-CARE-VOICE", "R-PUBLIC-HEALTH-BOARD", "R-PHARMACY-SENIOR",
        "R-AMBULANCE-SENIOR", "R-NURSING-COMMUNITY-AND-HOSPITAL", "R-AHP-VOICE", "R-CABINET-MULTIDISCIPLINARY",
    ];

    /// <summary>Professions of the vocabulary that are not clinical or care professions.</summary>
    private static readonly string[] NotClinicalOrCare = ["management", "lay"];

    public sealed record ProfessionSeats(int Professions, int AtSystem, int AtPlace, IReadOnlyList<string> Unseated);

    /// <summary>Of the clinical and care professions, how many have a current member on a system-level and on a place-level body, and which sit on none.</summary>
    public static ProfessionSeats Professions(VoiceMap map)
    {
        var rows = map.Professions.Where(r => !NotClinicalOrCare.Contains(r.Code)).ToList();
        int Seated(string level) => rows.Count(r => r.ByLevel.TryGetValue(level, out var s) && s.Voice != Voice.None);
        return new ProfessionSeats(rows.Count, Seated("system"), Seated("place"), [.. rows.Where(r => r.Members == 0).Select(r => r.Code)]);
    }

    /// <param name="ClinicalMembers">People with a current clinical seat on an active body of the level.</param>
    /// <param name="Deciding">Of them, those with such a seat on a body of the level that decides.</param>
    public sealed record LevelVoice(string Level, int Bodies, int DecidingBodies, int ClinicalMembers, int Deciding);

    /// <summary>Clinical and care members at each level with active bodies, highest first, and how many sit where decisions are made.</summary>
    public static IReadOnlyList<LevelVoice> Levels(RepresentationNetwork network, DateOnly on)
    {
        var evaluation = new Evaluation(network, on, []);
        return [.. evaluation.ActiveBodies.GroupBy(b => b.Level)
            .OrderBy(g => Vocabularies.Default.LevelFromTop(g.Key))
            .Select(level =>
            {
                var seats = level.SelectMany(b => evaluation.Current(b.Id).Where(m => m.Capacity == "clinical").Select(m => (Body: b, m.PersonId))).ToList();
                return new LevelVoice(level.Key, level.Count(), level.Count(VoiceMap.Decides),
                    seats.Select(s => s.PersonId).Distinct().Count(),
                    seats.Where(s => VoiceMap.Decides(s.Body)).Select(s => s.PersonId).Distinct().Count());
            })];
    }

    /// <summary>People in current lay seats (a lay member, or any seat in lay capacity), service users and carers; bodies with any of them.</summary>
    public sealed record LayVoices(int LayMembers, int ServiceUsers, int Carers, Share Bodies);

    public static LayVoices Lay(RepresentationNetwork network, DateOnly on)
    {
        var evaluation = new Evaluation(network, on, []);
        var seats = evaluation.ActiveBodies.SelectMany(b => evaluation.Current(b.Id)).ToList();
        int People(Func<MembershipRecord, bool> seat) => seats.Where(seat).Select(m => m.PersonId).Distinct().Count();
        static bool Lived(MembershipRecord m) => m.Role is "service-user" or "carer";
        static bool LaySeat(MembershipRecord m) => !Lived(m) && (m.Role == "lay-member" || m.Capacity == "lay");
        var bodies = evaluation.ActiveBodies.Count(b => evaluation.Current(b.Id).Any(m => Lived(m) || LaySeat(m)));
        return new LayVoices(People(LaySeat), People(m => m.Role == "service-user"), People(m => m.Role == "carer"),
            new Share(bodies, evaluation.ActiveBodies.Count));
    }

    /// <summary>Current clinical seats on active bodies, and held posts, with funded time.</summary>
    public sealed record Funding(Share Seats, Share Posts);

    public static Funding Funded(RepresentationNetwork network, DateOnly on)
    {
        var evaluation = new Evaluation(network, on, []);
        var seats = evaluation.ActiveBodies.SelectMany(b => evaluation.Current(b.Id)).Where(m => m.Capacity == "clinical").ToList();
        var posts = network.Document.Posts.Where(p => CypLead.Held(p, on)).ToList();
        return new Funding(
            new Share(seats.Count(m => LeadershipTimeFunded.Funded(m.HoursPerMonth, m.FundedByOrganisationId)), seats.Count),
            new Share(posts.Count(p => LeadershipTimeFunded.Funded(p.SessionsPerWeek, p.FundedByOrganisationId)), posts.Count));
    }

    public sealed record PostCounts(int Posts, int Held, int WithSuccessor);

    public static PostCounts Holders(RepresentationNetwork network, DateOnly on)
    {
        var posts = network.Document.Posts;
        return new PostCounts(posts.Count, posts.Count(p => CypLead.Held(p, on)), posts.Count(p => p.Successors.Count > 0));
    }

    /// <summary>Posts by their readiest successor: one ready now; else one ready in 1 to 2 years; else none named.</summary>
    public sealed record Readiness(int ReadyNow, int ReadyLater, int None);

    public static Readiness Successors(RepresentationNetwork network)
    {
        var posts = network.Document.Posts;
        var now = posts.Count(p => p.Successors.Any(s => s.Readiness == "ready-now"));
        var none = posts.Count(p => p.Successors.Count == 0);
        return new Readiness(now, posts.Count - now - none, none);
    }

    public static Share Advertised(RepresentationNetwork network) =>
        new(network.Document.Posts.Count(p => p.OpenlyAdvertised), network.Document.Posts.Count);
}

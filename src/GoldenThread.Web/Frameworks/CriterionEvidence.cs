using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Data.Representation;
using GoldenThread.Diversity;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Web.Diversity;
using GoldenThread.Web.Representation;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Network.Prose;

namespace GoldenThread.Web.Frameworks;

/// <summary>
/// The facts from the register shown beside a framework criterion (<see cref="FrameworkCriterion.Evidence"/>), as the
/// partial <c>Pages/Frameworks/_CriterionEvidence.cshtml</c> renders them: computed by <see cref="RegisterEvidence"/>,
/// the representation rules and the diversity aggregates (never a special-category count below the threshold).
/// </summary>
public static class CriterionEvidence
{
    /// <summary>What a rater reads: a title, a few lines of facts with their numbers, where they live, and the day they are as of.</summary>
    public sealed record Facts(string Title, IReadOnlyList<string> Lines, string Link, string LinkText, DateOnly AsOf);

    /// <summary>How many finding messages professions-voice quotes.</summary>
    public const int MessagesShown = 3;

    /// <summary>The facts for one evidence key of the system, or null when the key is null, unknown or the system is not there.</summary>
    public static async Task<Facts?> ReadAsync(GoldenThreadDbContext db, string code, string? key, DateOnly today, CancellationToken cancellationToken) =>
        key is null ? null : (await ReadAsync(db, code, [key], today, cancellationToken)).GetValueOrDefault(key);

    /// <summary>The facts for several keys at once (a page of criteria), reading the network once.</summary>
    public static async Task<IReadOnlyDictionary<string, Facts>> ReadAsync(GoldenThreadDbContext db, string code, IEnumerable<string?> keys,
        DateOnly today, CancellationToken cancellationToken)
    {
        var wanted = keys.OfType<string>().Where(RegisterEvidence.Knows).Distinct().ToList();
        var facts = new Dictionary<string, Facts>();
        if (wanted.Count == 0 || await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return facts;
        var register = new Register(db, code, systemId, today);
        foreach (var key in wanted)
            facts[key] = await register.FactsAsync(key, cancellationToken);
        return facts;
    }

    /// <summary>Lines for the diversity of current members: per category, each group's disclosed count; nothing per group when respondents are withheld.</summary>
    public static IReadOnlyList<string> DiversityLines(DiversityReport.Report report)
    {
        var summary = report.Summary;
        var people = $"{Count(report.People, "current member")} of any body";
        if (summary.Respondents.Withheld)
            return [$"{people}; fewer than {DiversityVocabulary.Default.SuppressionThreshold} gave diversity information: not enough answers to show."];
        return
        [
            $"{people}; {DisclosedCount.Text(summary.Respondents)} gave diversity information.",
            .. summary.Categories.Select(c =>
                $"{c.Label}: {string.Join("; ", c.Cells.Select(cell => $"{cell.Group} {DisclosedCount.Text(cell.Count)}"))}; not answered {DisclosedCount.Text(c.NotAnswered)}."),
            DisclosedCount.Rule,
        ];
    }

    private static string Bodies(int n) => n == 1 ? "1 body" : $"{n:N0} bodies";

    /// <summary>"3 of 4 (75%)", "none of 0".</summary>
    public static string Of(Share share) => share.Percent is { } percent ? $"{share.Count:N0} of {share.Of:N0} ({percent}%)" : "none of 0";

    private sealed class Register(GoldenThreadDbContext db, string code, Guid systemId, DateOnly today)
    {
        private RepresentationRun? run;
        private string Href(string path) => $"/systems/{code}/{path}";

        private async Task<RepresentationRun> RunAsync(CancellationToken cancellationToken) =>
            run ??= await RepresentationRun.EvaluateAsync(db, code, today, candidates: false, cancellationToken)
                    ?? throw new InvalidOperationException($"The system {code} has no network");

        public async Task<Facts> FactsAsync(string key, CancellationToken cancellationToken)
        {
            Facts Made(string title, IReadOnlyList<string> lines, string path, string linkText) => new(title, lines, Href(path), linkText, today);
            if (key == RegisterEvidence.LearningSets)
                return Made("Learning sets", await LearningSetLinesAsync(cancellationToken), "learning-sets", "See the learning sets");
            if (key == RegisterEvidence.LeaderDiversity)
            {
                var members = DiversityReport.Find("members")!;
                var report = await DiversityReport.ReadAsync(db, systemId, members, today, cancellationToken);
                return Made("Diversity of leaders", DiversityLines(report), "diversity?population=members", "See the diversity of leaders");
            }
            var current = await RunAsync(cancellationToken);
            var network = current.Network;
            return key switch
            {
                RegisterEvidence.ProfessionsVoice => Made("Professions with a voice", ProfessionLines(current), "representation", "Read the representation report"),
                RegisterEvidence.LevelsVoice => Made("Clinical and care members by level", LevelLines(network), "representation/voice", "See voice against decision rights"),
                RegisterEvidence.SectorsVoice => Made("Members by sector", SectorLines(network), "representation/voice", "See voice against decision rights"),
                RegisterEvidence.LayVoice => Made("Lay members, service users and carers", LayLines(network), "bodies", "See the bodies and their members"),
                RegisterEvidence.ProtectedTime => Made("Funded leadership time", FundingLines(network),
                    "representation?rule=R-LEADERSHIP-TIME-FUNDED", "See the seats and posts without funded time"),
                RegisterEvidence.Posts => Made("Leadership posts", PostLines(network), "posts", "See the leadership posts"),
                RegisterEvidence.Succession => Made("Succession", SuccessionLines(network), "posts", "See the leadership posts"),
                RegisterEvidence.OpenAdvertising => Made("Open advertising of posts", AdvertisingLines(network), "posts", "See the leadership posts"),
                _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not evidence GoldenThread can show"),
            };
        }

        private static IReadOnlyList<string> ProfessionLines(RepresentationRun run)
        {
            var findings = run.Findings.Where(f => RegisterEvidence.ProfessionRules.Contains(f.Rule)).ToList();
            var gaps = findings.Count(f => f.Severity == Severity.Gap);
            var seats = RegisterEvidence.Professions(VoiceMap.Of(run.Network, run.On));
            List<string> lines =
            [
                $"The representation rules about professions find {Count(gaps, "gap")} and {Count(findings.Count - gaps, "warning")}.",
                .. findings.Take(MessagesShown).Select(f => f.Message),
                $"{seats.AtSystem} of {seats.Professions} clinical and care professions have a current member on a system-level body, and {seats.AtPlace} on a place-level body.",
            ];
            if (seats.Unseated.Count > 0)
                lines.Add($"No current member on any body: {List(seats.Unseated.Select(Labels.Profession))}.");
            return lines;
        }

        private IReadOnlyList<string> LevelLines(RepresentationNetwork network) =>
            [.. RegisterEvidence.Levels(network, today).Select(l =>
                $"{Labels.Of(l.Level)} level: {Count(l.ClinicalMembers, "clinical and care member")} on {Bodies(l.Bodies)}; " + l.DecidingBodies switch
                {
                    0 => "none of these bodies decides.",
                    1 => $"{l.Deciding} of them on the 1 body that decides.",
                    _ => $"{l.Deciding} of them on the {Bodies(l.DecidingBodies)} that decide.",
                })];

        private IReadOnlyList<string> SectorLines(RepresentationNetwork network)
        {
            var map = VoiceMap.Of(network, today);
            var seated = map.Sectors.Where(r => r.Members > 0).OrderByDescending(r => r.Members).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
            var lines = seated.Select(r => $"{Labels.Sector(r.Code)}: {Count(r.Members, "member")}; {VoiceWords.Short(r.Overall).ToLowerInvariant()}.").ToList();
            if (map.Sectors.Where(r => r.Members == 0).Select(r => Labels.Sector(r.Code)).ToList() is { Count: > 0 } unseated)
                lines.Add($"No current member on any body: {List(unseated)}.");
            return lines;
        }

        private IReadOnlyList<string> LayLines(RepresentationNetwork network)
        {
            var lay = RegisterEvidence.Lay(network, today);
            return
            [
                $"In current seats: {Count(lay.LayMembers, "lay member")}, {Count(lay.ServiceUsers, "service user")} and {Count(lay.Carers, "carer")}.",
                $"{Of(lay.Bodies)} active bodies have a lay member, service user or carer.",
            ];
        }

        private IReadOnlyList<string> FundingLines(RepresentationNetwork network)
        {
            var funding = RegisterEvidence.Funded(network, today);
            return
            [
                $"{Of(funding.Seats)} current clinical seats on bodies have hours a month allocated and a funder.",
                $"{Of(funding.Posts)} held leadership posts have sessions a week and a funder.",
            ];
        }

        private IReadOnlyList<string> PostLines(RepresentationNetwork network)
        {
            var posts = RegisterEvidence.Holders(network, today);
            return
            [
                $"{Count(posts.Posts, "leadership post")}: {posts.Held} with a holder, {posts.Posts - posts.Held} vacant.",
                $"{posts.WithSuccessor} of {posts.Posts} have a named successor.",
            ];
        }

        private static IReadOnlyList<string> SuccessionLines(RepresentationNetwork network)
        {
            var readiness = RegisterEvidence.Successors(network);
            return
            [
                $"{Count(readiness.ReadyNow, "post")} with a successor ready now.",
                $"{Count(readiness.ReadyLater, "post")} with a successor ready in 1 to 2 years, none ready now.",
                $"{Count(readiness.None, "post")} with no named successor.",
            ];
        }

        private static IReadOnlyList<string> AdvertisingLines(RepresentationNetwork network)
        {
            var advertised = RegisterEvidence.Advertised(network);
            return
            [
                $"{Of(advertised)} leadership posts were advertised openly.",
                $"{Count(advertised.Of - advertised.Count, "post")} filled without open advertising.",
            ];
        }

        private async Task<IReadOnlyList<string>> LearningSetLinesAsync(CancellationToken cancellationToken)
        {
            var sets = await db.LearningSets.AsNoTracking().Where(s => s.SystemId == systemId)
                .OrderByDescending(s => s.FormedOn).ThenBy(s => s.Name).Select(s => new { s.Name, s.FormedOn }).ToListAsync(cancellationToken);
            var members = await db.LearningSetMembers.AsNoTracking().Where(m => m.SystemId == systemId)
                .Select(m => new { m.PersonId, m.Name, m.Sector }).ToListAsync(cancellationToken);
            if (sets.Count == 0) return ["No learning sets yet."];
            var sectors = members.Select(m => m.Sector).OfType<string>().Distinct().Count();
            return
            [
                $"{Count(sets.Count, "learning set")} with {Count(members.Count, "member")} from {Count(sectors, "sector")}.",
                $"Most recently formed: {List(sets.Take(3).Select(s => $"{s.Name} ({UkTime.Day(s.FormedOn)})"))}.",
            ];
        }
    }
}

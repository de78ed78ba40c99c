using System.Globalization;
using GoldenThread.Network;
using Finding = GoldenThread.Programmes.Eligibility.Finding;
using Context = GoldenThread.Programmes.Eligibility.Context;

namespace GoldenThread.Programmes;

/// <summary>The criteria of reference/eligibility-criteria.md that an application meets or not on its own.</summary>
internal static class EligibilityChecks
{
    public static Finding TeamSize(Context c, Application a)
    {
        var n = a.Content.Members.Count;
        return new(n >= c.Settings.MinTeamSize, $"{Count(n, "member")}; at least {c.Settings.MinTeamSize} needed");
    }

    public static Finding PanSector(Context c, Application a) =>
        SectorMix(c, a.Content.Members.Select(m => m.Sector), "Members", "members");

    public static Finding MultiOrganisation(Context c, Application a)
    {
        var organisations = Distinct(a.Content.Members.Select(m => m.Organisation));
        return new(organisations.Count >= 2, $"{Count(organisations.Count, "organisation")} among the members; at least 2 needed");
    }

    public static Finding MultiSeniority(Context c, Application a)
    {
        var levels = Distinct(a.Content.Members.Select(m => m.Seniority));
        return new(levels.Count >= 2, $"{Count(levels.Count, "seniority level")}{Named(levels)}; at least 2 needed");
    }

    public static Finding MultiFunction(Context c, Application a)
    {
        var functions = Distinct(a.Content.Members.Select(m => m.Function));
        return new(functions.Count >= 2, $"{Count(functions.Count, "function")}{Named(functions)}; at least 2 needed");
    }

    public static Finding PriorityLink(Context c, Application a)
    {
        var issue = a.Content.WickedIssue;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(issue.Title)) missing.Add("title");
        if (string.IsNullOrWhiteSpace(issue.Description)) missing.Add("description");
        if (missing.Count > 0) return new(false, $"The wicked issue has no {Prose.List(missing, "or")}");
        var area = issue.PriorityArea.Trim();
        var system = c.Settings.System(a.SystemCode);
        if (system is null) return new(false, $"{a.SystemCode} is not one of the round's systems");
        var known = system.PriorityAreas.Any(p => string.Equals(p.Trim(), area, StringComparison.OrdinalIgnoreCase));
        return area.Length == 0
            ? new(false, $"No priority area given; {system.Code}'s are {Prose.List(system.PriorityAreas.Select(Quoted))}")
            : new(known, known
                ? $"Linked to {Quoted(area)}, one of {system.Code}'s priority areas"
                : $"{Quoted(area)} is not one of {system.Code}'s priority areas ({Prose.List(system.PriorityAreas.Select(Quoted))})");
    }

    /// <summary>"Stated": present and, after trimming, at least the catalogue's length (20 characters).</summary>
    public static Finding Stated(Context c, string text, string what)
    {
        var length = text.Trim().Length;
        return length == 0
            ? new(false, $"{what}: not stated")
            : new(length >= c.StatedLength, $"{what}: {Count(length, "character")}; at least {c.StatedLength} needed");
    }

    public static Finding Measurable(Context c, Application a)
    {
        var measures = a.Content.Measures;
        var usable = measures.Count(m => !string.IsNullOrWhiteSpace(m.Name) && m is { Baseline: { } b, Target: { } t } && b != t);
        return new(usable > 0, measures.Count == 0
            ? "No measures; at least 1 with a name, a baseline and a different target needed"
            : $"{Count(measures.Count, "measure")}, {usable} with a name, a baseline and a different target; at least 1 needed");
    }

    public static Finding SeniorSponsors(Context c, Application a)
    {
        var sponsors = a.Content.Sponsors;
        var senior = sponsors.Where(s => s.Senior).ToList();
        if (sponsors.Count > 0 && senior.Count == 0)
            return new(false, $"{Count(sponsors.Count, "sponsor")}, none of them senior; senior sponsors from at least 2 sectors needed, one outside the NHS");
        return SectorMix(c, senior.Select(s => s.Sector), "Senior sponsors", "senior sponsors");
    }

    public static Finding SeniorParticipants(Context c, Application a)
    {
        var seniors = a.Content.Members.Where(m => Normal(m.Seniority) is "senior" or "executive").ToList();
        var sectors = Distinct(seniors.Select(m => m.Sector));
        return new(sectors.Count >= 2, seniors.Count == 0
            ? "No senior or executive members; at least 2 sectors needed"
            : $"{Count(seniors.Count, "senior or executive member")} from {Count(sectors.Count, "sector")}{Named(sectors)}; at least 2 sectors needed");
    }

    public static Finding Commitment(Context c, Application a)
    {
        var members = a.Content.Members;
        if (members.Count == 0) return new(true, "No members to check");
        // A member without a name is still someone the team must account for: named by their place in the list.
        string Name(int i) => string.IsNullOrWhiteSpace(members[i].Name) ? $"member {i + 1}" : members[i].Name.Trim();
        var uncommitted = Enumerable.Range(0, members.Count).Where(i => !members[i].CommittedBeyondProgramme).Select(Name).ToList();
        var notSharing = Enumerable.Range(0, members.Count).Where(i => !members[i].WillShareLearning).Select(Name).ToList();
        if (uncommitted.Count == 0 && notSharing.Count == 0)
            return new(true, members.Count == 1 ? "The member is committed beyond the programme and will share learning"
                : $"All {Count(members.Count, "member")} are committed beyond the programme and will share learning");
        var parts = new List<string>();
        if (uncommitted.Count > 0) parts.Add($"{uncommitted.Count} of {members.Count} not committed beyond the programme ({Prose.List(uncommitted)})");
        if (notSharing.Count > 0) parts.Add($"{notSharing.Count} of {members.Count} will not share learning ({Prose.List(notSharing)})");
        return new(false, string.Join("; ", parts));
    }

    public static Finding Time(Context c, Application a)
    {
        var time = a.Content.EmployerTimeCommitment;
        var needed = $"at least {Days(c.Settings.MinDaysPerMonth)} a month needed";
        if (!time.Confirmed) return new(false, $"Employers' time not confirmed; {needed}");
        if (time.DaysPerMonth is not { } days) return new(false, $"Confirmed with no days a month given; {needed}");
        return new(days >= c.Settings.MinDaysPerMonth, $"Confirmed, {Days(days)} a month; {needed}");
    }

    /// <summary>At least two sectors among <paramref name="sectors"/>, at least one of them outside the NHS.</summary>
    private static Finding SectorMix(Context c, IEnumerable<string> sectors, string who, string whoLower)
    {
        var distinct = Distinct(sectors);
        var outside = distinct.Count(s => c.Vocabularies.Sectors.FirstOrDefault(v => v.Code == s) is { Nhs: false });
        if (distinct.Count == 0) return new(false, $"No {whoLower}; at least 2 sectors needed, one outside the NHS");
        return new(distinct.Count >= 2 && outside >= 1,
            $"{who} from {Count(distinct.Count, "sector")}{Named(distinct)}, {outside} outside the NHS; at least 2 needed, one outside the NHS");
    }

    private static string Normal(string value) => value.Trim().ToLowerInvariant();

    private static List<string> Distinct(IEnumerable<string> values) =>
        [.. values.Select(Normal).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal)];

    private static string Named(IReadOnlyList<string> values) => values.Count == 0 ? "" : $" ({string.Join(", ", values)})";

    private static string Quoted(string value) => $"“{value}”";

    private static string Count(int n, string noun) => Prose.Count(n, noun);

    private static string Days(decimal days) =>
        $"{days.ToString("0.##", CultureInfo.InvariantCulture)} {(days == 1 ? "day" : "days")}";
}

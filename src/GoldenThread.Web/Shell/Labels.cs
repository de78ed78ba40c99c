using GoldenThread.Network;

namespace GoldenThread.Web.Shell;

/// <summary>How vocabulary codes read on a page: "clinical-cabinet" is "Clinical cabinet"; professions have their own labels.</summary>
public static class Labels
{
    public static string Of(string? code)
    {
        if (string.IsNullOrEmpty(code)) return "";
        var words = code.Split('-').Select(w => Acronyms.Contains(w) ? w.ToUpperInvariant() : w).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }

    /// <summary>Words the NHS writes in capitals: "icb-board" is "ICB board", not "Icb board".</summary>
    private static readonly HashSet<string> Acronyms = ["icb", "icp", "cyp", "ahp", "nhs", "pcn", "vcse"];

    public static string Profession(string? code) =>
        Vocabularies.Default.Professions.FirstOrDefault(p => p.Code == code)?.Label ?? Of(code);

    /// <summary>"nhs-acute" is "NHS acute": the acronym keeps its capitals.</summary>
    public static string Sector(string? code) =>
        code?.StartsWith("nhs-", StringComparison.Ordinal) == true ? "NHS " + code[4..].Replace('-', ' ') : Of(code);

    /// <summary>"ready-1-2-years" is "Ready in 1 to 2 years", as succession plans say it.</summary>
    public static string Readiness(string? code) => code switch
    {
        "ready-now" => "Ready now",
        "ready-1-2-years" => "Ready in 1 to 2 years",
        _ => Of(code),
    };

    public static IReadOnlyList<Choice> Choices(IEnumerable<string> codes) => [.. codes.Select(c => new Choice(c, Of(c)))];

    public static IReadOnlyList<Choice> Sectors => [.. Vocabularies.Default.Sectors.Select(s => new Choice(s.Code, Sector(s.Code)))];
    public static IReadOnlyList<Choice> Professions => [.. Vocabularies.Default.Professions.Select(p => new Choice(p.Code, p.Label))];
}

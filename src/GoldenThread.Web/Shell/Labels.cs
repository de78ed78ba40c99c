using GoldenThread.Network;

namespace GoldenThread.Web.Shell;

/// <summary>How vocabulary codes read on a page: "clinical-cabinet" is "Clinical cabinet"; professions have their own labels.</summary>
public static class Labels
{
    public static string Of(string? code) =>
        string.IsNullOrEmpty(code) ? "" : char.ToUpperInvariant(code[0]) + code[1..].Replace('-', ' ');

    public static string Profession(string? code) =>
        Vocabularies.Default.Professions.FirstOrDefault(p => p.Code == code)?.Label ?? Of(code);

    public static IReadOnlyList<Choice> Choices(IEnumerable<string> codes) => [.. codes.Select(c => new Choice(c, Of(c)))];
}

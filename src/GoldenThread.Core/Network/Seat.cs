using System.Globalization;
using System.Text.RegularExpressions;
using GoldenThread.Interchange;

namespace GoldenThread.Network;

/// <summary>
/// Who may take a seat on a made-up body: the professions, specialties and employers, a rank, and how near the
/// body's place. Written "[Nx ]role profession[/specialty][@employer][!rank][~scope]"; '|' separates alternatives.
/// Ranks: exec = executive, senior = senior or executive, mid = middle or senior, staff = not executive.
/// Scopes: local = employed in the body's place, place = there or by a system-wide organisation.
/// </summary>
internal sealed partial record Seat(
    string Text, string Role, int Count, string[] Professions, string[]? Specialties, string[]? Employers,
    string? Rank, string? Scope)
{
    private const string Grammar =
        @"^(?:(?<count>\d+)x )?(?<role>[a-z-]+) (?<professions>[a-z|-]+)(?:/(?<specialties>[a-z|-]+))?"
        + @"(?:@(?<employers>[a-z|-]+))?(?:!(?<rank>exec|senior|mid|staff))?(?:~(?<scope>place|local))?$";

    [GeneratedRegex(Grammar)]
    private static partial Regex Pattern();

    public static Seat Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"Seat \"{text}\" is not \"[Nx ]role profession[/specialty][@employer][!rank][~scope]\"");
        }

        string? Group(string name) => match.Groups[name].Success ? match.Groups[name].Value : null;
        var count = Group("count") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 1;
        return new Seat(text, Group("role")!, count, Group("professions")!.Split('|'), Group("specialties")?.Split('|'),
            Group("employers")?.Split('|'), Group("rank"), Group("scope"));
    }

    public bool AdmitsRank(string seniority) => Rank switch
    {
        "exec" => seniority == "executive",
        "senior" => seniority is "senior" or "executive",
        "mid" => seniority is "middle" or "senior",
        "staff" => seniority != "executive",
        _ => true,
    };
}

/// <summary>The terms of a seat that follow from who holds it and in what role.</summary>
internal static class MembershipTerms
{
    public static string Capacity(PersonRecord person, string role) =>
        person.Lay ? "lay" : role == "secretariat" || person.Profession == "management" ? "managerial" : "clinical";

    // Officers carry the body's business between meetings; lay and ordinary members attend and prepare.
    public static decimal HoursPerMonth(string role, Random rng) => role switch
    {
        "chair" or "clinical-lead" or "secretariat" => rng.Next(8, 17),
        "vice-chair" => rng.Next(4, 11),
        "service-user" or "carer" or "lay-member" => rng.Next(2, 7),
        _ => rng.Next(2, 9),
    };
}

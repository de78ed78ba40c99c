using System.Globalization;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Programmes;

/// <summary>How an application's answers read on a page: a measure's baseline and target, a sponsor or member in one line.</summary>
public static class AnswerWords
{
    public static string Number(double? value) => value?.ToString("#,0.####", CultureInfo.InvariantCulture) ?? "not given";

    /// <summary>"From 42 to 30 admissions a month".</summary>
    public static string Measure(ProposedMeasure measure) =>
        $"From {Number(measure.Baseline)} to {Number(measure.Target)}{(measure.Unit.Length == 0 ? "" : " " + measure.Unit)}";

    /// <summary>"Director of adult social care, Severn Vale Council (Local authority unitary); senior leader".</summary>
    public static string Sponsor(Sponsor sponsor) =>
        $"{sponsor.Role}, {sponsor.Organisation} ({Labels.Sector(sponsor.Sector)}); {(sponsor.Senior ? "senior leader" : "not a senior leader")}";

    /// <summary>"Severn Vale Council (Local authority unitary)".</summary>
    public static string Employer(TeamMember member) => $"{member.Organisation} ({Labels.Sector(member.Sector)})";

    public static string Function(string function) => TeamFunctions.Default.Find(function)?.Label ?? function;

    /// <summary>"Senior, clinical; committed beyond the programme; will share learning".</summary>
    public static string Role(TeamMember member) =>
        $"{Labels.Of(member.Seniority)}, {Function(member.Function).ToLowerInvariant()}; "
        + $"{(member.CommittedBeyondProgramme ? "committed" : "not committed")} beyond the programme; "
        + $"{(member.WillShareLearning ? "will share learning" : "will not share learning")}";

    public static string Time(TimeCommitment time) =>
        time.DaysPerMonth is not { } days ? "Not answered"
        : $"{(time.Confirmed ? "Confirmed" : "Not confirmed")}: {days.ToString("0.##", CultureInfo.InvariantCulture)} {(days == 1 ? "day" : "days")} a month";
}

/// <summary>
/// What <c>Pages/Programmes/Shared/_ApplicationAnswers.cshtml</c> draws: every answer of an application in summary
/// lists; with <paramref name="ChangeHref"/> (the address of a journey page by its slug), each with its Change link.
/// </summary>
public sealed record ApplicationAnswersView(ApplicationContent Content, Func<string, string>? ChangeHref = null);

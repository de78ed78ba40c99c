using System.Globalization;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Programmes;

/// <summary>One thing a change of a round alters, as the operator reads it; <see cref="Rule"/> when it bears on who may apply or is eligible.</summary>
public sealed record RoundDifference(string Setting, string Before, string After, bool Rule);

public static class RoundDifferences
{
    /// <summary>What differs between a round and its changed copy, in the order the form shows them.</summary>
    public static IReadOnlyList<RoundDifference> Between(ProgrammeRound before, ProgrammeRound after)
    {
        var differences = new List<RoundDifference>();
        void Compare(string setting, string was, string now, bool rule)
        {
            if (was != now) differences.Add(new(setting, was, now, rule));
        }
        static string N(decimal n) => n.ToString("0.##", CultureInfo.InvariantCulture);

        Compare("Name", before.Name, after.Name, false);
        Compare("Description", before.Description ?? "(none)", after.Description ?? "(none)", false);
        Compare("Opening date", UkTime.Day(before.OpensOn), UkTime.Day(after.OpensOn), true);
        Compare("Closing date", UkTime.Day(before.ClosesOn), UkTime.Day(after.ClosesOn), true);
        Compare("Minimum team size", N(before.MinTeamSize), N(after.MinTeamSize), true);
        Compare("Teams per system", N(before.MaxTeamsPerSystem), N(after.MaxTeamsPerSystem), true);
        Compare("People per system", N(before.PeoplePerSystem), N(after.PeoplePerSystem), true);
        Compare("Days a month", N(before.MinDaysPerMonth), N(after.MinDaysPerMonth), true);
        Compare("Reviewers per application", N(before.ReviewersPerApplication), N(after.ReviewersPerApplication), false);
        foreach (var code in before.Systems.Select(s => s.Code).Union(after.Systems.Select(s => s.Code)))
        {
            var (was, now) = (before.Systems.FirstOrDefault(s => s.Code == code), after.Systems.FirstOrDefault(s => s.Code == code));
            Compare($"{code} priority areas", was is null ? "(not in the round)" : string.Join(", ", was.PriorityAreas),
                now is null ? "(not in the round)" : string.Join(", ", now.PriorityAreas), true);
        }
        return differences;
    }
}

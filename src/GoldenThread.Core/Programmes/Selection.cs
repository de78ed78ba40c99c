namespace GoldenThread.Programmes;

/// <summary>
/// The operator's choice of teams for a round, checked against the round's rules (reference/eligibility-criteria.md,
/// issue 6 "selection"): only an eligible application may be selected, and no system may have more than
/// <c>maxTeamsPerSystem</c> selected teams, both refused; more than about <c>peoplePerSystem</c> people in a system's
/// selected teams is a warning the operator may confirm, as the people cap is approximate.
/// </summary>
public static class Selection
{
    /// <summary>A submitted application the operator may choose, as the round's eligibility reads it.</summary>
    /// <param name="System">The system as messages name it ("NHS Severn Vale ICB (QXV)").</param>
    public sealed record Candidate(Guid Id, string Team, string SystemCode, string System, bool Eligible, int Members);

    /// <summary>A choice that cannot stand; <see cref="ApplicationId"/> when one application is to blame, else the system's cap.</summary>
    public sealed record Problem(Guid? ApplicationId, string? SystemCode, string Message);

    /// <summary>A system whose selected teams hold more people than the round's approximate cap.</summary>
    public sealed record PeopleWarning(string SystemCode, int People, string Message);

    public sealed record Outcome(IReadOnlyList<Problem> Problems, IReadOnlyList<PeopleWarning> Warnings)
    {
        public bool Valid => Problems.Count == 0;
    }

    /// <summary>
    /// What is wrong with selecting <paramref name="chosen"/> among <paramref name="candidates"/>: problems in the
    /// candidates' order, then each system over its team cap; warnings for each system over the people cap, by code.
    /// </summary>
    public static Outcome Check(IReadOnlyList<Candidate> candidates, IReadOnlyCollection<Guid> chosen, int maxTeamsPerSystem, int peoplePerSystem)
    {
        var byId = candidates.ToDictionary(c => c.Id);
        var problems = new List<Problem>();
        var unknown = chosen.Count(id => !byId.ContainsKey(id));
        if (unknown > 0)
            problems.Add(new(null, null, unknown == 1
                ? "One of the teams chosen is not a submitted application of this round"
                : $"{unknown} of the teams chosen are not submitted applications of this round"));
        var selected = candidates.Where(c => chosen.Contains(c.Id)).ToList();
        problems.AddRange(selected.Where(c => !c.Eligible)
            .Select(c => new Problem(c.Id, c.SystemCode, $"{c.Team} ({c.System}) is not eligible, so it cannot be selected")));
        var bySystem = selected.GroupBy(c => c.SystemCode, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        problems.AddRange(bySystem.Where(g => g.Count() > maxTeamsPerSystem)
            .Select(g => new Problem(null, g.Key,
                $"{g.Count()} teams are selected from {g.First().System}; a system may have at most {maxTeamsPerSystem}")));
        var warnings = bySystem.Select(g => (System: g.First(), People: g.Sum(c => c.Members)))
            .Where(s => s.People > peoplePerSystem)
            .Select(s => new PeopleWarning(s.System.SystemCode, s.People,
                $"The teams selected from {s.System.System} have {s.People} members; the round plans for about {peoplePerSystem} people a system"))
            .ToList();
        return new Outcome(problems, warnings);
    }
}

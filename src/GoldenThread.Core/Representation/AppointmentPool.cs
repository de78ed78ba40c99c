using GoldenThread.Interchange;

namespace GoldenThread.Representation;

/// <summary>
/// The appointments that could help close a set of gap findings, for <see cref="FewestChanges"/>. Each missing
/// requirement of each target is a <see cref="Need"/>; an appointment of a person onto a body meets every need whose
/// target names that body and whose requirement the person meets in that seat. The candidates for a need are the
/// people who fit and suit its requirement and do not already sit on the body, each in the seat the requirement gives
/// them; one person may be a candidate on one body in several seats.
/// </summary>
internal sealed class AppointmentPool
{
    public sealed record Need(int Finding, int Target, Requirement Requirement);

    /// <summary>
    /// An appointment the solver may choose, of the <see cref="Class"/> of appointments to its body in its seat that meet
    /// the same needs; <see cref="Place"/> is its person's place in the class, 0 for the best.
    /// </summary>
    private const int SpreadRoom = 2;

    public sealed record Option(Appointment Seat, PersonFacts Person, IReadOnlyList<int> Needs, int Class, int Place);

    public IReadOnlyList<Finding> Findings { get; }
    /// <summary>For each finding, for each of its targets, the needs that are its missing requirements.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> TargetNeeds { get; }
    public IReadOnlyList<Need> Needs { get; }
    public IReadOnlyList<Option> Options { get; }
    /// <summary>For each need, the options that meet it.</summary>
    public IReadOnlyList<IReadOnlyList<int>> MeetersOf { get; }
    public int Candidates { get; }

    public AppointmentPool(RepresentationNetwork network, Evaluation evaluation, IReadOnlyList<Finding> findings)
    {
        Findings = findings;
        var needs = new List<Need>();
        var needsOnBody = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var targetNeeds = new List<IReadOnlyList<IReadOnlyList<int>>>();
        for (var f = 0; f < findings.Count; f++)
        {
            var targets = new List<IReadOnlyList<int>>();
            for (var t = 0; t < findings[f].Targets.Count; t++)
            {
                var target = findings[f].Targets[t];
                var ids = new List<int>();
                foreach (var requirement in target.Missing)
                {
                    ids.Add(needs.Count);
                    foreach (var body in target.BodyIds.Distinct())
                    {
                        if (!needsOnBody.TryGetValue(body, out var list)) needsOnBody[body] = list = [];
                        list.Add(needs.Count);
                    }
                    needs.Add(new Need(f, t, requirement));
                }
                targets.Add(ids);
            }
            targetNeeds.Add(targets);
        }
        (Needs, TargetNeeds) = (needs, targetNeeds);

        var seats = Seats(network, evaluation, findings, needs);
        Candidates = seats.Count;
        var ranking = new CandidateSearch(evaluation, 0);
        var options = new List<Option>();
        var classes = 0;
        foreach (var group in seats.Select(s => (Seat: s, Person: network.People[s.PersonId], Needs: Met(s, network, needs, needsOnBody[s.BodyId])))
                     .GroupBy(s => (s.Seat.BodyId, s.Seat.Role, s.Seat.Capacity, string.Join(',', s.Needs))))
        {
            // Appointments of one class (same body, same seat, same needs met) are interchangeable to the model. A set of
            // appointments that closes findings and from which none can be dropped uses each appointment on a body b as the
            // only one meeting some need on b (else it could be dropped), so it holds at most as many appointments on b as
            // there are needs on b — call that k — and never two of one class. Given any such set from the full pool, swap
            // each appointment of a class kept only in part for one of the class's k best people who is not already placed
            // on b by the set: at most k − 1 are, so one is free, and the swap meets the same needs, keeps one new seat per
            // person and body, and leaves other bodies alone. Appointments of classes kept whole stay as they are. So the
            // kept pool closes the same findings with the same number of appointments as the full one, and the optimum is the same.
            // Beyond those k, a few more people per class leave room to spread new seats over several people rather
            // than give the best-ranked person every one (FewestChanges' last step); more options never change the optimum.
            var body = network.Bodies[group.Key.BodyId];
            var keep = needsOnBody[group.Key.BodyId].Count + SpreadRoom;
            var best = group.OrderByDescending(s => ranking.RankOf(s.Person, body, [.. s.Needs.Select(n => needs[n].Requirement)])).Take(keep);
            options.AddRange(best.Select((s, place) => new Option(s.Seat, s.Person, s.Needs, classes, place)));
            classes++;
        }
        Options = options;
        var meeters = needs.Select(_ => new List<int>()).ToList();
        for (var o = 0; o < options.Count; o++)
            foreach (var need in options[o].Needs) meeters[need].Add(o);
        MeetersOf = meeters;
    }

    /// <summary>Every person, body and seat that meets some need: people in the order of their ids, so the pool never depends on the register's order.</summary>
    private static List<Appointment> Seats(RepresentationNetwork network, Evaluation evaluation, IReadOnlyList<Finding> findings, List<Need> needs)
    {
        var people = network.People.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var fitting = new Dictionary<Requirement, List<PersonFacts>>(ReferenceEqualityComparer.Instance);
        var seats = new List<Appointment>();
        var seen = new HashSet<Appointment>();
        foreach (var need in needs)
        {
            var requirement = need.Requirement;
            if (!fitting.TryGetValue(requirement, out var fit))
                fitting[requirement] = fit = [.. people.Where(p => requirement.Fits(p) && CandidateSearch.Suits(requirement, p))];
            foreach (var body in findings[need.Finding].Targets[need.Target].BodyIds)
                foreach (var person in fit)
                    if (!evaluation.Sits(person.Id, body) && requirement.SeatFor(person, body) is var seat && seen.Add(seat))
                        seats.Add(seat);
        }
        return seats;
    }

    private static List<int> Met(Appointment seat, RepresentationNetwork network, List<Need> needs, List<int> onBody)
    {
        var person = network.People[seat.PersonId];
        return [.. onBody.Where(n => needs[n].Requirement.MetBy(person, seat.Role, seat.Capacity))];
    }
}

using GoldenThread.Interchange;

namespace GoldenThread.Representation;

/// <summary>
/// The people in the register who could close a gap, best first: those who meet more of what is missing, then
/// those the requirement prefers (a paediatrician for a child health lead), then people of the body's place, then
/// the more senior, then those who already sit on fewer bodies; ties by name. Nobody already sitting on the body
/// is proposed for it. Each candidate is offered a body of their own place if the target has one, else the most empowered body they are
/// not on.
/// </summary>
public sealed class CandidateSearch(Evaluation evaluation, int limit)
{
    private static readonly string[] RightsOrder = ["decides", "endorses", "recommends", "advisory", "undeclared"];
    private readonly Dictionary<string, int> seats = [];

    public IReadOnlyList<Candidate> For(Finding finding)
    {
        var best = new Dictionary<string, (Candidate Candidate, Rank Rank)>();
        foreach (var target in finding.Targets)
        {
            var bodies = target.BodyIds.Select(id => evaluation.Network.Bodies[id]).OrderBy(Preference).ToList();
            foreach (var person in evaluation.Network.People.Values)
            {
                var requirement = target.Missing.FirstOrDefault(r => r.Fits(person) && Suits(r, person));
                if (requirement is null) continue;
                var body = bodies.Where(b => !evaluation.Sits(person.Id, b.Id)).OrderByDescending(b => SamePlace(person, b)).FirstOrDefault();
                if (body is null) continue;
                var seat = requirement.SeatFor(person, body.Id);
                var meets = target.Missing.Where(r => r.MetBy(person, seat.Role, seat.Capacity)).ToList();
                var rank = RankOf(person, body, meets);
                if (!best.TryGetValue(person.Id, out var current) || rank.CompareTo(current.Rank) > 0)
                    best[person.Id] = (new Candidate(person.Id, person.Person.Name, seat, [.. meets.Select(r => r.Label)]), rank);
            }
        }
        return [.. best.Values.OrderByDescending(c => c.Rank).Take(limit).Select(c => c.Candidate)];
    }

    /// <summary>How good a proposal it is to seat this person on this body, meeting these requirements: larger is better.</summary>
    internal Rank RankOf(PersonFacts person, BodyRecord body, IReadOnlyCollection<Requirement> meets) =>
        new(meets.Count, meets.Sum(r => r.Affinity(person)), SamePlace(person, body), person.SeniorityRank, -Seats(person.Id), person.Person.Name, person.Id);

    /// <summary>Who may be proposed: the requirement's own test of a person, if it has one beyond the seat.</summary>
    internal static bool Suits(Requirement requirement, PersonFacts person) => requirement.Suits?.Invoke(person) ?? true;

    private static (int, string, string) Preference(BodyRecord body) =>
        (Array.IndexOf(RightsOrder, body.DecisionRights) is var i and >= 0 ? i : RightsOrder.Length, body.Name, body.Id);

    private static int SamePlace(PersonFacts person, BodyRecord body) =>
        body.PlaceId is not null && person.Organisation?.PlaceId == body.PlaceId ? 1 : 0;

    private int Seats(string personId)
    {
        if (!seats.TryGetValue(personId, out var count)) seats[personId] = count = evaluation.SeatCount(personId);
        return count;
    }

    /// <summary>Larger is better; the name and id end ties so the order never depends on the register's order.</summary>
    internal sealed record Rank(int Meets, int Affinity, int SamePlace, int Seniority, int FewerSeats, string Name, string Id) : IComparable<Rank>
    {
        public int CompareTo(Rank? other)
        {
            if (other is null) return 1;
            var order = (Meets, Affinity, SamePlace, Seniority, FewerSeats).CompareTo((other.Meets, other.Affinity, other.SamePlace, other.Seniority, other.FewerSeats));
            if (order != 0) return order;
            order = -string.CompareOrdinal(Name, other.Name);
            return order != 0 ? order : -string.CompareOrdinal(Id, other.Id);
        }
    }
}

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

    // Rules share requirements between findings (every cabinet asks for the same three settings), so the register is
    // read once per requirement, not once per gap.
    private readonly Dictionary<Requirement, List<PersonFacts>> suited = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<Candidate> For(Finding finding)
    {
        var shortlist = new Shortlist(limit);
        foreach (var target in finding.Targets)
        {
            var bodies = target.BodyIds.Select(id => evaluation.Network.Bodies[id]).OrderBy(Preference).ToList();
            var considered = new HashSet<string>();
            // A person is proposed for the first missing requirement that suits them.
            foreach (var requirement in target.Missing)
                foreach (var person in Suited(requirement))
                    if (considered.Add(person.Id) && FreeBody(person, bodies) is { } body)
                        shortlist.Offer(Propose(person, requirement, body, target));
        }
        return [.. shortlist.Best.Select(p => p.Candidate())];
    }

    /// <summary>Who may be proposed for a requirement: those who fit it and suit it, in the register's order.</summary>
    private List<PersonFacts> Suited(Requirement requirement)
    {
        if (!suited.TryGetValue(requirement, out var people))
            suited[requirement] = people = [.. evaluation.Network.People.Values.Where(p => requirement.Fits(p) && Suits(requirement, p))];
        return people;
    }

    /// <summary>Who may be proposed: the requirement's own test of a person, if it has one beyond the seat.</summary>
    internal static bool Suits(Requirement requirement, PersonFacts person) => requirement.Suits?.Invoke(person) ?? true;

    /// <summary>The first body in order of preference that the person is not on, one of their own place if any.</summary>
    private BodyRecord? FreeBody(PersonFacts person, List<BodyRecord> bodies)
    {
        BodyRecord? free = null;
        foreach (var body in bodies)
        {
            if (evaluation.Sits(person.Id, body.Id)) continue;
            if (SamePlace(person, body) == 1) return body;
            free ??= body;
        }
        return free;
    }

    private Proposal Propose(PersonFacts person, Requirement requirement, BodyRecord body, Target target)
    {
        var seat = requirement.SeatFor(person, body.Id);
        return new Proposal(person, seat, target, RankOf(person, body, Meets(target, person, seat)));
    }

    /// <summary>How good a proposal it is to seat this person on this body, meeting these requirements: larger is better.</summary>
    internal Rank RankOf(PersonFacts person, BodyRecord body, IEnumerable<Requirement> meets)
    {
        var (count, affinity) = (0, 0);
        foreach (var requirement in meets) (count, affinity) = (count + 1, affinity + requirement.Affinity(person));
        return new(count, affinity, SamePlace(person, body), person.SeniorityRank, -evaluation.SeatCount(person.Id), person.Person.Name, person.Id);
    }

    /// <summary>What of the target the person would meet in that seat.</summary>
    private static IEnumerable<Requirement> Meets(Target target, PersonFacts person, Appointment seat)
    {
        foreach (var missing in target.Missing)
            if (missing.MetBy(person, seat.Role, seat.Capacity)) yield return missing;
    }

    private static (int, string, string) Preference(BodyRecord body) =>
        (Array.IndexOf(RightsOrder, body.DecisionRights) is var i and >= 0 ? i : RightsOrder.Length, body.Name, body.Id);

    private static int SamePlace(PersonFacts person, BodyRecord body) =>
        body.PlaceId is not null && person.Organisation?.PlaceId == body.PlaceId ? 1 : 0;

    /// <summary>
    /// The best proposals so far, best first, at most <c>limit</c> and one per person (their best, should several
    /// targets propose them). The lowest rank on a full list only ever rises, so a proposal turned away could never
    /// have ended among the best: the list ends as the best <c>limit</c> people without holding everyone proposed.
    /// </summary>
    private sealed class Shortlist(int limit)
    {
        private readonly List<Proposal> best = [];

        public IReadOnlyList<Proposal> Best => best;

        public void Offer(Proposal proposal)
        {
            var same = IndexOf(proposal.Person);
            if (same >= 0)
            {
                if (proposal.Rank.CompareTo(best[same].Rank) <= 0) return;
                best.RemoveAt(same);
            }
            else if (best.Count == limit && (limit == 0 || proposal.Rank.CompareTo(best[^1].Rank) <= 0)) return;
            var at = 0;
            while (at < best.Count && best[at].Rank.CompareTo(proposal.Rank) > 0) at++;
            best.Insert(at, proposal);
            if (best.Count > limit) best.RemoveAt(limit);
        }

        private int IndexOf(PersonFacts person)
        {
            for (var i = 0; i < best.Count; i++)
                if (best[i].Person == person) return i;
            return -1;
        }
    }

    /// <summary>A person who could take a seat; made into a <see cref="Candidate"/> only if they rank among the best.</summary>
    private readonly record struct Proposal(PersonFacts Person, Appointment Seat, Target Target, Rank Rank)
    {
        public Candidate Candidate() => new(Person.Id, Person.Person.Name, Seat, [.. Meets(Target, Person, Seat).Select(r => r.Label)]);
    }

    /// <summary>Larger is better; the name and id end ties so the order never depends on the register's order.</summary>
    internal readonly record struct Rank(int Meets, int Affinity, int SamePlace, int Seniority, int FewerSeats, string Name, string Id) : IComparable<Rank>
    {
        public int CompareTo(Rank other)
        {
            var order = (Meets, Affinity, SamePlace, Seniority, FewerSeats).CompareTo((other.Meets, other.Affinity, other.SamePlace, other.Seniority, other.FewerSeats));
            if (order != 0) return order;
            order = -string.CompareOrdinal(Name, other.Name);
            return order != 0 ? order : -string.CompareOrdinal(Id, other.Id);
        }
    }
}

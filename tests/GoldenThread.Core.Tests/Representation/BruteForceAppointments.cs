using System.Numerics;

namespace GoldenThread.Representation;

/// <summary>
/// The fewest-changes question answered the slow way, to check <see cref="FewestChanges"/> on small networks: every
/// candidate appointment, straight from the definition (nobody thinned out), and every set of up to a few of them.
/// </summary>
internal sealed class BruteForceAppointments
{
    private readonly IReadOnlyList<Finding> gaps;
    private readonly List<(Appointment Seat, ulong Meets)> candidates = [];
    /// <summary>For each gap, for each target: the bits of its missing requirements, and how many it needs.</summary>
    private readonly List<List<(ulong Bits, int Required)>> targets = [];

    public BruteForceAppointments(RepresentationNetwork network, IEnumerable<Finding> findings)
    {
        gaps = [.. findings.Where(f => f.Severity == Severity.Gap)];
        var needs = new List<(Target Target, Requirement Requirement)>();
        foreach (var gap in gaps)
        {
            var ofGap = new List<(ulong, int)>();
            foreach (var target in gap.Targets)
            {
                var bits = 0UL;
                foreach (var requirement in target.Missing)
                {
                    bits |= 1UL << needs.Count;
                    needs.Add((target, requirement));
                }
                ofGap.Add((bits, target.Required));
            }
            targets.Add(ofGap);
        }
        if (needs.Count > 64) throw new InvalidOperationException("too many requirements for the brute force");

        var sitting = network.Document.Memberships.Select(m => (m.PersonId, m.BodyId)).ToHashSet();
        var seats = new List<Appointment>();
        foreach (var (target, requirement) in needs)
            foreach (var body in target.BodyIds)
                foreach (var person in network.People.Values)
                    if (requirement.Fits(person) && (requirement.Suits?.Invoke(person) ?? true) && !sitting.Contains((person.Id, body))
                        && requirement.SeatFor(person, body) is var seat && !seats.Contains(seat))
                        seats.Add(seat);
        foreach (var seat in seats)
        {
            var person = network.People[seat.PersonId];
            var meets = 0UL;
            for (var n = 0; n < needs.Count; n++)
                if (needs[n].Target.BodyIds.Contains(seat.BodyId) && needs[n].Requirement.MetBy(person, seat.Role, seat.Capacity))
                    meets |= 1UL << n;
            candidates.Add((seat, meets));
        }
    }

    public int Candidates => candidates.Count;

    /// <summary>How many gaps these appointments close.</summary>
    public int Closes(IEnumerable<Appointment> appointments)
    {
        var met = appointments.Aggregate(0UL, (bits, a) => bits | candidates.Single(c => c.Seat == a).Meets);
        return targets.Count(ofGap => ofGap.Any(t => BitOperations.PopCount(met & t.Bits) >= t.Required));
    }

    /// <summary>For each size from 0 to <paramref name="most"/>: the most gaps any set of that many appointments or fewer closes.</summary>
    public int[] MostClosedBySize(int most)
    {
        var best = new int[most + 1];
        var taken = new HashSet<(string, string)>();
        void Extend(int from, int size, ulong met)
        {
            var closed = targets.Count(ofGap => ofGap.Any(t => BitOperations.PopCount(met & t.Bits) >= t.Required));
            for (var s = size; s <= most; s++) best[s] = Math.Max(best[s], closed);
            if (size == most) return;
            for (var c = from; c < candidates.Count; c++)
            {
                var (seat, meets) = candidates[c];
                if (!taken.Add((seat.PersonId, seat.BodyId))) continue;
                Extend(c + 1, size + 1, met | meets);
                taken.Remove((seat.PersonId, seat.BodyId));
            }
        }
        Extend(0, 0, 0UL);
        return best;
    }
}

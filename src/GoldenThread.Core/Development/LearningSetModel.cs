using Google.OrTools.Sat;

namespace GoldenThread.Development;

/// <summary>
/// The CP-SAT model of one system's sets for <see cref="LearningSetFormer"/>. People are numbered in their ids' order;
/// there are as many slots as the placed could fill with sets of the smallest size, a slot in use holding between the
/// smallest and largest size and one not in use nobody. Exactly <c>placed</c> people are in a slot. A slot counts a
/// sector (profession, seniority) when one of its members has it, and a kind held by c people counts in at most c slots
/// (implied, but without it the relaxation's bound was twice the best score); a slot counts its members from each organisation, and the
/// pairs among them through a table, with the tangents of n(n − 1)/2 added so that the linear relaxation sees the
/// pigeonhole (an organisation of c people over k sets has at least c − k pairs), which is most of the proof of the bound.
/// Slots are ordered by their lowest member — slot s may hold person i only if slot s − 1 holds someone before i — so
/// that the search does not visit the same sets under every numbering of the slots.
/// </summary>
internal sealed class LearningSetModel
{
    private readonly CpModel cp = new();
    private readonly BoolVar[,] member;
    private readonly BoolVar[,] before;
    private readonly BoolVar[] used;
    private readonly List<(int Slot, int[] People, BoolVar Counted)> counted = [];
    private readonly List<(int Slot, int[] People, IntVar Count, IntVar Pairs)> colleagues = [];

    public int People { get; }
    public int Slots { get; }

    /// <param name="most">A total no placement exceeds (<see cref="SetScoreBound"/>): the search may stop when it finds it.</param>
    public LearningSetModel(IReadOnlyList<Registrant> people, int placed, int minSize, int maxSize, LearningSetWeights weights, long most)
    {
        People = people.Count;
        Slots = placed / minSize;
        member = new BoolVar[People, Slots];
        before = new BoolVar[People, Slots];
        used = new BoolVar[Slots];
        for (var i = 0; i < People; i++)
            for (var s = 0; s < Slots; s++)
                member[i, s] = cp.NewBoolVar($"x{i}.{s}");

        for (var i = 0; i < People; i++) cp.AddAtMostOne(Row(i));
        cp.Add(LinearExpr.Sum(All()) == placed);
        for (var s = 0; s < Slots; s++)
        {
            used[s] = cp.NewBoolVar($"used{s}");
            var size = LinearExpr.Sum(Column(s));
            cp.Add(size >= LinearExpr.Term(used[s], minSize));
            cp.Add(size <= LinearExpr.Term(used[s], maxSize));
            if (s > 0) cp.AddImplication(used[s], used[s - 1]);
        }
        OrderByLowestMember();

        var score = new List<LinearExpr>();
        Distinct(people, r => r.Sector, weights.DistinctSectors, score);
        Distinct(people, r => r.Profession, weights.DistinctProfessions, score);
        Distinct(people, r => r.Seniority, weights.DistinctSeniorities, score);
        SameOrganisation(people, maxSize, weights.SameOrganisationPair, score);
        cp.Add(LinearExpr.Sum(score) <= most);
        cp.Maximize(LinearExpr.Sum(score));
    }

    public CpModel Cp => cp;

    private IEnumerable<BoolVar> Row(int person) => Enumerable.Range(0, Slots).Select(s => member[person, s]);

    private IEnumerable<BoolVar> Column(int slot) => Enumerable.Range(0, People).Select(i => member[i, slot]);

    private IEnumerable<BoolVar> All() => Enumerable.Range(0, People).SelectMany(Row);

    /// <summary>before[i, s]: slot s holds someone among people 0..i. Slot s + 1 may take person i only when before[i − 1, s].</summary>
    private void OrderByLowestMember()
    {
        for (var s = 0; s < Slots - 1; s++)
        {
            for (var i = 0; i < People; i++)
            {
                before[i, s] = cp.NewBoolVar($"before{i}.{s}");
                cp.AddImplication(member[i, s], before[i, s]);
                if (i == 0)
                {
                    cp.AddImplication(before[0, s], member[0, s]);
                    continue;
                }
                cp.AddImplication(before[i - 1, s], before[i, s]);
                cp.AddBoolOr([before[i, s].Not(), before[i - 1, s], member[i, s]]);
            }
        }
        for (var s = 1; s < Slots; s++)
        {
            cp.Add(member[0, s] == 0);
            for (var i = 1; i < People; i++) cp.AddImplication(member[i, s], before[i - 1, s - 1]);
        }
    }

    /// <summary>A variable per slot and value of the attribute, true only when a member of the slot has the value.</summary>
    private void Distinct(IReadOnlyList<Registrant> people, Func<Registrant, string> attribute, int weight, List<LinearExpr> score)
    {
        foreach (var value in Enumerable.Range(0, People).GroupBy(i => attribute(people[i]), StringComparer.Ordinal))
        {
            var holders = value.ToArray();
            var sets = new List<BoolVar>();
            for (var s = 0; s < Slots; s++)
            {
                var has = cp.NewBoolVar($"has{value.Key}.{s}");
                var members = holders.Select(i => member[i, s]).ToArray();
                // Linear, not a clause enforced by has, so that the relaxation (and so the bound) sees it at every level.
                // No clause forces has when a member has the kind: its weight is not negative (LearningSetWeights), so a
                // best solution sets it anyway, and the placement's score is counted from the members, not from has.
                cp.Add(has <= LinearExpr.Sum(members));
                counted.Add((s, holders, has));
                score.Add(LinearExpr.Term(has, weight));
                sets.Add(has);
            }
            cp.Add(LinearExpr.Sum(sets) <= Math.Min(holders.Length, Slots));
        }
    }

    /// <summary>For each organisation with two or more people and each slot: its members there and the pairs among them.</summary>
    private void SameOrganisation(IReadOnlyList<Registrant> people, int maxSize, int weight, List<LinearExpr> score)
    {
        foreach (var organisation in Enumerable.Range(0, People).GroupBy(i => people[i].OrganisationId, StringComparer.Ordinal))
        {
            var staff = organisation.ToArray();
            if (staff.Length < 2) continue;
            var most = Math.Min(staff.Length, maxSize);
            var table = Enumerable.Range(0, most + 1).Select(n => (long)Pairs(n)).ToArray();
            for (var s = 0; s < Slots; s++)
            {
                var count = cp.NewIntVar(0, most, $"staff{organisation.Key}.{s}");
                var pairs = cp.NewIntVar(0, table[most], $"pairs{organisation.Key}.{s}");
                cp.Add(count == LinearExpr.Sum(staff.Select(i => member[i, s])));
                cp.AddElement(count, table, pairs);
                // n(n − 1)/2 is convex: each chord between t and t + 1 (pairs ≥ t·n − t(t + 1)/2) lies below it.
                for (var t = 1; t < most; t++) cp.Add(pairs >= LinearExpr.Term(count, t) - t * (t + 1) / 2);
                colleagues.Add((s, staff, count, pairs));
                score.Add(LinearExpr.Term(pairs, weight));
            }
        }
    }

    public static int Pairs(int n) => n * (n - 1) / 2;

    /// <summary>Hints every variable from <paramref name="slotOf"/> (−1 for someone unplaced), whose slots are ordered by lowest member.</summary>
    public void Hint(IReadOnlyList<int> slotOf)
    {
        cp.ClearHints();
        for (var i = 0; i < People; i++)
            for (var s = 0; s < Slots; s++)
                cp.AddHint(member[i, s], slotOf[i] == s);
        for (var s = 0; s < Slots; s++)
        {
            cp.AddHint(used[s], slotOf.Contains(s));
            if (s == Slots - 1) continue;
            var seen = false;
            for (var i = 0; i < People; i++)
            {
                seen |= slotOf[i] == s;
                cp.AddHint(before[i, s], seen);
            }
        }
        foreach (var (slot, people, has) in counted) cp.AddHint(has, people.Any(i => slotOf[i] == slot));
        foreach (var (slot, people, count, pairs) in colleagues)
        {
            var n = people.Count(i => slotOf[i] == slot);
            cp.AddHint(count, n);
            cp.AddHint(pairs, Pairs(n));
        }
    }

    /// <summary>Each person's slot in the solver's solution, −1 for someone unplaced.</summary>
    public int[] SlotsIn(CpSolver solver)
    {
        var slotOf = new int[People];
        for (var i = 0; i < People; i++)
        {
            slotOf[i] = -1;
            for (var s = 0; s < Slots; s++)
                if (solver.BooleanValue(member[i, s])) slotOf[i] = s;
        }
        return slotOf;
    }
}

using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Representation;

/// <summary>One profession or sector: how many people of it sit on an active body now, and where it stands overall and at each level.</summary>
/// <param name="ByLevel">For each level, the standing its seats on bodies of that level give (a route may climb beyond the level).</param>
public sealed record VoiceRow(string Code, int Members, Standing Overall, IReadOnlyDictionary<string, Standing> ByLevel);

/// <summary>
/// Voice against decision rights (issue 5): for each profession and each sector of the vocabularies, where its people
/// sit on one day — on a body that decides, on one that reaches a deciding body only through what it feeds into (and in
/// how many steps), only on bodies that advise, or nowhere — overall and at each level.
/// <para>
/// "Current" and "active" are the representation rules' (see <see cref="Evaluation"/>): a membership ending on the day
/// still counts; a body not yet begun, or ended, is left out, and so breaks any feeds-into chain through it.
/// A person's sector is their organisation's, so people with no organisation count towards no sector.
/// </para>
/// <para>
/// Only <c>decides</c> is deciding. An <c>endorses</c> body signs off decisions made elsewhere — the vocabulary's own
/// meaning — so it can hold a decision up but does not make one: its seats count as any non-deciding body's do.
/// </para>
/// <para>
/// "Best", from the <see cref="Standing"/> order: deciding; then reaching a deciding body, fewer steps first (the steps
/// are the shortest feeds-into path, over active bodies, from a body the group sits on to one that decides); then
/// advising only; then nothing. A seat on a body that does not decide counts as reaching when any chain leads from it to a
/// deciding body, and as advising only when none does, so reaching ranks above advising only: its advice arrives where
/// decisions are made.
/// </para>
/// </summary>
public sealed class VoiceMap
{
    public required DateOnly On { get; init; }
    public required IReadOnlyList<string> Levels { get; init; }
    public required IReadOnlyList<VoiceRow> Professions { get; init; }
    public required IReadOnlyList<VoiceRow> Sectors { get; init; }

    public static bool Decides(BodyRecord body) => body.DecisionRights == "decides";

    public static VoiceMap Of(RepresentationNetwork network, DateOnly on, Vocabularies? vocabularies = null)
    {
        var vocabulary = vocabularies ?? Vocabularies.Default;
        var evaluation = new Evaluation(network, on, []);
        var order = HighestFirst(vocabulary);
        // Each group keeps its seats as positions in this one ordering, so its seats never need sorting again.
        var bodies = evaluation.ActiveBodies.Order(order).ToList();
        var deciding = new DecidingRoutes(evaluation.ActiveBodies, Decides, order);
        var routes = bodies.Select(b => deciding.From(b.Id)).ToList();

        var professions = new Dictionary<string, Group>();
        var sectors = new Dictionary<string, Group>();
        for (var position = 0; position < bodies.Count; position++)
            foreach (var membership in evaluation.Current(bodies[position].Id))
            {
                if (!network.People.TryGetValue(membership.PersonId, out var person)) continue;
                GroupOf(professions, person.Profession).Add(person.Id, position);
                if (person.Sector is { } sector) GroupOf(sectors, sector).Add(person.Id, position);
            }

        Standing StandingOf(IEnumerable<int> seats) => Best([.. seats], bodies, routes);
        VoiceRow Row(string code, Dictionary<string, Group> groups)
        {
            var group = groups.GetValueOrDefault(code) ?? new Group();
            return new VoiceRow(code, group.People.Count, StandingOf(group.Seats),
                vocabulary.Levels.ToDictionary(level => level, level => StandingOf(group.Seats.Where(i => bodies[i].Level == level))));
        }

        return new VoiceMap
        {
            On = on,
            Levels = vocabulary.Levels,
            Professions = [.. vocabulary.Professions.Select(p => Row(p.Code, professions))],
            Sectors = [.. vocabulary.Sectors.Select(s => Row(s.Code, sectors))],
        };
    }

    /// <summary>
    /// The best standing these seats (positions in <paramref name="bodies"/>, in order) give: the nearest deciding body any
    /// of them reaches, else advising only.
    /// </summary>
    private static Standing Best(IReadOnlyList<int> seats, IReadOnlyList<BodyRecord> bodies, IReadOnlyList<IReadOnlyList<string>?> routes)
    {
        if (seats.Count == 0) return Standing.Nowhere;
        var routed = seats.Select(i => routes[i]).OfType<IReadOnlyList<string>>().ToList();
        if (routed.Count == 0) return new Standing(Voice.AdvisesOnly, [.. seats.Select(i => bodies[i].Id)], []);
        var shortest = routed.Min(r => r.Count);
        var nearest = routed.Where(r => r.Count == shortest).ToList();
        return new Standing(shortest == 1 ? Voice.Decides : Voice.Reaches, [.. nearest.Select(r => r[0])], nearest[0]);
    }

    /// <summary>Highest level first (the vocabulary lists them from the neighbourhood up), then by name, then by id.</summary>
    private static Comparer<BodyRecord> HighestFirst(Vocabularies vocabulary) =>
        Comparer<BodyRecord>.Create((a, b) =>
        {
            var order = vocabulary.LevelFromTop(a.Level).CompareTo(vocabulary.LevelFromTop(b.Level));
            if (order == 0) order = StringComparer.Ordinal.Compare(a.Name, b.Name);
            return order != 0 ? order : StringComparer.Ordinal.Compare(a.Id, b.Id);
        });

    private static Group GroupOf(Dictionary<string, Group> groups, string code) =>
        groups.TryGetValue(code, out var group) ? group : groups[code] = new Group();

    /// <summary>The people of one profession or sector who sit on an active body now, and the bodies they sit on, as positions.</summary>
    private sealed class Group
    {
        public HashSet<string> People { get; } = [];
        public SortedSet<int> Seats { get; } = [];

        public void Add(string personId, int seat)
        {
            People.Add(personId);
            Seats.Add(seat);
        }
    }
}

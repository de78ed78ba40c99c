using GoldenThread.Interchange;

namespace GoldenThread.Representation;

/// <summary>
/// The network as it stands on one date: the bodies active then and each body's current members, worked out once
/// and shared by every rule. A body is active from its start to its end date inclusive; a membership is current
/// from its start to its end date inclusive, so a membership ending today still counts today.
/// </summary>
public sealed class Evaluation
{
    public RepresentationNetwork Network { get; }
    public DateOnly On { get; }
    public IReadOnlyList<BodyRecord> ActiveBodies { get; }
    public IReadOnlyList<BodyRecord> TopLevelBodies { get; }
    private readonly Dictionary<string, List<MembershipRecord>> current = [];
    private readonly Dictionary<string, HashSet<string>> currentPeople = [];
    private readonly Dictionary<string, int> seats = [];

    public Evaluation(RepresentationNetwork network, DateOnly on, IReadOnlyList<string> topLevelKinds)
    {
        Network = network;
        On = on;
        ActiveBodies = [.. network.Document.Bodies.Where(b => Active(b, on))];
        TopLevelBodies = [.. ActiveBodies.Where(b => b.Level == "system" && topLevelKinds.Contains(b.Kind))];
        foreach (var body in ActiveBodies) (current[body.Id], currentPeople[body.Id]) = ([], []);
        foreach (var membership in network.Document.Memberships)
            if (IsCurrent(membership, on) && current.TryGetValue(membership.BodyId, out var list))
            {
                list.Add(membership);
                currentPeople[membership.BodyId].Add(membership.PersonId);
                seats[membership.PersonId] = seats.GetValueOrDefault(membership.PersonId) + 1;
            }
    }

    public static bool Active(BodyRecord body, DateOnly on) =>
        (body.ActiveFrom is null || body.ActiveFrom <= on) && (body.ActiveTo is null || body.ActiveTo >= on);

    public static bool IsCurrent(MembershipRecord membership, DateOnly on) =>
        membership.Start <= on && (membership.End is null || membership.End >= on);

    public IReadOnlyList<MembershipRecord> Current(string bodyId) => current.TryGetValue(bodyId, out var list) ? list : [];

    public bool Sits(string personId, string bodyId) => currentPeople.TryGetValue(bodyId, out var people) && people.Contains(personId);

    /// <summary>The person's current memberships of active bodies.</summary>
    public int SeatCount(string personId) => seats.GetValueOrDefault(personId);
}

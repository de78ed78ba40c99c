namespace GoldenThread.Representation;

/// <summary>
/// What some appointments would change before anyone is appointed: the network is evaluated again with them added,
/// and findings are matched by <see cref="Finding.Key"/> — gone (closed), still there but saying less (narrowed:
/// a board that lacked a lay and a clinical member now lacks only one), or new (opened, such as a new clinical seat
/// with no time funded yet).
/// </summary>
public sealed record WhatIf(IReadOnlyList<Appointment> Appointments, IReadOnlyList<Finding> Closed, IReadOnlyList<(Finding Before, Finding After)> Narrowed, IReadOnlyList<Finding> Opened)
{
    public static WhatIf Try(RepresentationEngine engine, RepresentationNetwork network, DateOnly on, IReadOnlyList<Finding> before, IReadOnlyList<Appointment> appointments)
    {
        var after = engine.Evaluate(network.With(appointments, on), on).ToDictionary(f => f.Key);
        var keys = before.Select(f => f.Key).ToHashSet();
        return new WhatIf(appointments,
            [.. before.Where(f => !after.ContainsKey(f.Key))],
            [.. before.Where(f => after.TryGetValue(f.Key, out var now) && now.Message != f.Message).Select(f => (f, after[f.Key]))],
            [.. after.Values.Where(f => !keys.Contains(f.Key))]);
    }
}

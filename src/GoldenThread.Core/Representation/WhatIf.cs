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
        // Keys name a finding's rule, body and subject; two identical memberships in the register give two findings with
        // one key, so findings are matched a key at a time, never assumed unique.
        var after = engine.Evaluate(network.With(appointments, on), on, candidates: false).ToLookup(f => f.Key);
        var keys = before.Select(f => f.Key).ToHashSet();
        return new WhatIf(appointments,
            [.. before.Where(f => !after.Contains(f.Key))],
            [.. before.Where(f => after.Contains(f.Key) && after[f.Key].All(now => now.Message != f.Message)).Select(f => (f, after[f.Key].First()))],
            [.. after.SelectMany(g => g).Where(f => !keys.Contains(f.Key))]);
    }
}

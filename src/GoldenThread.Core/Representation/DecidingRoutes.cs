using GoldenThread.Interchange;

namespace GoldenThread.Representation;

/// <summary>
/// For each active body, one shortest feeds-into route to an active body that decides: a breadth-first search backwards
/// from every deciding body at once. Only active bodies take part, so a body not active on the day breaks any chain
/// through it. Bodies are visited in <paramref name="order"/>, so which of several shortest routes is kept does not
/// depend on the order the network lists them in.
/// </summary>
internal sealed class DecidingRoutes
{
    /// <summary>Each body that reaches a deciding body, and the next body on its route (itself for a deciding body).</summary>
    private readonly Dictionary<string, string> next = [];

    public DecidingRoutes(IReadOnlyList<BodyRecord> activeBodies, Func<BodyRecord, bool> decides, IComparer<BodyRecord> order)
    {
        // Only active bodies are searched from and only active feeders are followed, so an inactive body is never on a route.
        var feeders = activeBodies.Order(order)
            .SelectMany(body => body.FeedsInto.Select(target => (Target: target, Feeder: body.Id)))
            .ToLookup(edge => edge.Target, edge => edge.Feeder);
        var queue = new Queue<string>();
        foreach (var body in activeBodies.Where(decides).Order(order))
        {
            next[body.Id] = body.Id;
            queue.Enqueue(body.Id);
        }
        while (queue.TryDequeue(out var body))
            foreach (var feeder in feeders[body])
                if (next.TryAdd(feeder, body))
                    queue.Enqueue(feeder);
    }

    /// <summary>The route from this body to the nearest deciding body, both ends included; null when there is none.</summary>
    public IReadOnlyList<string>? From(string bodyId)
    {
        if (!next.TryGetValue(bodyId, out var step)) return null;
        var route = new List<string> { bodyId };
        while (step != route[^1])
        {
            route.Add(step);
            step = next[step];
        }
        return route;
    }
}

namespace GoldenThread.Interchange;

/// <summary>
/// Pairs the rows already stored with the rows of an incoming file, because file ids are local to the file and
/// say nothing about identity. Each key is tried in turn on the rows still unpaired (an email before a name, an
/// ODS code before a name); rows sharing a key pair up in the order given. A row is paired at most once; every
/// incoming row is either paired or new, every stored row either paired or gone.
/// </summary>
public static class NaturalKeys
{
    public sealed record Pairing<TStored, TIncoming>(
        IReadOnlyList<(TStored Stored, TIncoming Incoming)> Pairs,
        IReadOnlyList<TIncoming> New,
        IReadOnlyList<TStored> Gone);

    /// <summary>One way of recognising a row; a null key means this row cannot be recognised this way.</summary>
    public sealed record Key<TStored, TIncoming>(Func<TStored, string?> OfStored, Func<TIncoming, string?> OfIncoming);

    public static Key<TStored, TIncoming> By<TStored, TIncoming>(Func<TStored, string?> ofStored, Func<TIncoming, string?> ofIncoming) =>
        new(ofStored, ofIncoming);

    public static Pairing<TStored, TIncoming> Pair<TStored, TIncoming>(
        IReadOnlyList<TStored> stored, IReadOnlyList<TIncoming> incoming, params Key<TStored, TIncoming>[] keys)
    {
        var storedLeft = Enumerable.Range(0, stored.Count).ToList();
        var incomingLeft = Enumerable.Range(0, incoming.Count).ToList();
        var pairs = new List<(int Stored, int Incoming)>();
        foreach (var key in keys)
        {
            var waiting = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            foreach (var s in storedLeft)
                if (Normalise(key.OfStored(stored[s])) is { } k)
                    (waiting.TryGetValue(k, out var queue) ? queue : waiting[k] = new Queue<int>()).Enqueue(s);
            var pairedStored = new HashSet<int>();
            var stillIncoming = new List<int>();
            foreach (var i in incomingLeft)
            {
                if (Normalise(key.OfIncoming(incoming[i])) is { } k && waiting.TryGetValue(k, out var queue) && queue.Count > 0)
                {
                    var s = queue.Dequeue();
                    pairs.Add((s, i));
                    pairedStored.Add(s);
                }
                else stillIncoming.Add(i);
            }
            storedLeft.RemoveAll(pairedStored.Contains);
            incomingLeft = stillIncoming;
        }
        return new Pairing<TStored, TIncoming>(
            [.. pairs.OrderBy(p => p.Incoming).Select(p => (stored[p.Stored], incoming[p.Incoming]))],
            [.. incomingLeft.Select(i => incoming[i])],
            [.. storedLeft.Select(s => stored[s])]);
    }

    /// <summary>Keys compare without regard to case or surrounding space: "Dr A Smith " is "dr a smith".</summary>
    private static string? Normalise(string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : key.Trim().ToUpperInvariant();
}

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
        IReadOnlyList<TStored> stored, IReadOnlyList<TIncoming> incoming, params Key<TStored, TIncoming>[] keys) =>
        Pair(stored, incoming, (_, _) => true, keys);

    /// <param name="compatible">Whether two rows may be the same at all, whatever key they share: two people with
    /// different email addresses are different people even when their names match.</param>
    public static Pairing<TStored, TIncoming> Pair<TStored, TIncoming>(
        IReadOnlyList<TStored> stored, IReadOnlyList<TIncoming> incoming, Func<TStored, TIncoming, bool> compatible,
        params Key<TStored, TIncoming>[] keys)
    {
        var storedLeft = Enumerable.Range(0, stored.Count).ToList();
        var incomingLeft = Enumerable.Range(0, incoming.Count).ToList();
        var pairs = new List<(int Stored, int Incoming)>();
        foreach (var key in keys)
        {
            var waiting = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var s in storedLeft)
                if (Normalise(key.OfStored(stored[s])) is { } k)
                    (waiting.TryGetValue(k, out var rows) ? rows : waiting[k] = []).Add(s);
            var pairedStored = new HashSet<int>();
            var stillIncoming = new List<int>();
            foreach (var i in incomingLeft)
            {
                var candidates = Normalise(key.OfIncoming(incoming[i])) is { } k ? waiting.GetValueOrDefault(k) : null;
                var match = candidates?.FindIndex(s => compatible(stored[s], incoming[i])) ?? -1;
                if (match < 0)
                {
                    stillIncoming.Add(i);
                    continue;
                }
                var paired = candidates![match];
                candidates.RemoveAt(match);
                pairs.Add((paired, i));
                pairedStored.Add(paired);
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

namespace GoldenThread.Network;

/// <summary>Lists as people write them in a sentence.</summary>
public static class Prose
{
    /// <summary>"A", "A and B", "A, B and C" (or "or").</summary>
    public static string List(IEnumerable<string> items, string conjunction = "and")
    {
        var list = items as IReadOnlyList<string> ?? [.. items];
        return list.Count <= 1 ? list.FirstOrDefault() ?? "" : $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}";
    }

    /// <summary>"1 member", "5 members": a count and its noun, plural by adding s.</summary>
    public static string Count(int n, string noun) => Count(n, noun, noun + "s");

    /// <summary>"1 person", "5 people": a count and its noun, for a noun whose plural is not made by adding s.</summary>
    public static string Count(int n, string one, string many) =>
        $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}

using System.Globalization;

namespace GoldenThread.Programmes;

/// <summary>
/// The references the application journey gives its applications within a round: "GT-0001", "GT-0002"… Applications
/// that arrived by file or API keep the ids they came with, which are not counted.
/// </summary>
public static class ApplicationReference
{
    public const string Prefix = "GT-";

    /// <summary>The reference after the highest journey reference among <paramref name="existing"/>; GT-0001 when there is none.</summary>
    public static string Next(IEnumerable<string> existing)
    {
        var highest = existing.Select(r => Number(r) ?? 0).DefaultIfEmpty(0).Max();
        return Prefix + (highest + 1).ToString("0000", CultureInfo.InvariantCulture);
    }

    /// <summary>The number of a journey reference ("GT-0042" is 42); null for any other id.</summary>
    public static int? Number(string reference) =>
        reference.StartsWith(Prefix, StringComparison.Ordinal) && reference.Length > Prefix.Length
        && reference.AsSpan(Prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0
        && int.TryParse(reference.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number : null;
}

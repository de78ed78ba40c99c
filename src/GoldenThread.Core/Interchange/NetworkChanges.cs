namespace GoldenThread.Interchange;

/// <summary>
/// What importing a network file does (or did) to the stored network: for each kind of row, how many are
/// added, changed, removed and left as they were, with a line for each, and the knock-on effects on
/// accounts and roles. The preview shows exactly what the import will write. <see cref="Before"/> and
/// <see cref="After"/> are the network's fingerprints (<see cref="NetworkFile.Fingerprint"/>, the API's ETag) as it
/// was and as it will be: a confirmation checks the one it previewed against, without reading the network again.
/// </summary>
public sealed record NetworkChanges(string SystemCode, bool NewSystem, IReadOnlyList<KindChanges> Kinds, IReadOnlyList<string> Consequences)
{
    /// <summary>Null for a system that does not exist yet.</summary>
    public string? Before { get; init; }
    public required string After { get; init; }

    public int Added => Kinds.Sum(k => k.Added.Count);
    public int Changed => Kinds.Sum(k => k.Changed.Count);
    public int Removed => Kinds.Sum(k => k.Removed.Count);
    public bool ChangesNothing => Added + Changed + Removed == 0 && Consequences.Count == 0;
}

/// <summary>The changes to one kind of row (places, people, memberships…).</summary>
public sealed record KindChanges(string Kind, IReadOnlyList<string> Added, IReadOnlyList<ChangedRow> Changed, IReadOnlyList<string> Removed, int Unchanged);

/// <summary>A row that stays but whose values change; <see cref="Fields"/> names each changed field.</summary>
public sealed record ChangedRow(string Name, IReadOnlyList<string> Fields);

namespace GoldenThread.Interchange;

/// <summary>
/// What importing a network file does (or did) to the stored network: for each kind of row, how many are
/// added, changed, removed and left as they were, with a line for each, and the knock-on effects on
/// accounts and roles. The preview shows exactly what the import will write.
/// </summary>
public sealed record NetworkChanges(string SystemCode, bool NewSystem, IReadOnlyList<KindChanges> Kinds, IReadOnlyList<string> Consequences)
{
    public int Added => Kinds.Sum(k => k.Added.Count);
    public int Changed => Kinds.Sum(k => k.Changed.Count);
    public int Removed => Kinds.Sum(k => k.Removed.Count);
    public bool ChangesNothing => Added + Changed + Removed == 0 && Consequences.Count == 0;
}

/// <summary>The changes to one kind of row (places, people, memberships…).</summary>
public sealed record KindChanges(string Kind, IReadOnlyList<string> Added, IReadOnlyList<ChangedRow> Changed, IReadOnlyList<string> Removed, int Unchanged);

/// <summary>A row that stays but whose values change; <see cref="Fields"/> names each changed field.</summary>
public sealed record ChangedRow(string Name, IReadOnlyList<string> Fields);

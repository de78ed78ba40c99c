namespace GoldenThread.Data.Access;

/// <summary>Who is making the change being saved, for the audit trail.</summary>
public interface ICurrentActor
{
    string? AccountId { get; }
    string Name { get; }
}

/// <summary>The actor for the command line, start-up seeding and background jobs.</summary>
public sealed class SystemActor(string name) : ICurrentActor
{
    public string? AccountId => null;
    public string Name { get; } = name;
}

namespace GoldenThread.Network;

/// <summary>A leadership body as the structure diagram needs it: what to draw, where it sits and when it is active.</summary>
public sealed record StructureBody(
    Guid Id, string Name, string Kind, string Level, Guid? PlaceId, string? PlaceName, string DecisionRights,
    DateOnly? ActiveFrom = null, DateOnly? ActiveTo = null)
{
    public bool IsActiveOn(DateOnly day) => (ActiveFrom is null || ActiveFrom <= day) && (ActiveTo is null || day <= ActiveTo);
}

/// <summary>One edge of the feeds-into graph: <see cref="From"/> reports to <see cref="To"/>.</summary>
public sealed record StructureFeed(Guid From, Guid To);

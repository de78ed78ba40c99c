namespace GoldenThread.Representation;

/// <summary>
/// What a rule found. <see cref="BodyId"/> is null for system-wide findings; <see cref="Subject"/> tells apart
/// several findings of one rule on one body (a place, a local authority, a membership), so a finding keeps its
/// <see cref="Key"/> from one evaluation to the next while the network changes around it.
/// A gap carries the <see cref="Targets"/> that would close it and the best <see cref="Candidates"/>.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string? BodyId, string Message)
{
    public string? Subject { get; init; }
    public IReadOnlyList<Target> Targets { get; init; } = [];
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    public string Key => $"{Rule}|{BodyId}|{Subject}";
}

public enum Severity { Gap, Warning }

public static class SeverityCodes
{
    public static string Code(this Severity severity) => severity == Severity.Gap ? "gap" : "warning";

    public static Severity? Parse(string? code) => code switch { "gap" => Severity.Gap, "warning" => Severity.Warning, _ => null };
}

/// <summary>
/// A voice a body (or any one of a set of bodies) needs: a member who <see cref="Fits"/>, sitting in
/// <see cref="Role"/> and <see cref="Capacity"/> when those matter. Of the people who fit, only those who
/// <see cref="Suits"/> are proposed to fill it (a lay person for a lay seat), and <see cref="Affinity"/> ranks them
/// (a paediatrician before another clinician for a child health lead).
/// </summary>
public sealed record Requirement(string Label, Func<PersonFacts, bool> Fits)
{
    public string? Role { get; init; }
    public string? Capacity { get; init; }
    public Func<PersonFacts, bool>? Suits { get; init; }
    public Func<PersonFacts, int> Affinity { get; init; } = _ => 0;

    public bool MetBy(PersonFacts person, string role, string capacity) =>
        (Role is null || Role == role) && (Capacity is null || Capacity == capacity) && Fits(person);

    /// <summary>The seat a person who fits would take to meet this requirement.</summary>
    public Appointment SeatFor(PersonFacts person, string bodyId) =>
        new(person.Id, bodyId, Role ?? (person.IsLay ? "lay-member" : "member"), Capacity ?? person.NaturalCapacity);
}

/// <summary>
/// One way to close a gap: at least <see cref="Required"/> of the <see cref="Missing"/> requirements met by
/// current members of the bodies in <see cref="BodyIds"/> (any of them). A finding closes when any target is met.
/// </summary>
public sealed record Target(IReadOnlyList<string> BodyIds, IReadOnlyList<Requirement> Missing, int Required);

/// <summary>A person placed on a body in a role and capacity: a proposal, not yet a membership.</summary>
public sealed record Appointment(string PersonId, string BodyId, string Role, string Capacity);

/// <summary>Someone in the register who could close (part of) a gap, and the seat they would take.</summary>
public sealed record Candidate(string PersonId, string Name, Appointment Seat, IReadOnlyList<string> Meets);

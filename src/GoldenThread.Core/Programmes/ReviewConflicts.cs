using GoldenThread.Network;

namespace GoldenThread.Programmes;

public enum ConflictKind
{
    /// <summary>The reviewer said so.</summary>
    Declared,
    SameOrganisation,
    SameSystem,
    /// <summary>The reviewer and a team member sat on the same body within <see cref="ReviewConflicts.BodyYears"/> years.</summary>
    SharedBody,
}

/// <summary>Why a reviewer should not review an application, in words the operator reads.</summary>
public sealed record ReviewConflict(ConflictKind Kind, string Reason)
{
    public static ReviewConflict Declared(string reason) => new(ConflictKind.Declared, $"Declared by the reviewer: {reason}");
}

/// <summary>A person of the register as the conflict checks read them: where they work, in which system, on which bodies when.</summary>
public sealed record RegisterFacts(
    Guid PersonId, string Name, string SystemCode, string SystemName, Guid? OrganisationId, string? OrganisationName, IReadOnlyList<BodyTerm> Terms);

/// <summary>One period of a person's seat on a body; <see cref="End"/> null while it lasts.</summary>
public sealed record BodyTerm(Guid BodyId, string BodyName, DateOnly Start, DateOnly? End);

/// <summary>
/// The conflicts the register shows between a reviewer and an application (issue 6, "Review"): the reviewer works for an
/// organisation a team member or sponsor comes from, works in the applying system, or sat on a body with a team member
/// within the last three years. Members picked from the register are matched by their register organisation; members
/// typed in, and sponsors, by organisation name (case and surrounding spaces aside). A reviewer not linked to a register
/// person has no computed conflicts, only the ones they declare.
/// </summary>
public static class ReviewConflicts
{
    public const int BodyYears = 3;

    /// <param name="reviewer">The reviewer's register person; null when their account is not linked to one.</param>
    /// <param name="systemCode">The applying system.</param>
    /// <param name="registerMembers">The register records of the members picked from the register, by person id.</param>
    /// <param name="asOf">The day the three years of shared body membership count back from.</param>
    public static IReadOnlyList<ReviewConflict> Between(RegisterFacts? reviewer, string systemCode, ApplicationContent content,
        IReadOnlyDictionary<Guid, RegisterFacts> registerMembers, DateOnly asOf)
    {
        if (reviewer is null) return [];
        var conflicts = new List<ReviewConflict>();
        if (SameOrganisation(reviewer, content, registerMembers) is { Count: > 0 } colleagues)
            conflicts.Add(new(ConflictKind.SameOrganisation, $"Same organisation: {reviewer.OrganisationName} ({Prose.List(colleagues)})"));
        if (string.Equals(reviewer.SystemCode, systemCode, StringComparison.OrdinalIgnoreCase))
            conflicts.Add(new(ConflictKind.SameSystem, $"Same integrated care system: {reviewer.SystemName}"));
        foreach (var (body, members) in SharedBodies(reviewer, content, registerMembers, asOf))
            conflicts.Add(new(ConflictKind.SharedBody, $"On {body} with {Prose.List(members)} within the last {BodyYears} years"));
        return conflicts;
    }

    /// <summary>The team members and sponsors who come from the reviewer's organisation.</summary>
    private static List<string> SameOrganisation(RegisterFacts reviewer, ApplicationContent content, IReadOnlyDictionary<Guid, RegisterFacts> registerMembers)
    {
        if (reviewer.OrganisationId is null && string.IsNullOrWhiteSpace(reviewer.OrganisationName)) return [];
        bool SameName(string? name) => reviewer.OrganisationName is { } own && name is not null
            && string.Equals(own.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);
        bool Member(TeamMember m) =>
            m.PersonId is { } id && registerMembers.TryGetValue(id, out var person) && person.OrganisationId is { } organisation
                ? organisation == reviewer.OrganisationId
                : SameName(m.Organisation);
        return [.. content.Members.Where(Member).Select(m => m.Name).Concat(content.Sponsors.Where(s => SameName(s.Organisation)).Select(s => s.Name)).Distinct()];
    }

    /// <summary>Each body the reviewer shared with members picked from the register, within the window, with those members.</summary>
    private static IEnumerable<(string Body, List<string> Members)> SharedBodies(RegisterFacts reviewer, ApplicationContent content,
        IReadOnlyDictionary<Guid, RegisterFacts> registerMembers, DateOnly asOf)
    {
        var from = asOf.AddYears(-BodyYears);
        var members = content.Members
            .Select(m => m.PersonId is { } id ? registerMembers.GetValueOrDefault(id) : null).OfType<RegisterFacts>()
            .Where(p => p.PersonId != reviewer.PersonId)
            .DistinctBy(p => p.PersonId)
            .ToList();
        return reviewer.Terms
            .SelectMany(own => members.Where(p => p.Terms.Any(term => term.BodyId == own.BodyId && Together(own, term, from, asOf)))
                .Select(p => (own.BodyId, own.BodyName, p.Name)))
            .GroupBy(x => x.BodyId)
            .Select(g => (g.First().BodyName, g.Select(x => x.Name).Distinct().ToList()));
    }

    /// <summary>Whether two seats on a body were held at the same time on some day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool Together(BodyTerm a, BodyTerm b, DateOnly from, DateOnly to)
    {
        var start = new[] { a.Start, b.Start, from }.Max();
        var end = new[] { a.End ?? to, b.End ?? to, to }.Min();
        return start <= end;
    }
}

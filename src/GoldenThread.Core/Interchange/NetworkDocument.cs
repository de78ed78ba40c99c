using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoldenThread.Interchange;

/// <summary>
/// The interchange file <c>goldenthread/network/v1</c> (DESIGN.md): one system's network,
/// with ids that are local to the file.
/// </summary>
public sealed record NetworkDocument
{
    public const string SchemaId = "goldenthread/network/v1";

    public string Schema { get; init; } = SchemaId;
    public required SystemRecord System { get; init; }
    public IReadOnlyList<PlaceRecord> Places { get; init; } = [];
    public IReadOnlyList<NeighbourhoodRecord> Neighbourhoods { get; init; } = [];
    public IReadOnlyList<OrganisationRecord> Organisations { get; init; } = [];
    public IReadOnlyList<PersonRecord> People { get; init; } = [];
    public IReadOnlyList<BodyRecord> Bodies { get; init; } = [];
    public IReadOnlyList<MembershipRecord> Memberships { get; init; } = [];
    public IReadOnlyList<PostRecord> Posts { get; init; } = [];

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

public sealed record SystemRecord(string Code, string Name, string Region, int Population, IReadOnlyList<string> PriorityAreas);

public sealed record PlaceRecord(string Id, string Name, int Population, string LocalAuthorityTier);

public sealed record NeighbourhoodRecord(string Id, string Name, string PlaceId, int Population);

public sealed record OrganisationRecord(string Id, string Name, string? OdsCode, string Sector, string? PlaceId);

public sealed record PersonRecord(
    string Id, string Name, string Profession, string? Specialty, string Setting,
    string? OrganisationId, string Seniority, decimal Fte, bool Lay)
{
    public string? Email { get; init; }
}

public sealed record BodyRecord(
    string Id, string Name, string Kind, string Level, string? PlaceId, string? Topic,
    string DecisionRights, IReadOnlyList<string> FeedsInto)
{
    public string? NeighbourhoodId { get; init; }
    public string? Cadence { get; init; }
    public DateOnly? ActiveFrom { get; init; }
    public DateOnly? ActiveTo { get; init; }
}

public sealed record MembershipRecord(
    string PersonId, string BodyId, string Role, string Capacity, DateOnly Start, DateOnly? End,
    decimal HoursPerMonth, string? FundedByOrganisationId);

public sealed record PostRecord(
    string Id, string Title, string Level, string? PlaceId, IReadOnlyList<string> Professions,
    decimal SessionsPerWeek, string? FundedByOrganisationId, string? HolderPersonId, DateOnly? HolderSince,
    bool OpenlyAdvertised, IReadOnlyList<SuccessorRecord> Successors);

public sealed record SuccessorRecord(string PersonId, string Readiness);

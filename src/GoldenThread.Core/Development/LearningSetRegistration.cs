using System.Linq.Expressions;
using GoldenThread.Network;

namespace GoldenThread.Development;

public enum LearningSetRegistrationStatus
{
    /// <summary>Taking registrations until <see cref="LearningSetRegistration.ClosesOn"/>.</summary>
    Open,
    /// <summary>Closed, and sets proposed by <see cref="LearningSetFormer"/>: the leadership team reviews them, may form them again.</summary>
    Proposed,
    /// <summary>The proposed sets became learning sets, which run as any other.</summary>
    Formed,
}

/// <summary>
/// A call for professionals of a system to register alone for an action learning set (matching.md, "Action learning
/// sets (individual registrants)"): once it closes, the leadership team groups the registrants into sets of
/// <see cref="MinSize"/> to <see cref="MaxSize"/> and creates them.
/// </summary>
public class LearningSetRegistration : ISystemScoped, IVersioned
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 4_000;
    /// <summary>The sizes a registration may ask for: a set of two is the least that learns together, twelve the most a facilitator can hold.</summary>
    public const int SmallestSize = 2, LargestSize = 12;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>The last day people may register or withdraw.</summary>
    public DateOnly ClosesOn { get; set; }
    public int MinSize { get; set; } = 6;
    public int MaxSize { get; set; } = 8;
    public LearningSetRegistrationStatus Status { get; set; } = LearningSetRegistrationStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByAccountId { get; set; }
    /// <summary>When the sets were last proposed (closing, or forming again).</summary>
    public DateTimeOffset? ProposedAt { get; set; }
    /// <summary>How far the last formation got; null until there has been one.</summary>
    public FormationStatus? Outcome { get; set; }
    /// <summary>The formation's proven upper bound on the total score of any placement of as many people.</summary>
    public int? Bound { get; set; }
    /// <summary>When the proposed sets became learning sets.</summary>
    public DateTimeOffset? FormedAt { get; set; }

    /// <summary>Whether people may still register or withdraw on <paramref name="today"/>.</summary>
    public bool TakesPart(DateOnly today) => Status == LearningSetRegistrationStatus.Open && today <= ClosesOn;

    /// <summary><see cref="TakesPart"/> as a query, for the lists of registrations open on <paramref name="today"/>.</summary>
    public static Expression<Func<LearningSetRegistration, bool>> TakingPartOn(DateOnly today) =>
        r => r.Status == LearningSetRegistrationStatus.Open && today <= r.ClosesOn;
}

/// <summary>
/// Someone of the register who registered for a learning set. From the formation on, it keeps the register's view of
/// them the formation used (organisation, sector, profession, seniority) and the proposed set they are in, so that the
/// proposal reads the same on every visit and becomes the sets it showed.
/// </summary>
public class LearningSetRegistrant : ISystemScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid RegistrationId { get; set; }
    public Guid PersonId { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? Organisation { get; set; }
    /// <summary>Null after a formation when the register gave them no organisation, so no sector: they could not be placed.</summary>
    public string? Sector { get; set; }
    public string? Profession { get; set; }
    public string? Seniority { get; set; }
    /// <summary>The proposed set they are in, from 1; null when the formation could not place them.</summary>
    public int? SetNumber { get; set; }
    /// <summary>The learning set they became a member of, once the sets are created.</summary>
    public Guid? LearningSetId { get; set; }
}

using GoldenThread.Network;

namespace GoldenThread.Development;

public enum MentoringRoundStatus
{
    /// <summary>Taking offers and requests until <see cref="MentoringRound.ClosesOn"/>.</summary>
    Open,
    /// <summary>Closed and matched: the leadership team reviews the proposed pairs.</summary>
    Proposed,
    /// <summary>The pairs are told; they meet and record their meetings.</summary>
    Published,
}

/// <summary>A round of mentoring in a system: people offer to mentor or ask for a mentor, then the round is matched.</summary>
public class MentoringRound : ISystemScoped, IVersioned
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>The last day offers and requests may be made, changed or withdrawn.</summary>
    public DateOnly ClosesOn { get; set; }
    public MentoringRoundStatus Status { get; set; } = MentoringRoundStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByAccountId { get; set; }
    public DateTimeOffset? MatchedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Whether offers and requests may still be made, changed or withdrawn on <paramref name="today"/>.</summary>
    public bool TakesPart(DateOnly today) => Status == MentoringRoundStatus.Open && today <= ClosesOn;
}

/// <summary>Someone of the register offering to mentor in a round.</summary>
public class MentorOffer : ISystemScoped, IVersioned
{
    public const int LeastCapacity = 1;
    public const int MostCapacity = 5;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid RoundId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>How many mentees, from <see cref="LeastCapacity"/> to <see cref="MostCapacity"/>.</summary>
    public int Capacity { get; set; } = 1;
    /// <summary>Profession codes of the mentees they feel able to support.</summary>
    public List<string> Professions { get; set; } = [];
    /// <summary>Setting codes of the mentees they feel able to support.</summary>
    public List<string> Settings { get; set; } = [];
    /// <summary>Register people they will not mentor.</summary>
    public List<Guid> Avoid { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Someone of the register asking for a mentor in a round.</summary>
public class MenteeRequest : ISystemScoped, IVersioned
{
    public const int HopesLength = 1_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid RoundId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>Profession codes they would like their mentor to come from.</summary>
    public List<string> Professions { get; set; } = [];
    /// <summary>Setting codes they would like their mentor to work in.</summary>
    public List<string> Settings { get; set; } = [];
    /// <summary>What they hope to get from mentoring, in their words.</summary>
    public required string Hopes { get; set; }
    /// <summary>Register people they do not want as a mentor.</summary>
    public List<Guid> Avoid { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum MentorshipStatus
{
    /// <summary>Put forward by the matching; only the leadership team sees it.</summary>
    Proposed,
    /// <summary>Told to the two people, who meet.</summary>
    Published,
    /// <summary>Ended early by one of the two, with a reason.</summary>
    Ended,
}

/// <summary>A mentor and mentee of a round put together (the stored pair; the engine's is <see cref="MentoringPair"/>).</summary>
public class Mentorship : ISystemScoped, IVersioned
{
    public const int EndReasonLength = 1_000;
    public const decimal DefaultHoursPerMeeting = 1m;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid RoundId { get; set; }
    public Guid MentorPersonId { get; set; }
    public Guid MenteePersonId { get; set; }
    /// <summary>The pair's score when matched (matching.md).</summary>
    public int Score { get; set; }
    public MentorshipStatus Status { get; set; } = MentorshipStatus.Proposed;
    /// <summary>The leadership time a meeting is expected to take, for a meeting recorded without its own hours.</summary>
    public decimal HoursPerMeeting { get; set; } = DefaultHoursPerMeeting;
    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }
    public Guid? EndedByPersonId { get; set; }

    public bool IsMember(Guid personId) => personId == MentorPersonId || personId == MenteePersonId;
}

/// <summary>A meeting of a mentoring pair; its notes are the two people's only.</summary>
public class MentoringMeeting : ISystemScoped
{
    public const int NotesLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid MentorshipId { get; set; }
    public DateOnly HeldOn { get; set; }
    public decimal Hours { get; set; }
    /// <summary>Private to the pair: never shown to anyone else, nor written to the audit trail.</summary>
    public string? Notes { get; set; }
    public Guid RecordedByPersonId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

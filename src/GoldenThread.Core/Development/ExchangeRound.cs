using GoldenThread.Network;

namespace GoldenThread.Development;

public enum ExchangeRoundStatus
{
    /// <summary>Taking sign-ups.</summary>
    Open,
    /// <summary>Sign-up closed and the engine proposed pairs, which the leadership team reviews.</summary>
    Closed,
    /// <summary>The pairs are published to their members, who then visit and reflect.</summary>
    Published,
}

/// <summary>
/// A round of workplace exchanges (the Wessex model) a system's leadership team runs: the half-days it offers, the places
/// it is for, until when people may sign up, and how long a visit takes (the leadership time each visit releases).
/// </summary>
public class ExchangeRound : ISystemScoped, IVersioned
{
    public const int TitleLength = 200;
    public const int TextLength = 4_000;
    public const decimal DefaultVisitHours = 3.5m;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>The half-days offered (<see cref="ExchangeSlot"/> text, <c>2026-12-02-am</c>), in order.</summary>
    public List<string> Slots { get; set; } = [];
    /// <summary>The places whose people may sign up; empty for every place of the system.</summary>
    public List<Guid> PlaceIds { get; set; } = [];
    /// <summary>The last day people may sign up, change or withdraw.</summary>
    public DateOnly SignUpClosesOn { get; set; }
    public decimal VisitHours { get; set; } = DefaultVisitHours;
    public ExchangeRoundStatus Status { get; set; } = ExchangeRoundStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByAccountId { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Whether people may sign up, change or withdraw on <paramref name="today"/>.</summary>
    public bool TakesSignUps(DateOnly today) => Status == ExchangeRoundStatus.Open && today <= SignUpClosesOn;
}

/// <summary>Someone of the register signed up for a round: the half-days they could make and anyone they must not meet.</summary>
public class ExchangeSignUp : ISystemScoped, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid RoundId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>Some of the round's <see cref="ExchangeRound.Slots"/>.</summary>
    public List<string> Availability { get; set; } = [];
    /// <summary>People of the register they must not be paired with.</summary>
    public List<Guid> Avoid { get; set; } = [];
    public DateTimeOffset SignedUpAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A pair of a round, as the engine proposed it or the leadership team changed it: <see cref="PersonA"/> hosts visit 1 and
/// <see cref="PersonB"/> visit 2. A pair the leadership team removes is deleted (the audit trail keeps it).
/// </summary>
public class ExchangePairing : ISystemScoped, IVersioned
{
    public const int WhyLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid RoundId { get; set; }
    public Guid PersonA { get; set; }
    public Guid PersonB { get; set; }
    public int Score { get; set; }
    /// <summary>What the score is made of, in words ("primary care and acute +6, same place +3").</summary>
    public required string Why { get; set; }
    /// <summary>Visit 1's half-day, at <see cref="PersonA"/>'s workplace.</summary>
    public required string FirstVisit { get; set; }
    /// <summary>Visit 2's half-day, at <see cref="PersonB"/>'s workplace.</summary>
    public required string SecondVisit { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    /// <summary>When the round was published with this pair; null while proposed.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public bool Includes(Guid person) => PersonA == person || PersonB == person;

    public Guid PartnerOf(Guid person) => person == PersonA ? PersonB : PersonA;

    /// <summary>Visit 1 or 2's half-day.</summary>
    public ExchangeSlot Slot(int visit) => ExchangeSlot.Parse(visit == 1 ? FirstVisit : SecondVisit)!.Value;

    /// <summary>Who hosts visit 1 or 2.</summary>
    public Guid Host(int visit) => visit == 1 ? PersonA : PersonB;
}

/// <summary>What one member of a pair learned on one of its two visits; seen only by the pair.</summary>
public class ExchangeReflection : ISystemScoped, IVersioned
{
    public const int TextLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid RoundId { get; set; }
    public Guid PairingId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>1 or 2.</summary>
    public int Visit { get; set; }
    public required string Learned { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// An improvement idea from a reflection, with its theme (<see cref="ExchangeRules.Themes"/>). The leadership team sees
/// ideas, not reflections, and can make one an action of the framework plan (<see cref="PlanActionId"/>).
/// </summary>
public class ExchangeIdea : ISystemScoped
{
    public const int TextLength = 1_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid RoundId { get; set; }
    public Guid ReflectionId { get; set; }
    public required string Text { get; set; }
    public required string Theme { get; set; }
    public Guid? PlanActionId { get; set; }
}

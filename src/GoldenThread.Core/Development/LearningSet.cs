using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>
/// A small pan-sector team learning together on a wicked issue: a selected programme team, or a set formed from
/// individuals. Its measures are SPC measures (<see cref="Measures.Measure.LearningSetId"/>).
/// </summary>
public class LearningSet : ISystemScoped, IVersioned
{
    public const int NameLength = 200;
    public const int TextLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Name { get; set; }
    public string? WickedIssueTitle { get; set; }
    public string? WickedIssueDescription { get; set; }
    public string? PriorityArea { get; set; }
    /// <summary>The programme round and application it came from, for a selected team.</summary>
    public Guid? RoundId { get; set; }
    public Guid? ApplicationId { get; set; }
    /// <summary>The registration of individuals it was formed from, for a set of registrants.</summary>
    public Guid? RegistrationId { get; set; }
    public DateOnly FormedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The register person the leadership team chose to facilitate the set; they run it through an account linked to that person.</summary>
    public Guid? FacilitatorPersonId { get; set; }
    /// <summary>The learning summary, in two parts, which the set shares with the system once published.</summary>
    public string? WhatWorked { get; set; }
    public string? WhatDidNotWork { get; set; }
    /// <summary>When the summary went into the system's learning library; null while it is not there.</summary>
    public DateTimeOffset? SummaryPublishedAt { get; set; }
}

/// <summary>A member of a learning set: someone of the register, or named as the team's application named them.</summary>
public class LearningSetMember : ISystemScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid LearningSetId { get; set; }
    public Guid? PersonId { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    public string? Sector { get; set; }
    public string? Seniority { get; set; }
    public string? Function { get; set; }
}

public enum HalfDay
{
    Morning,
    Afternoon,
}

/// <summary>
/// A meeting of a learning set on its schedule: past or to come. Which members came is recorded once it has taken place
/// (<see cref="AttendanceRecordedAt"/>, with a <see cref="LearningSetAttendance"/> for each member who came).
/// </summary>
public class LearningSetSession : ISystemScoped, IVersioned
{
    public const int TopicLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid LearningSetId { get; set; }
    public DateOnly Date { get; set; }
    public HalfDay HalfDay { get; set; }
    /// <summary>The start time, when it is known beyond the half-day.</summary>
    public TimeOnly? StartsAt { get; set; }
    /// <summary>The leadership time the session takes, in hours.</summary>
    public decimal Hours { get; set; }
    public required string Topic { get; set; }
    /// <summary>When attendance was last recorded; null while it has not been, which is not the same as no one coming.</summary>
    public DateTimeOffset? AttendanceRecordedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A member of the set who came to a session.</summary>
public class LearningSetAttendance : ISystemScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid SessionId { get; set; }
    public Guid MemberId { get; set; }
}

/// <summary>
/// A private note of a learning set, written by a member or the facilitator and read only by them: not by the leadership
/// team unless they are one of them, and never in the audit trail's values.
/// </summary>
public class LearningSetNote : ISystemScoped
{
    public const int TextLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid LearningSetId { get; set; }
    /// <summary>The register person who wrote it; null once they have left the register, when the note stays under <see cref="AuthorName"/>.</summary>
    public Guid? AuthorPersonId { get; set; }
    public required string AuthorName { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}

namespace GoldenThread.Network;

/// <summary>A leadership role such as "Place clinical director – Hastings", with its holder and successors.</summary>
public class Post : ISystemScoped, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Title { get; set; }
    public required string Level { get; set; }
    public Guid? PlaceId { get; set; }
    public List<string> Professions { get; set; } = [];
    public decimal SessionsPerWeek { get; set; }
    public Guid? FundedByOrganisationId { get; set; }
    public Guid? HolderPersonId { get; set; }
    public DateOnly? HolderSince { get; set; }
    public bool OpenlyAdvertised { get; set; }
    public List<PostSuccessor> Successors { get; set; } = [];
}

public class PostSuccessor : ISystemScoped
{
    public Guid SystemId { get; set; }
    public Guid PostId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary><c>ready-now</c> or <c>ready-1-2-years</c>.</summary>
    public required string Readiness { get; set; }
}

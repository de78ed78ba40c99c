namespace GoldenThread.Development;

/// <summary>What the register says of someone taking part: their profession, setting, organisation, its place, and seniority.</summary>
/// <param name="OrganisationId">Null for someone with no employing organisation in the register.</param>
/// <param name="PlaceId">The place their organisation serves; null for one serving the whole system, or none.</param>
public sealed record MentoringProfile(Guid PersonId, Guid? OrganisationId, Guid? PlaceId, string Profession, string Setting, string Seniority);

/// <summary>
/// A round's offers and requests as <see cref="MentoringMatcher"/> takes them, each with the register's view of its
/// person: a mentor's id is their offer's, a mentee's their request's, so someone may both offer and ask in one round;
/// the people each names to avoid become the offers or requests of those people.
/// </summary>
public sealed class MentoringPool
{
    private readonly Dictionary<string, Guid> people = [];
    private readonly Dictionary<Guid, Mentor> mentorOf = [];
    private readonly Dictionary<Guid, Mentee> menteeOf = [];

    public IReadOnlyList<Mentor> Mentors { get; }
    public IReadOnlyList<Mentee> Mentees { get; }

    /// <param name="profiles">The register's view of every person of the offers and requests.</param>
    public MentoringPool(IReadOnlyList<MentorOffer> offers, IReadOnlyList<MenteeRequest> requests, IReadOnlyDictionary<Guid, MentoringProfile> profiles)
    {
        var offerOf = offers.ToDictionary(o => o.PersonId, o => Key(o.Id));
        var requestOf = requests.ToDictionary(r => r.PersonId, r => Key(r.Id));
        Mentors = [.. offers.Select(o =>
        {
            var p = profiles[o.PersonId];
            people[Key(o.Id)] = o.PersonId;
            return mentorOf[o.PersonId] = new Mentor(Key(o.Id), Organisation(p), p.Profession, p.Setting, Place(p), p.Seniority, o.Capacity,
                [.. o.Avoid.Where(requestOf.ContainsKey).Select(a => requestOf[a])]);
        })];
        Mentees = [.. requests.Select(r =>
        {
            var p = profiles[r.PersonId];
            people[Key(r.Id)] = r.PersonId;
            return menteeOf[r.PersonId] = new Mentee(Key(r.Id), Organisation(p), p.Profession, p.Setting, Place(p), p.Seniority, r.Professions, r.Settings,
                [.. r.Avoid.Where(offerOf.ContainsKey).Select(a => offerOf[a])]);
        })];
    }

    /// <summary>The register person of a mentor's or mentee's id.</summary>
    public Guid PersonOf(string id) => people[id];

    /// <summary>The mentor a person offered to be; null when they made no offer.</summary>
    public Mentor? MentorOf(Guid personId) => mentorOf.GetValueOrDefault(personId);

    /// <summary>The mentee a person asked to be; null when they made no request.</summary>
    public Mentee? MenteeOf(Guid personId) => menteeOf.GetValueOrDefault(personId);

    private static string Key(Guid id) => id.ToString("N");

    // Someone of no organisation differs from everyone else's, but not from their own other role in the round.
    private static string Organisation(MentoringProfile p) => p.OrganisationId?.ToString("N") ?? "none-" + p.PersonId.ToString("N");

    private static string Place(MentoringProfile p) => p.PlaceId?.ToString("N") ?? "system";
}

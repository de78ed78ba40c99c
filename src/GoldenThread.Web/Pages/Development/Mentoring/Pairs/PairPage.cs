using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring.Pairs;

/// <summary>
/// A page of a published mentoring pair, for its two people only (the <see cref="Policies.MentoringPair"/> policy has
/// let the request in): the pair, who the signed-in person is in it, and the other person.
/// </summary>
public abstract class PairPage(GoldenThreadDbContext db, TimeProvider time) : MentoringPage(db, time)
{
    public sealed record Partner(string Name, string Profession, string Setting, string? Organisation, string? Email);

    public Mentorship Pair { get; private set; } = null!;
    public string RoundTitle { get; private set; } = "";
    /// <summary>The mentee's request: what they hope to get from mentoring.</summary>
    public string? Hopes { get; private set; }
    public Partner Other { get; private set; } = null!;
    public Guid Me { get; private set; }
    public bool IAmMentor => Pair.MentorPersonId == Me;
    public string PairHref => $"{MentoringHref}/pairs/{Pair.Id}";
    /// <summary>Meetings may be recorded and the pair ended while the pair is published and not ended.</summary>
    public bool Active => Pair.Status == MentorshipStatus.Published;

    /// <summary>False when the system or pair does not exist, or the account is not one of the pair.</summary>
    protected async Task<bool> EnterPairAsync(string code, Guid mentorshipId, string title, bool tracked, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, title, cancellationToken) || User.PersonId() is not { } me) return false;
        var pairs = Db.Mentorships.Where(m => m.SystemId == SystemId && m.Id == mentorshipId && m.Status != MentorshipStatus.Proposed);
        if (await (tracked ? pairs : pairs.AsNoTracking()).SingleOrDefaultAsync(cancellationToken) is not { } pair || !pair.IsMember(me)) return false;
        (Pair, Me) = (pair, me);
        RoundTitle = await Db.MentoringRounds.Where(r => r.Id == pair.RoundId).Select(r => r.Title).SingleAsync(cancellationToken);
        Hopes = await Db.MenteeRequests.Where(r => r.RoundId == pair.RoundId && r.PersonId == pair.MenteePersonId).Select(r => r.Hopes).SingleOrDefaultAsync(cancellationToken);
        var other = IAmMentor ? pair.MenteePersonId : pair.MentorPersonId;
        Other = await Db.People.AsNoTracking().Where(p => p.Id == other)
            .Select(p => new Partner(p.Name, p.Profession, p.Setting, Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(), p.Email))
            .SingleAsync(cancellationToken);
        return true;
    }

    /// <summary>Puts the pair's page in the breadcrumbs, for the pages that change it.</summary>
    protected void WithinPair() => Within($"With {Other.Name}", PairHref);
}

using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring.Rounds;

/// <summary>
/// A mentoring round for the leadership team: while open, who has offered and asked; then close and match (the
/// MentoringMatcher's best assignment), review the proposed pairs with their scores and why, remove any, and publish;
/// once published, how each pair is going: meetings and hours, never their notes.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DetailModel(GoldenThreadDbContext db, TimeProvider time) : MentoringPage(db, time)
{
    public sealed record Someone(Guid Id, string Name, string Profession, string Setting, string? Organisation, string Seniority);
    public sealed record OfferRow(Someone Person, int Capacity, IReadOnlyList<string> Professions, IReadOnlyList<string> Settings);
    public sealed record RequestRow(Someone Person, string Hopes, IReadOnlyList<string> Professions, IReadOnlyList<string> Settings);
    public sealed record PairRow(Guid Id, Someone Mentor, Someone Mentee, int Score, IReadOnlyList<string> Reasons, MentorshipStatus Status,
        DateOnly? EndedOn, string? EndReason, int Meetings, decimal Hours);

    [BindProperty] public int Version { get; set; }

    public MentoringRound Round { get; private set; } = null!;
    public IReadOnlyList<OfferRow> Offers { get; private set; } = [];
    /// <summary>Each mentor's offer, by person, so the review shows what they said they could support beside their pairs.</summary>
    public IReadOnlyDictionary<Guid, OfferRow> OfferOf { get; private set; } = new Dictionary<Guid, OfferRow>();
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];
    public IReadOnlyList<PairRow> Pairs { get; private set; } = [];
    /// <summary>Mentees left without a mentor, once matched.</summary>
    public IReadOnlyList<Someone> Unmatched { get; private set; } = [];
    /// <summary>Mentors who could take more mentees, with how many more, once matched.</summary>
    public IReadOnlyList<(Someone Mentor, int Spare)> Spare { get; private set; } = [];
    public string Href => $"{RoundsHref}/{Round.Id}";

    public async Task<IActionResult> OnGetAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken) =>
        await LoadAsync(code, mentoringRoundId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMatchAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, cancellationToken) || await RoundAsync(mentoringRoundId, tracked: true, cancellationToken) is not { } round) return NotFound();
        var result = await MentoringStore.MatchAsync(Db, round, Time.GetUtcNow(), cancellationToken);
        if (result is null) return Redirect($"{RoundsHref}/{mentoringRoundId}");
        if (!await Db.SaveIfUnchangedAsync(round, Version, cancellationToken)) return await StaleAsync(code, mentoringRoundId, cancellationToken);
        Done = $"{round.Title} is closed. {Prose.Count(result.Pairs.Count, "pair")} proposed, with a total score of {result.TotalScore}: review them, then publish";
        return Redirect($"{RoundsHref}/{mentoringRoundId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, Guid mentoringRoundId, Guid mentorshipId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, cancellationToken) || await RoundAsync(mentoringRoundId, tracked: false, cancellationToken) is not { } round) return NotFound();
        var pair = await Db.Mentorships.SingleOrDefaultAsync(m => m.RoundId == mentoringRoundId && m.Id == mentorshipId, cancellationToken);
        if (round.Status == MentoringRoundStatus.Proposed && pair is { Status: MentorshipStatus.Proposed })
        {
            Db.Mentorships.Remove(pair);
            await Db.SaveChangesAsync(cancellationToken);
            var names = await MentoringStore.NamesAsync(Db, [pair.MentorPersonId, pair.MenteePersonId], cancellationToken);
            Done = $"{names[pair.MentorPersonId]} and {names[pair.MenteePersonId]} are no longer paired";
        }
        return Redirect($"{RoundsHref}/{mentoringRoundId}#pairs");
    }

    public async Task<IActionResult> OnPostPublishAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, cancellationToken) || await RoundAsync(mentoringRoundId, tracked: true, cancellationToken) is not { } round) return NotFound();
        if (round.Status != MentoringRoundStatus.Proposed) return Redirect($"{RoundsHref}/{mentoringRoundId}");
        var pairs = await Db.Mentorships.Where(m => m.RoundId == mentoringRoundId && m.Status == MentorshipStatus.Proposed).ToListAsync(cancellationToken);
        foreach (var pair in pairs) pair.Status = MentorshipStatus.Published;
        (round.Status, round.PublishedAt) = (MentoringRoundStatus.Published, Time.GetUtcNow());
        if (!await Db.SaveIfUnchangedAsync(round, Version, cancellationToken)) return await StaleAsync(code, mentoringRoundId, cancellationToken);
        Done = $"{Prose.Count(pairs.Count, "pair")} published: each mentor and mentee can now see their pair under My mentoring";
        return Redirect($"{RoundsHref}/{mentoringRoundId}");
    }

    private async Task<IActionResult> StaleAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, mentoringRoundId, cancellationToken)) return NotFound();
        this.AddError("", string.Format(Versions.StaleMessage, "round"));
        return Page();
    }

    private async Task<bool> EnterRoundAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Mentoring round", cancellationToken)) return false;
        Within("Rounds", RoundsHref);
        return true;
    }

    private async Task<bool> LoadAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, cancellationToken) || await RoundAsync(mentoringRoundId, tracked: false, cancellationToken) is not { } round) return false;
        (Round, Version, Title) = (round, round.Version, round.Title);
        var (offers, requests) = await MentoringStore.OffersAndRequestsAsync(Db, mentoringRoundId, cancellationToken);
        var pairs = await Db.Mentorships.AsNoTracking().Where(m => m.RoundId == mentoringRoundId)
            .Select(m => new { Pair = m, Meetings = Db.MentoringMeetings.Count(x => x.MentorshipId == m.Id),
                Hours = Db.MentoringMeetings.Where(x => x.MentorshipId == m.Id).Sum(x => (decimal?)x.Hours) ?? 0m })
            .ToListAsync(cancellationToken);
        var people = await PeopleAsync([.. offers.Select(o => o.PersonId), .. requests.Select(r => r.PersonId),
            .. pairs.SelectMany(p => new[] { p.Pair.MentorPersonId, p.Pair.MenteePersonId })], cancellationToken);
        Offers = [.. offers.Select(o => new OfferRow(people[o.PersonId], o.Capacity, o.Professions, o.Settings))];
        OfferOf = Offers.ToDictionary(o => o.Person.Id);
        Requests = [.. requests.Select(r => new RequestRow(people[r.PersonId], r.Hopes, r.Professions, r.Settings))];
        var pool = round.Status == MentoringRoundStatus.Proposed ? await MentoringStore.PoolAsync(Db, offers, requests, cancellationToken) : null;
        Pairs = [.. pairs.Select(p => new PairRow(p.Pair.Id, people[p.Pair.MentorPersonId], people[p.Pair.MenteePersonId], p.Pair.Score,
                Reasons(pool, p.Pair), p.Pair.Status, p.Pair.EndedOn, p.Pair.EndReason, p.Meetings, p.Hours))
            .OrderBy(p => p.Mentor.Name).ThenBy(p => p.Mentee.Name)];
        if (round.Status != MentoringRoundStatus.Open)
        {
            var paired = pairs.Select(p => p.Pair.MenteePersonId).ToHashSet();
            Unmatched = [.. requests.Where(r => !paired.Contains(r.PersonId)).Select(r => people[r.PersonId])];
            var taken = pairs.CountBy(p => p.Pair.MentorPersonId).ToDictionary();
            Spare = [.. offers.Select(o => (people[o.PersonId], o.Capacity - taken.GetValueOrDefault(o.PersonId))).Where(s => s.Item2 > 0)];
        }
        return true;
    }

    /// <summary>Why a proposed pair scored as it did, from the register as it is now.</summary>
    private static IReadOnlyList<string> Reasons(MentoringPool? pool, Mentorship pair) =>
        pool?.MentorOf(pair.MentorPersonId) is { } mentor && pool.MenteeOf(pair.MenteePersonId) is { } mentee
            && MentoringMatcher.Default.Terms(mentor, mentee) is { } terms
            ? Reasons(terms)
            : [];

    /// <summary>The terms of a pair's score in words, each with the points it gave.</summary>
    public static IReadOnlyList<string> Reasons(MentoringScore terms)
    {
        List<string> reasons = [$"{terms.Base} for an allowed pair"];
        if (terms.AskedProfession != 0) reasons.Add($"{terms.AskedProfession} for the profession the mentee asked for");
        if (terms.AskedSetting != 0) reasons.Add($"{terms.AskedSetting} for the setting the mentee asked for");
        if (terms.DifferentPlaces != 0) reasons.Add($"{terms.DifferentPlaces} for a fresh view from another place");
        return reasons;
    }

    /// <summary>The professions and settings of an offer or request in words; "Any profession or setting" when none are named.</summary>
    public static string Wants(IReadOnlyList<string> professions, IReadOnlyList<string> settings) =>
        professions.Count == 0 && settings.Count == 0 ? "Any profession or setting"
            : Prose.List([.. professions.Select(Labels.Profession), .. settings.Select(s => Labels.Of(s).ToLowerInvariant())]);

    private async Task<Dictionary<Guid, Someone>> PeopleAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await Db.People.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new Someone(p.Id, p.Name, p.Profession, p.Setting,
                Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(), p.Seniority))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}

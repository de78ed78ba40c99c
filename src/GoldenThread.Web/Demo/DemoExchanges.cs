using GoldenThread.Development;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Web.Development;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Demo;

/// <summary>
/// The demo system's workplace exchanges, dated back from the clock: an autumn round published two months ago, paired by
/// the engine, with reflections and improvement ideas from its first pairs (the demo professional among them); and a
/// winter round open for sign-up, which the demo professional has joined.
/// </summary>
public static class DemoExchanges
{
    private static readonly (string Learned, string Idea, string Theme)[] Reflections =
    [
        ("How the discharge team decides each morning who can go home, and how much of it waits on a call back from the practice or social care.",
            "Send the discharge summary to the practice the same day it is written, not by post", "information-sharing"),
        ("The practice's care navigators sort most requests before a clinician sees them; they know far more about local services than I did.",
            "Give the hospital's frailty team the care navigators' directory of local services", "referrals"),
        ("Social workers hear about admissions last, often from the family, and then have a day to arrange care that took weeks to set up.",
            "A named social worker for each ward, in the morning board round by phone", "patient-flow"),
        ("The handover in the ambulance bay depends on one whiteboard that nobody outside the department can see.",
            "Show the emergency department's handover board to the ambulance control room", "communication"),
        ("Care home staff know their residents' wishes best but are rarely asked when a resident is admitted.",
            "Ask the care home for the resident's wishes at admission, with a form both sides use", "communication"),
        ("How much time mental health liaison spends finding out what the practice already knows about a patient.",
            "Let the liaison team read the practice's care plan for people on the serious mental illness register", "information-sharing"),
    ];

    public static IEnumerable<object> For(NetworkEntities network, DateTimeOffset now)
    {
        var today = UkDate.DateOf(now);
        var systemId = network.System.Id;
        var places = network.Organisations.ToDictionary(o => o.Id, o => o.PlaceId);
        var people = network.People.ToDictionary(p => p.Id);
        var professional = network.People[0];
        // People with an employer, a few of each setting, and the demo professional.
        var pool = network.People.Where(p => !p.Lay && p.OrganisationId is not null && p.Id != professional.Id)
            .GroupBy(p => p.Setting).OrderBy(g => g.Key).SelectMany(g => g.OrderBy(p => p.Name).Where((_, i) => i % 4 == 1).Take(3)).ToList();

        var autumn = new ExchangeRound
        {
            SystemId = systemId, Title = $"Autumn exchanges {today.AddMonths(-2).Year}",
            Description = "Half-day visits between primary care, hospitals, community, mental health and social care, for anyone in a leadership role or heading for one.",
            Slots = Slots(today.AddDays(-63), 3), SignUpClosesOn = today.AddDays(-70), Status = ExchangeRoundStatus.Published,
            CreatedAt = now.AddDays(-100), ClosedAt = now.AddDays(-69), PublishedAt = now.AddDays(-68),
        };
        var autumnSignUps = new List<ExchangeSignUp> { SignUp(autumn, professional, autumn.Slots, now.AddDays(-90)) };
        for (var i = 0; i < pool.Count; i++)
            autumnSignUps.Add(SignUp(autumn, pool[i], OneHalfDayAWeek(autumn, i), now.AddDays(-95 + i)));
        var pairings = ExchangePool.From(autumnSignUps, people, places, []).Match(autumn, autumn.ClosedAt!.Value);
        foreach (var pairing in pairings) pairing.PublishedAt = autumn.PublishedAt;
        yield return autumn;
        foreach (var row in autumnSignUps) yield return row;
        foreach (var row in pairings) yield return row;

        // The demo professional's pair first, so the demo account has reflections to read.
        var reflected = pairings.OrderBy(p => p.Includes(professional.Id) ? 0 : 1).Take(4).ToList();
        var written = 0;
        foreach (var pairing in reflected)
            // Both reflect on visit 1 and the second host's guest on visit 2; the last pair has only just begun.
            foreach (var (person, visit) in new[] { (pairing.PersonA, 1), (pairing.PersonB, 1), (pairing.PersonA, 2) }.Take(pairing == reflected[^1] ? 1 : 3))
            {
                var (learned, idea, theme) = Reflections[written % Reflections.Length];
                var at = UkTime.At(pairing.Slot(visit).Date, 18);
                var reflection = new ExchangeReflection
                {
                    SystemId = systemId, RoundId = autumn.Id, PairingId = pairing.Id, PersonId = person, Visit = visit, Learned = learned,
                    CreatedAt = at, UpdatedAt = at,
                };
                yield return reflection;
                if (written++ < Reflections.Length)
                    yield return new ExchangeIdea { SystemId = systemId, RoundId = autumn.Id, ReflectionId = reflection.Id, Text = idea, Theme = theme };
            }

        var winter = new ExchangeRound
        {
            SystemId = systemId, Title = $"Winter exchanges {today.AddDays(21).Year}",
            Description = "A second round, open to every place. Sign up with the half-days you could make.",
            Slots = Slots(today.AddDays(21), 3), SignUpClosesOn = today.AddDays(14), Status = ExchangeRoundStatus.Open, CreatedAt = now.AddDays(-7),
        };
        yield return winter;
        yield return SignUp(winter, professional, [.. winter.Slots.Take(4)], now.AddDays(-5));
        for (var i = 0; i < pool.Count; i += 2)
            yield return SignUp(winter, pool[i], OneHalfDayAWeek(winter, i / 2), now.AddDays(-6 + i % 5));
    }

    /// <summary>Morning and afternoon of the same weekday, <paramref name="weeks"/> weeks running from <paramref name="first"/>.</summary>
    private static List<string> Slots(DateOnly first, int weeks) =>
        [.. Enumerable.Range(0, weeks).SelectMany(w => new[] { new ExchangeSlot(first.AddDays(7 * w), false), new ExchangeSlot(first.AddDays(7 * w), true) })
            .Select(s => s.ToString())];

    /// <summary>Mornings one week and afternoons the next, or the other way round: half the pool can meet the other half's
    /// neighbours, and a pair's two visits fall in different weeks.</summary>
    private static List<string> OneHalfDayAWeek(ExchangeRound round, int i) =>
        [.. round.Slots.Where((_, s) => s % 2 == (s / 2 + i) % 2)];

    private static ExchangeSignUp SignUp(ExchangeRound round, Person person, List<string> availability, DateTimeOffset at) => new()
    {
        SystemId = round.SystemId, RoundId = round.Id, PersonId = person.Id, Availability = availability, SignedUpAt = at, UpdatedAt = at,
    };
}

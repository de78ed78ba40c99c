using GoldenThread.Network;

namespace GoldenThread.Interchange;

public static partial class NetworkGenerator
{
    private sealed partial class Builder
    {
        private static readonly string[] AllProfessions = [.. Vocabularies.Default.Professions.Select(p => p.Code)];

        private readonly List<MembershipRecord> memberships = [];
        private readonly Dictionary<(string Body, string Role), MembershipRecord> currentOfficers = [];

        private void AddMemberships()
        {
            for (var b = 0; b < bodies.Count; b++)
            {
                var body = bodies[b];
                var onBody = new HashSet<Worker>();
                var opening = Later(body.ActiveFrom!.Value, IcsEra);
                foreach (var seat in bodySeats[b])
                {
                    for (var i = 0; i < seat.Count; i++)
                    {
                        FillSeat(body, seat, opening, onBody);
                    }
                }
            }
        }

        // Officers are there from the first meeting; some members step down before the turnover cut-off and
        // someone else who fits takes the seat the next day. A body that has closed ends every seat with it.
        private void FillSeat(BodyRecord body, Seat seat, DateOnly opening, HashSet<Worker> onBody)
        {
            if (Choose(seat, body.PlaceId, onBody) is not { } person)
            {
                return; // everyone in a small workforce already sits on this body
            }

            var closing = body.ActiveTo;
            var latestStart = Later(opening, Earlier(ReferenceDate, closing?.AddMonths(-1) ?? ReferenceDate));
            var officer = seat.Role is "chair" or "vice-chair" or "clinical-lead" or "secretariat";
            var start = officer || rng.NextDouble() < 0.6 ? opening : Earlier(opening.AddMonths(rng.Next(1, 19)), latestStart);
            var lastEnd = Earlier(LatestEnd, closing ?? LatestEnd);
            while (true)
            {
                onBody.Add(person);
                var end = start < LastTurnover && rng.NextDouble() < 0.15 ? Earlier(start.AddMonths(rng.Next(9, 25)).AddDays(-1), lastEnd) : (DateOnly?)null;
                var successor = end > start && end < lastEnd ? Find(seat, body.PlaceId, onBody) : null;
                AddMembership(person, body, seat.Role, start, successor is null ? closing : end);
                if (successor is null)
                {
                    return;
                }

                (person, start) = (successor, end!.Value.AddDays(1));
            }
        }

        /// <summary>Someone who fits the seat, loosening it a step at a time when nobody does.</summary>
        private Worker? Choose(Seat seat, string? placeId, IReadOnlySet<Worker> taken) =>
            Find(seat, placeId, taken)
            ?? Find(seat with { Scope = null }, placeId, taken)
            ?? Find(seat with { Scope = null, Rank = null }, placeId, taken)
            ?? Find(seat with { Scope = null, Rank = null, Employers = null }, placeId, taken)
            ?? Find(seat with { Scope = null, Rank = null, Employers = null, Specialties = null }, placeId, taken)
            ?? Find(seat with { Scope = null, Rank = null, Employers = null, Specialties = null, Professions = AllProfessions }, placeId, taken);

        // The least busy person who fits, searched from a random point so that ties fall anywhere; someone with
        // no seat yet cannot be bettered, which keeps the search short in a large workforce.
        private Worker? Find(Seat seat, string? placeId, IReadOnlySet<Worker> taken)
        {
            Worker? best = null;
            var first = rng.Next(seat.Professions.Length);
            for (var k = 0; k < seat.Professions.Length; k++)
            {
                if (!pools.TryGetValue(seat.Professions[(first + k) % seat.Professions.Length], out var pool))
                {
                    continue;
                }

                var offset = rng.Next(pool.Count);
                for (var i = 0; i < pool.Count; i++)
                {
                    var worker = pool[(offset + i) % pool.Count];
                    if ((best is null || worker.Load < best.Load) && !taken.Contains(worker) && Fits(worker, seat, placeId))
                    {
                        best = worker;
                        if (worker.Load == 0)
                        {
                            return worker;
                        }
                    }
                }
            }

            return best;
        }

        private static bool Fits(Worker worker, Seat seat, string? placeId)
        {
            var person = worker.Record;
            var employerPlace = worker.Employer?.PlaceId;
            return (seat.Specialties is null || (person.Specialty is { } specialty && seat.Specialties.Contains(specialty)))
                && (seat.Employers is null || seat.Employers.Contains(worker.Employer?.Key ?? "none"))
                && seat.AdmitsRank(person.Seniority)
                && (placeId is null || seat.Scope switch
                {
                    "local" => employerPlace == placeId,
                    "place" => employerPlace is null || employerPlace == placeId,
                    _ => true,
                });
        }

        private void AddMembership(Worker person, BodyRecord body, string role, DateOnly start, DateOnly? end)
        {
            person.Load++;
            var membership = new MembershipRecord(person.Record.Id, body.Id, role, MembershipTerms.Capacity(person.Record, role), start, end,
                MembershipTerms.HoursPerMonth(role, rng), FundedBy(person, role, body));
            memberships.Add(membership);
            if (end is null)
            {
                currentOfficers.TryAdd((body.Id, role), membership);
            }
        }

        // The ICB pays for clinical leads, lay members and those with no employer, and for some system-wide time.
        private string FundedBy(Worker person, string role, BodyRecord body)
        {
            var icbFunds = person.Employer is null || person.Record.Lay || role == "clinical-lead"
                || (body.Level is "system" or "region" && rng.NextDouble() < 0.25);
            return icbFunds ? icbEmployer.Id : person.Employer!.Id;
        }

        // A few members stepped down and came back a year later: two separate periods on the same body.
        private void AddReturningMembers()
        {
            var open = bodies.Where(b => b.ActiveTo is null).Select(b => b.Id).ToHashSet();
            var left = memberships.Where(m => m.Role == "member" && m.End < new DateOnly(2024, 10, 1) && open.Contains(m.BodyId)).ToList();
            foreach (var period in Shuffled(left).Take(Math.Max(1, left.Count / 10)))
            {
                var back = period.End!.Value.AddMonths(12);
                memberships.Add(period with
                {
                    Start = new DateOnly(back.Year, back.Month, 1), End = null, HoursPerMonth = MembershipTerms.HoursPerMonth("member", rng),
                });
                workerById[period.PersonId].Load++;
            }
        }
    }
}

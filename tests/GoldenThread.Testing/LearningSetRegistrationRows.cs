using GoldenThread.Development;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Testing;

/// <summary>Learning-set registrations and their registrants the registration tests work on, written straight to the store.</summary>
public static class LearningSetRegistrationRows
{
    /// <summary>A new open registration of the system, open until a month from today unless said otherwise, for sets of 6 to 8.</summary>
    public static Task<Guid> AddRegistrationAsync(this GoldenThreadApp app, string title, DateOnly? closesOn = null, int minSize = 6, int maxSize = 8,
        string system = DemoNetwork.SystemCode) =>
        app.Query(async db =>
        {
            var registration = new LearningSetRegistration
            {
                SystemId = await db.Systems.Where(s => s.Code == system).Select(s => s.Id).SingleAsync(), Title = title,
                ClosesOn = closesOn ?? UkDate.Today(TimeProvider.System).AddMonths(1), MinSize = minSize, MaxSize = maxSize, CreatedAt = FrameworkRows.Created,
            };
            db.LearningSetRegistrations.Add(registration);
            await db.SaveChangesAsync();
            return registration.Id;
        });

    /// <summary>Registers each of <paramref name="people"/>, a minute apart in the order given.</summary>
    public static Task AddRegistrantsAsync(this GoldenThreadApp app, Guid registrationId, IEnumerable<Guid> people) =>
        app.Query(async db =>
        {
            var registration = await db.LearningSetRegistrations.SingleAsync(r => r.Id == registrationId);
            db.LearningSetRegistrants.AddRange(people.Select((p, i) => new LearningSetRegistrant
            {
                SystemId = registration.SystemId, RegistrationId = registrationId, PersonId = p, RegisteredAt = FrameworkRows.Created.AddMinutes(i),
            }));
            return await db.SaveChangesAsync();
        });

    /// <summary>People of the system's register with an organisation whom no account is linked to, one of each organisation first.</summary>
    public static Task<List<Guid>> RegistrablePeopleAsync(this GoldenThreadApp app, int count, string system = DemoNetwork.SystemCode) =>
        app.Query(async db =>
        {
            var people = await db.People.Where(p => p.OrganisationId != null && !p.Lay && db.Systems.Any(s => s.Id == p.SystemId && s.Code == system)
                    && !db.Users.Any(u => u.PersonId == p.Id))
                .OrderBy(p => p.Name).Select(p => new { p.Id, p.OrganisationId }).ToListAsync();
            return people.GroupBy(p => p.OrganisationId).SelectMany(g => g.Select((p, i) => (p.Id, i))).OrderBy(p => p.i)
                .Select(p => p.Id).Take(count).ToList();
        });
}

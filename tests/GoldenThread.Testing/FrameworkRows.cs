using GoldenThread.Frameworks;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Testing;

/// <summary>Frameworks, assessments, raters and ratings the framework page tests work on, written straight to the store.</summary>
public static class FrameworkRows
{
    public const string Leader = "leader@goldenthread.example";
    /// <summary>The demo professional, whose account is linked to a person of the demo register.</summary>
    public const string Professional = "professional@goldenthread.example";
    public static readonly DateTimeOffset Created = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    public sealed record Adopted(Guid FrameworkId, Guid VersionId, FrameworkDefinition Definition);

    /// <summary>
    /// The system's framework adopted from the library framework <paramref name="key"/>: the one there (the demo may
    /// have adopted it), or a new one at version 1.
    /// </summary>
    public static Task<Adopted> FrameworkAsync(this GoldenThreadApp app, string system = DemoNetwork.SystemCode, string key = "ccpl") =>
        app.Query(async db =>
        {
            var systemId = await db.Systems.Where(s => s.Code == system).Select(s => s.Id).SingleAsync();
            var framework = await db.Frameworks.SingleOrDefaultAsync(f => f.SystemId == systemId && f.Key == key);
            if (framework is null)
            {
                var definition = FrameworkLibrary.Find(key)!;
                framework = new Framework { SystemId = systemId, Key = key, Name = definition.Name, CreatedAt = Created };
                var version = new FrameworkVersion
                {
                    SystemId = systemId, FrameworkId = framework.Id, Number = 1, Definition = definition,
                    Note = $"Adopted from the national framework", CreatedAt = Created,
                };
                framework.CurrentVersionId = version.Id;
                db.Frameworks.Add(framework);
                db.FrameworkVersions.Add(version);
                await db.SaveChangesAsync();
            }
            var current = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == framework.CurrentVersionId);
            return new Adopted(framework.Id, current.Id, current.Definition);
        });

    /// <summary>A new assessment of the system's current framework version, open for rating through October 2026 unless said otherwise.</summary>
    public static async Task<Guid> AddAssessmentAsync(this GoldenThreadApp app, string name = "Test assessment",
        AssessmentState state = AssessmentState.Open, string system = DemoNetwork.SystemCode, DateOnly? opensOn = null, DateOnly? closesOn = null)
    {
        var adopted = await app.FrameworkAsync(system);
        return await app.Query(async db =>
        {
            var systemId = await db.Systems.Where(s => s.Code == system).Select(s => s.Id).SingleAsync();
            var assessment = new Assessment
            {
                SystemId = systemId, FrameworkId = adopted.FrameworkId, FrameworkVersionId = adopted.VersionId, Name = name,
                OpensOn = opensOn ?? new(2026, 10, 1), ClosesOn = closesOn ?? new(2026, 10, 31), State = state, CreatedAt = Created,
                CompletedAt = state == AssessmentState.Completed ? Created.AddDays(60) : null,
            };
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment.Id;
        });
    }

    /// <summary>The register person the account <paramref name="email"/> is linked to.</summary>
    public static Task<Guid> PersonOfAsync(this GoldenThreadApp app, string email) =>
        app.Query(db => db.Users.Where(u => u.Email == email).Select(u => u.PersonId!.Value).SingleAsync());

    /// <summary>Invites <paramref name="personId"/> to rate the assessment; the rater's id.</summary>
    public static Task<Guid> AddRaterAsync(this GoldenThreadApp app, Guid assessmentId, Guid personId, bool submitted = false) =>
        app.Query(async db =>
        {
            var assessment = await db.Assessments.SingleAsync(a => a.Id == assessmentId);
            var rater = new AssessmentRater
            {
                SystemId = assessment.SystemId, AssessmentId = assessmentId, PersonId = personId, InvitedAt = Created,
                SubmittedAt = submitted ? Created.AddDays(7) : null,
            };
            db.AssessmentRaters.Add(rater);
            await db.SaveChangesAsync();
            return rater.Id;
        });

    /// <summary>
    /// Rates each criterion of <paramref name="levels"/> (criterion id → level, or null for not applicable) for the
    /// rater, with a rationale naming the level.
    /// </summary>
    public static Task RateAsync(this GoldenThreadApp app, Guid raterId, IReadOnlyDictionary<string, int?> levels) =>
        app.Query(async db =>
        {
            var rater = await db.AssessmentRaters.SingleAsync(r => r.Id == raterId);
            foreach (var (criterion, level) in levels)
                db.CriterionRatings.Add(new CriterionRating
                {
                    SystemId = rater.SystemId, AssessmentId = rater.AssessmentId, RaterId = raterId, CriterionId = criterion,
                    Level = level, NotApplicable = level is null,
                    Rationale = level is null ? "Not something our system does" : $"Rated {level} from what I have seen", UpdatedAt = Created,
                });
            return await db.SaveChangesAsync();
        });

    /// <summary>The people of the system's register, first <paramref name="count"/> by name.</summary>
    public static Task<List<Guid>> PeopleAsync(this GoldenThreadApp app, int count, string system = DemoNetwork.SystemCode) =>
        app.Query(db => db.People.Where(p => db.Systems.Any(s => s.Id == p.SystemId && s.Code == system))
            .OrderBy(p => p.Name).Select(p => p.Id).Take(count).ToListAsync());
}

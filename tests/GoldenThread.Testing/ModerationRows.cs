using GoldenThread.Frameworks;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Testing;

/// <summary>Assessments ready to moderate, and moderated ratings, for the moderation page and browser tests.</summary>
public static class ModerationRows
{
    public sealed record Moderating(Guid AssessmentId, IReadOnlyList<Guid> People, FrameworkDefinition Definition)
    {
        public IReadOnlyList<string> CriterionIds => [.. Definition.Criteria.Select(c => c.Id)];
    }

    /// <summary>
    /// An assessment whose rating has closed (or in <paramref name="state"/>), rated by the first three people of the
    /// register by name: P1.1 at 1, 3 and 3 (uncertain, suggested 3); P1.2 at 2, 2 and 3 (suggested 2); every other
    /// criterion at 3 by the first two and not applicable by the third.
    /// </summary>
    public static async Task<Moderating> AddModeratingAssessmentAsync(this GoldenThreadApp app, string name = "Moderation test",
        AssessmentState state = AssessmentState.Moderating, string system = DemoNetwork.SystemCode)
    {
        var assessment = await app.AddAssessmentAsync(name, state, system);
        var definition = (await app.FrameworkAsync(system)).Definition;
        var people = await app.PeopleAsync(3, system);
        int?[][] levels = [[1, 2, 3], [3, 2, 3], [3, 3, null]];
        for (var i = 0; i < people.Count; i++)
        {
            var rater = await app.AddRaterAsync(assessment, people[i], submitted: true);
            await app.RateAsync(rater, definition.Criteria.ToDictionary(c => c.Id, c => c.Id switch
            {
                "P1.1" => levels[i][0],
                "P1.2" => levels[i][1],
                _ => levels[i][2],
            }));
        }
        return new Moderating(assessment, people, definition);
    }

    /// <summary>Moderates each criterion of <paramref name="levels"/> (criterion id → level, or null for not applicable).</summary>
    public static Task ModerateAsync(this GoldenThreadApp app, Guid assessmentId, IEnumerable<KeyValuePair<string, int?>> levels) =>
        app.Query(async db =>
        {
            var assessment = await db.Assessments.SingleAsync(a => a.Id == assessmentId);
            foreach (var (criterion, level) in levels)
                db.ModeratedRatings.Add(new ModeratedRating
                {
                    SystemId = assessment.SystemId, AssessmentId = assessmentId, CriterionId = criterion, Level = level,
                    NotApplicable = level is null, Rationale = $"Agreed at {level?.ToString() ?? "not applicable"}", ModeratedAt = FrameworkRows.Created,
                });
            return await db.SaveChangesAsync();
        });

    /// <summary>Marks the assessment completed at <paramref name="at"/>.</summary>
    public static Task CompleteAsync(this GoldenThreadApp app, Guid assessmentId, DateTimeOffset at) =>
        app.Query(async db =>
        {
            var assessment = await db.Assessments.SingleAsync(a => a.Id == assessmentId);
            (assessment.State, assessment.CompletedAt) = (AssessmentState.Completed, at);
            return await db.SaveChangesAsync();
        });
}

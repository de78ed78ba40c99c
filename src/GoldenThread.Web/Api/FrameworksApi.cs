using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Api.Register;
using GoldenThread.Web.Frameworks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

/// <summary>
/// A system's adopted frameworks and their versions. A new version is a whole definition, checked by
/// <see cref="FrameworkRules"/> and by keeping every criterion id of the current version (retire, never remove), with
/// errors keyed by JSON path; it must send If-Match with the framework's ETag (its row version), as register edits do.
/// </summary>
public static class FrameworksApi
{
    public static void MapFrameworksApi(this RouteGroupBuilder v1)
    {
        var frameworks = v1.MapGroup("/systems/{code}/frameworks").WithTags("Frameworks");
        frameworks.MapGet("/", List).RequireAuthorization(Policies.SystemMember)
            .WithSummary("The system's adopted frameworks, each with its current version number.");
        frameworks.MapGet("/{frameworkId:guid}", Read).RequireAuthorization(Policies.SystemMember)
            .WithSummary("One framework with its current version's definition; the ETag is the framework's version, for If-Match on a new version.");
        frameworks.MapGet("/{frameworkId:guid}/versions/{number:int}", ReadVersion).RequireAuthorization(Policies.SystemMember)
            .WithSummary("One version of a framework, as the assessments made against it read.");
        frameworks.MapPost("/{frameworkId:guid}/versions", AddVersion).RequireAuthorization(Policies.SystemLeadership)
            .WithSummary("Save a whole new definition as the next version, with its note, and If-Match with the framework's ETag. Every criterion id of the current version must stay (retire one instead of removing it); errors are keyed by JSON path, such as definition.principles[0].criteria[2].text.");
    }

    public sealed record FrameworkSummary(Guid Id, string Key, string Name, int CurrentVersion, DateTimeOffset? PublishedAt, int Version);

    public sealed record VersionView(int Number, string Note, DateTimeOffset CreatedAt, FrameworkDefinition Definition);

    public sealed record FrameworkView(Guid Id, string Key, string Name, DateTimeOffset? PublishedAt, int Version, VersionView Current);

    public sealed record NewVersion(FrameworkDefinition? Definition, string? Note);

    private static async Task<List<FrameworkSummary>> SummariesAsync(GoldenThreadDbContext db, Guid systemId, Guid? frameworkId, CancellationToken cancellationToken) =>
        await db.Frameworks.AsNoTracking().Where(f => f.SystemId == systemId && (frameworkId == null || f.Id == frameworkId)).OrderBy(f => f.CreatedAt)
            .Join(db.FrameworkVersions, f => f.CurrentVersionId, v => v.Id, (f, v) => new FrameworkSummary(f.Id, f.Key, f.Name, v.Number, f.PublishedAt, f.Version))
            .ToListAsync(cancellationToken);

    private static async Task<Results<Ok<List<FrameworkSummary>>, NotFound>> List(string code, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
        return TypedResults.Ok(await SummariesAsync(db, systemId, null, cancellationToken));
    }

    private static async Task<Results<Ok<FrameworkView>, NotFound>> Read(string code, Guid frameworkId, HttpContext http, GoldenThreadDbContext db, CancellationToken cancellationToken) =>
        await ViewAsync(db, code, frameworkId, http, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<FrameworkView?> ViewAsync(GoldenThreadDbContext db, string code, Guid frameworkId, HttpContext http, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return null;
        if (await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.SystemId == systemId && f.Id == frameworkId, cancellationToken) is not { } framework)
            return null;
        var current = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == framework.CurrentVersionId, cancellationToken);
        http.Response.Headers.ETag = IfMatch.ETag(framework.Version);
        return new FrameworkView(framework.Id, framework.Key, framework.Name, framework.PublishedAt, framework.Version, View(current));
    }

    private static VersionView View(FrameworkVersion version) => new(version.Number, version.Note, version.CreatedAt, version.Definition);

    private static async Task<Results<Ok<VersionView>, NotFound>> ReadVersion(string code, Guid frameworkId, int number, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
        var version = await db.FrameworkVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.SystemId == systemId && v.FrameworkId == frameworkId && v.Number == number, cancellationToken);
        return version is null ? TypedResults.NotFound() : TypedResults.Ok(View(version));
    }

    private static async Task<Results<Created<FrameworkView>, ValidationProblem, NotFound, ProblemHttpResult>> AddVersion(
        string code, Guid frameworkId, NewVersion? input, HttpContext http, GoldenThreadDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
        if (await db.Frameworks.SingleOrDefaultAsync(f => f.SystemId == systemId && f.Id == frameworkId, cancellationToken) is not { } framework)
            return TypedResults.NotFound();
        if (IfMatch.Check(http, framework.Version, "framework") is { } refused) return refused;
        var current = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == framework.CurrentVersionId, cancellationToken);
        var problems = FrameworkVersions.NoteProblems(input?.Note).ToList();
        if (input?.Definition is not { } definition) problems.Add(new("definition", "Send the whole definition of the new version"));
        else if (Missing(definition) is { Count: > 0 } missing) problems.AddRange(missing);
        else problems.AddRange(FrameworkAdaptation.NextVersionProblems(current.Definition, definition)
            .Select(p => p with { Field = p.Field == "$" ? "definition" : $"definition.{p.Field}" }));
        if (problems.Count == 0 && FrameworkAdaptation.Same(current.Definition, input!.Definition!))
            problems.Add(new("definition", "This is the current version word for word: change something before saving a new version"));
        if (problems.Count > 0)
            return IfMatch.Invalid(problems);
        var saved = await FrameworkVersions.SaveNextAsync(db, framework, framework.Version, input!.Definition!, input.Note!, http.User.AccountId(), time.GetUtcNow(), cancellationToken);
        if (saved is null) return IfMatch.Stale("framework");
        var view = (await ViewAsync(db, code, frameworkId, http, cancellationToken))!;
        return TypedResults.Created($"{http.Request.PathBase}/api/v1/systems/{code}/frameworks/{frameworkId}/versions/{saved.Number}", view);
    }

    /// <summary>The parts of a sent definition that are null where JSON allowed it: the rules read whole lists and texts.</summary>
    private static List<GoldenThread.Network.FieldError> Missing(FrameworkDefinition definition)
    {
        var missing = new List<GoldenThread.Network.FieldError>();
        void Need(object? part, string path) { if (part is null) missing.Add(new(path, "Send this part of the definition")); }
        Need(definition.Key, "definition.key");
        Need(definition.Name, "definition.name");
        Need(definition.Levels, "definition.levels");
        Need(definition.Principles, "definition.principles");
        for (var l = 0; l < (definition.Levels?.Count ?? 0); l++) Need(definition.Levels![l], $"definition.levels[{l}]");
        for (var p = 0; p < (definition.Principles?.Count ?? 0); p++)
        {
            var principle = definition.Principles![p];
            Need(principle, $"definition.principles[{p}]");
            Need(principle?.Criteria, $"definition.principles[{p}].criteria");
            for (var c = 0; c < (principle?.Criteria?.Count ?? 0); c++)
            {
                var criterion = principle!.Criteria[c];
                Need(criterion, $"definition.principles[{p}].criteria[{c}]");
                Need(criterion?.Guidance, $"definition.principles[{p}].criteria[{c}].guidance");
                if (criterion?.Guidance?.Any(g => g is null) == true) missing.Add(new($"definition.principles[{p}].criteria[{c}].guidance", "Send each line as text"));
            }
        }
        return missing;
    }

}

using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api.Register;

/// <summary>
/// <c>/api/v1/systems/{code}/{places|neighbourhoods|organisations|people|bodies|memberships|posts}</c>: list (paged,
/// <c>?q=</c>), read (with an ETag, the row's version), create, update and delete. Updates and deletes must send
/// the ETag they read in If-Match: without it the answer is 428, with an old one 412, and nothing changes.
/// </summary>
public static class RegisterApi
{
    public static void MapRegisterApi(this RouteGroupBuilder v1)
    {
        Map(v1, new PlacesResource());
        Map(v1, new NeighbourhoodsResource());
        Map(v1, new OrganisationsResource());
        Map(v1, new PeopleResource(), updatePolicy: Policies.PersonProfile);
        Map(v1, new BodiesResource());
        Map(v1, new MembershipsResource(), Policies.BodyMembers);
        Map(v1, new PostsResource());
    }

    /// <param name="updatePolicy">Who may change a row, when more may change one than add or delete one (a professional their own entry).</param>
    /// <param name="tag">The API reference's heading for the endpoints; other capabilities' rows edited the same way name their own.</param>
    internal static RouteGroupBuilder Map<TRow, TInput, TView>(RouteGroupBuilder v1, RegisterResource<TRow, TInput, TView> resource,
        string writePolicy = Policies.SystemLeadership, string? updatePolicy = null, string tag = "Register")
        where TRow : class, ISystemScoped, IVersioned where TView : class, IRegisterView
    {
        var idName = resource.Singular switch { "person" => "personId", _ => resource.Singular + "Id" };
        var one = $"/{{{idName}:guid}}";
        var group = v1.MapGroup($"/systems/{{code}}/{resource.Plural}").WithTags(tag);
        var endpoints = new Endpoints<TRow, TInput, TView>(resource, idName);
        // Handlers go in as Delegate values: the route analyzer fails on method groups of a generic class.
        group.MapGet("/", endpoints.List).RequireAuthorization(Policies.SystemMember)
            .WithSummary($"The system's {resource.Plural}, paged; q searches by name.");
        group.MapGet(one, endpoints.Read).RequireAuthorization(Policies.SystemMember)
            .WithSummary($"One {resource.Singular}, with its version as the ETag.");
        group.MapPost("/", endpoints.Create).RequireAuthorization(writePolicy)
            .WithSummary($"Add a {resource.Singular}; errors are keyed by field.");
        group.MapPut(one, endpoints.Update).RequireAuthorization(updatePolicy ?? writePolicy)
            .WithSummary($"Change a {resource.Singular}: send the whole {resource.Singular} and If-Match with the ETag you read.");
        group.MapDelete(one, endpoints.Delete).RequireAuthorization(writePolicy)
            .WithSummary($"Delete a {resource.Singular} that nothing else refers to, with If-Match.");
        return group;
    }

    private sealed class Endpoints<TRow, TInput, TView>(RegisterResource<TRow, TInput, TView> resource, string idName)
        where TRow : class, ISystemScoped, IVersioned where TView : class, IRegisterView
    {
        public Delegate List => ListAsync;
        public Delegate Read => ReadAsync;
        public Delegate Create => CreateAsync;
        public Delegate Update => UpdateAsync;
        public Delegate Delete => DeleteAsync;

        public async Task<Results<Ok<PageOf<TView>>, ValidationProblem, NotFound>> ListAsync(
            string code, string? q, int? page, int? pageSize, GoldenThreadDbContext db, CancellationToken cancellationToken)
        {
            var errors = new Dictionary<string, string[]>();
            if (Paging.Read(page, pageSize, errors) is not { } paging) return TypedResults.ValidationProblem(errors);
            if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
            var rows = resource.List(resource.Rows(db).AsNoTracking().Where(r => r.SystemId == systemId), q?.Trim());
            var total = await rows.CountAsync(cancellationToken);
            var items = await rows.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).Select(resource.View).ToListAsync(cancellationToken);
            return TypedResults.Ok(new PageOf<TView>(items, paging.Page, paging.PageSize, total));
        }

        public async Task<Results<Ok<TView>, NotFound>> ReadAsync(string code, HttpContext http, GoldenThreadDbContext db, CancellationToken cancellationToken)
        {
            if (!Guid.TryParse(http.GetRouteValue(idName) as string, out var id)) return TypedResults.NotFound();
            if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
            return await ViewAsync(db, systemId, id, http, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
        }

        public async Task<Results<Created<TView>, ValidationProblem, NotFound, ForbidHttpResult>> CreateAsync(
            string code, TInput input, HttpContext http, GoldenThreadDbContext db, CancellationToken cancellationToken)
        {
            if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return TypedResults.NotFound();
            if (!resource.MayWrite(http.User, code, input, null)) return TypedResults.Forbid();
            if (await resource.CheckAsync(db, systemId, input, null, cancellationToken) is { Count: > 0 } errors) return Invalid(errors);
            var row = resource.Create(systemId, input);
            resource.Apply(row, input);
            db.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            var view = (await ViewAsync(db, systemId, Id(db, row), http, cancellationToken))!;
            return TypedResults.Created($"{http.Request.PathBase}{http.Request.Path.Value!.TrimEnd('/')}/{Id(db, row)}", view);
        }

        public async Task<Results<Ok<TView>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> UpdateAsync(
            string code, TInput input, HttpContext http, GoldenThreadDbContext db, CancellationToken cancellationToken)
        {
            if (await FindAsync(db, code, http, tracked: true, cancellationToken) is not { } row) return TypedResults.NotFound();
            if (!resource.MayWrite(http.User, code, input, row)) return TypedResults.Forbid();
            if (Precondition(http, row) is { } failed) return failed;
            if (await resource.CheckAsync(db, row.SystemId, input, row, cancellationToken) is { Count: > 0 } errors) return Invalid(errors);
            resource.Apply(row, input);
            if (!await db.SaveIfUnchangedAsync(row, row.Version, cancellationToken)) return Stale();
            return TypedResults.Ok((await ViewAsync(db, row.SystemId, Id(db, row), http, cancellationToken))!);
        }

        public async Task<Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>> DeleteAsync(
            string code, HttpContext http, GoldenThreadDbContext db, CancellationToken cancellationToken)
        {
            if (await FindAsync(db, code, http, tracked: true, cancellationToken) is not { } row) return TypedResults.NotFound();
            if (!resource.MayWrite(http.User, code, default, row)) return TypedResults.Forbid();
            if (Precondition(http, row) is { } failed) return failed;
            if (await RegisterDeletion.BlockerAsync(db, row, cancellationToken) is { } conflict)
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The {resource.Singular} is still in use", detail: conflict);
            await RegisterDeletion.StageAsync(db, row, cancellationToken);
            try
            {
                if (!await db.SaveIfUnchangedAsync(row, row.Version, cancellationToken)) return Stale();
            }
            catch (DbUpdateException)
            {
                // Something came to refer to the row between the check and the delete.
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The {resource.Singular} is still in use",
                    detail: $"Something came to refer to the {resource.Singular} while it was being deleted. Read it again.");
            }
            return TypedResults.NoContent();
        }

        private async Task<TRow?> FindAsync(GoldenThreadDbContext db, string code, HttpContext http, bool tracked, CancellationToken cancellationToken)
        {
            if (!Guid.TryParse(http.GetRouteValue(idName) as string, out var id)) return null;
            if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return null;
            var rows = resource.Rows(db).Where(r => r.SystemId == systemId && EF.Property<Guid>(r, "Id") == id);
            return await (tracked ? rows : rows.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
        }

        /// <summary>The view of a row as stored now, in one query, with its version as the response's ETag; null when there is none.</summary>
        private async Task<TView?> ViewAsync(GoldenThreadDbContext db, Guid systemId, Guid id, HttpContext http, CancellationToken cancellationToken)
        {
            var view = await db.Set<TRow>().AsNoTracking().Where(r => r.SystemId == systemId && EF.Property<Guid>(r, "Id") == id)
                .Select(resource.View).SingleOrDefaultAsync(cancellationToken);
            if (view is not null) http.Response.Headers.ETag = ETag(view.Version);
            return view;
        }

        private ProblemHttpResult? Precondition(HttpContext http, TRow row) => IfMatch.Check(http, row.Version, resource.Singular);

        private ProblemHttpResult Stale() => IfMatch.Stale(resource.Singular);

        private static ValidationProblem Invalid(IReadOnlyList<FieldError> errors) => IfMatch.Invalid(errors);

        private static string ETag(int version) => IfMatch.ETag(version);

        private static Guid Id(GoldenThreadDbContext db, TRow row) => (Guid)db.Entry(row).Property("Id").CurrentValue!;

    }
}

/// <summary>
/// Optimistic concurrency over HTTP for rows with a version: the version is the ETag, and a change must send the ETag it
/// read in If-Match (none: 428; an old one: 412). Used by the register's endpoints and by others that edit rows the same way.
/// </summary>
public static class IfMatch
{
    public static string ETag(int version) => $"\"{version}\"";

    /// <summary>The answer refusing the request when its If-Match is missing or names another version; null when it may go on.</summary>
    public static ProblemHttpResult? Check(HttpContext http, int version, string singular)
    {
        var ifMatch = http.Request.Headers.IfMatch;
        if (ifMatch.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required",
                detail: $"Read the {singular} first and send its ETag in If-Match, so that a change made since is not overwritten.");
        if (!ifMatch.Contains(ETag(version)) && !ifMatch.Contains("*")) return Stale(singular);
        return null;
    }

    public static ProblemHttpResult Stale(string singular) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: $"The {singular} changed since you read it",
            detail: $"Read the {singular} again and send its new ETag in If-Match.");

    /// <summary>400 with the problems keyed by field.</summary>
    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}

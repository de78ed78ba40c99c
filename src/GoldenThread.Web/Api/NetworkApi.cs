using GoldenThread.Data;
using GoldenThread.Data.Interchange;
using GoldenThread.Data.Network;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace GoldenThread.Web.Api;

/// <summary>
/// The whole network of a system as a <c>goldenthread/network/v1</c> file: read it with its ETag, replace it with a
/// new file (all or nothing), or preview the replacement with <c>?dryRun=true</c>.
/// </summary>
public static class NetworkApi
{
    public static void MapNetworkApi(this RouteGroupBuilder v1)
    {
        var network = v1.MapGroup("/systems/{code}/network").WithTags("Network");
        network.MapGet("/", Export).RequireAuthorization(Policies.SystemLeadership).Produces<NetworkDocument>(StatusCodes.Status200OK, "application/json")
            .WithSummary("The system's leadership network as a goldenthread/network/v1 file, with an ETag.");
        network.MapPost("/", Import).RequireAuthorization(Policies.SystemLeadership)
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                // The body is read as text so that its errors can name their JSON path; describe it for the docs here.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                        { ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(NetworkDocument), null, cancellationToken) } },
                };
            })
            .WithSummary("Make a goldenthread/network/v1 file the system's network (all or nothing). ?dryRun=true describes the changes and writes nothing; If-Match with the network's ETag refuses the import if the network changed.");
    }

    private static async Task<Results<ContentHttpResult, NotFound>> Export(string code, HttpContext http, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        if (await NetworkStore.ExportAsync(db, code, cancellationToken) is not { } document) return TypedResults.NotFound();
        http.Response.Headers.ETag = ETag(NetworkFile.Fingerprint(document));
        return TypedResults.Content(NetworkFile.Write(document), "application/json");
    }

    private static async Task<Results<Ok<NetworkChanges>, ValidationProblem, NotFound, ProblemHttpResult>> Import(
        string code, bool? dryRun, HttpContext http, GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        // Only JSON, so a cross-site form can never post a network even where a browser would send the cookie.
        if (!http.Request.HasJsonContentType())
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the network file as application/json");
        using var reader = new StreamReader(http.Request.Body);
        var reading = NetworkFile.Read(await reader.ReadToEndAsync(cancellationToken), Vocabularies.Default);
        if (reading.Errors.Count > 0)
            return TypedResults.ValidationProblem(reading.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "The network file has problems; nothing was imported.");
        var document = reading.Document!;
        if (SystemCodes.Normalise(document.System.Code) != SystemCodes.Normalise(code))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["$.system.code"] = [$"is {document.System.Code}, but this is the address of {SystemCodes.Normalise(code)}"] });

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await NetworkImport.LockSystemAsync(db, code, cancellationToken)) return TypedResults.NotFound();
        var changes = (await NetworkImport.StageAsync(db, document, mayCreateSystem: false, cancellationToken))!;
        if (http.Request.Headers.IfMatch is { Count: > 0 } ifMatch && !ifMatch.Contains(ETag(changes.Before!)) && !ifMatch.Contains("*"))
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The network changed since you read it",
                detail: "Read the network again (GET) and send its ETag in If-Match.");
        if (dryRun != true)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The network changed while it was being imported",
                    detail: "Nothing was imported. Send the file again.");
            }
            await transaction.CommitAsync(cancellationToken);
            http.Response.Headers.ETag = ETag(changes.After);
        }
        return TypedResults.Ok(changes);
    }

    private static string ETag(string fingerprint) => $"\"{fingerprint}\"";
}

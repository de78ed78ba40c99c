using GoldenThread.Data;
using GoldenThread.Interchange;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static GoldenThread.Web.Access.PermissionTableTests.Expect;

namespace GoldenThread.Web.Access;

/// <summary>
/// Walks every endpoint the app maps (Razor pages and API) and, for anonymous and each role, checks the
/// answer is what the permission table below says. The tables are written out here from DESIGN.md "Who may
/// do what", not read from the code under test: a new route, or a route whose policy changes, fails here
/// until the table says so.
/// </summary>
public class PermissionTableTests(GoldenThreadApp app, ITestOutputHelper output) : IClassFixture<GoldenThreadApp>
{
    public enum Expect { Allowed, SignIn, Forbidden, NotFound }

    /// <summary>Every route the app maps, and the policy it must carry.</summary>
    private static readonly Dictionary<string, string> Routes = new()
    {
        ["/"] = "public",
        ["/account/sign-in"] = "public",
        ["/account/external"] = "public",
        ["/account/sign-out"] = "signed-in",
        ["/account/password"] = "signed-in",
        ["/error"] = "public",
        ["/error/{status:int}"] = "public",
        ["/systems/{code}"] = "system-member",
        ["/systems/{code}/structure"] = "system-member",
        ["/systems/{code}/representation"] = "system-member",
        ["/systems/{code}/representation/rules"] = "system-member",
        ["/systems/{code}/audit"] = "system-leadership",
        ["/systems/{code}/accounts"] = "system-admin",
        ["/systems/{code}/network"] = "system-leadership",
        ["/systems/{code}/diversity"] = "system-member",
        ["/systems/{code}/my-diversity"] = "system-member",
        ["/systems/{code}/representation/fewest-changes"] = "system-leadership",
        ["/systems/{code}/representation/voice"] = "system-member",
        ["/systems/{code}/representation/history"] = "system-member",
        ["/systems/{code}/bodies"] = "system-member",
        ["/systems/{code}/bodies/new"] = "system-leadership",
        ["/systems/{code}/bodies/{bodyId:guid}"] = "system-member",
        ["/systems/{code}/bodies/{bodyId:guid}/edit"] = "system-leadership",
        ["/systems/{code}/bodies/{bodyId:guid}/delete"] = "system-leadership",
        ["/systems/{code}/bodies/{bodyId:guid}/members/new"] = "body-members",
        ["/systems/{code}/bodies/{bodyId:guid}/memberships/{membershipId:guid}/edit"] = "body-members",
        ["/systems/{code}/bodies/{bodyId:guid}/memberships/{membershipId:guid}/delete"] = "body-members",
        ["/systems/{code}/people"] = "system-member",
        ["/systems/{code}/people/new"] = "system-leadership",
        ["/systems/{code}/people/{personId:guid}"] = "system-member",
        ["/systems/{code}/people/{personId:guid}/edit"] = "person-profile",
        ["/systems/{code}/people/{personId:guid}/delete"] = "system-leadership",
        ["/systems/{code}/me"] = "system-member",
        ["/systems/{code}/register"] = "system-member",
        ["/systems/{code}/development"] = "system-member",
        ["/systems/{code}/organisations"] = "system-member",
        ["/systems/{code}/organisations/new"] = "system-leadership",
        ["/systems/{code}/organisations/{organisationId:guid}"] = "system-member",
        ["/systems/{code}/organisations/{organisationId:guid}/edit"] = "system-leadership",
        ["/systems/{code}/organisations/{organisationId:guid}/delete"] = "system-leadership",
        ["/systems/{code}/measures"] = "system-member",
        ["/systems/{code}/measures/new"] = "system-leadership",
        ["/systems/{code}/measures/{measureId:guid}"] = "system-member",
        ["/systems/{code}/measures/{measureId:guid}/edit"] = "system-leadership",
        ["/systems/{code}/measures/{measureId:guid}/delete"] = "system-leadership",
        ["/systems/{code}/measures/{measureId:guid}/points/new"] = "system-leadership",
        ["/systems/{code}/measures/{measureId:guid}/points/import"] = "system-leadership",
        ["/systems/{code}/measures/{measureId:guid}/points/{date}/delete"] = "system-leadership",
        ["/systems/{code}/measures/{measureId:guid}/notes/new"] = "system-leadership",
        ["/systems/{code}/measures/{measureId:guid}/notes/{noteId:guid}/delete"] = "system-leadership",
        ["/systems/{code}/framework/assessments"] = "system-member",
        ["/systems/{code}/framework/assessments/new"] = "system-leadership",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}"] = "system-leadership",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/close"] = "system-leadership",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/raters"] = "system-leadership",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/rate"] = "assessment-rater",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/rate/{criterionId}"] = "assessment-rater",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/rate/finish"] = "assessment-rater",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/moderation"] = "system-leadership",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/moderation/{criterionId}"] = "system-leadership",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/results"] = "system-leadership",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/results.csv"] = "system-leadership",
        ["/systems/{code}/framework/assessments/{assessmentId:guid}/complete"] = "system-leadership",
        ["/systems/{code}/learning-sets"] = "system-member",
        ["/systems/{code}/framework"] = "system-member",
        ["/systems/{code}/framework/adopt/{key}"] = "system-leadership",
        ["/systems/{code}/framework/{frameworkId:guid}"] = "system-member",
        ["/systems/{code}/framework/{frameworkId:guid}/versions/{number:int}"] = "system-member",
        ["/systems/{code}/framework/{frameworkId:guid}/publish"] = "system-leadership",
        ["/systems/{code}/framework/{frameworkId:guid}/criteria/new"] = "system-leadership",
        ["/systems/{code}/framework/{frameworkId:guid}/criteria/{criterionId}/change"] = "system-leadership",
        ["/systems/{code}/framework/{frameworkId:guid}/criteria/{criterionId}/retire"] = "system-leadership",
        ["/systems/{code}/framework/{frameworkId:guid}/levels"] = "system-leadership",
        ["/systems/{code}/learning-sets/{learningSetId:guid}"] = "system-member",
        // Every member sees the rounds, signs up and reads their own exchange; who may reflect (the pair) is the page's
        // to decide, and anyone else is sent to "your exchange": ParticipantTests covers both.
        ["/systems/{code}/development/exchanges"] = "system-member",
        ["/systems/{code}/development/exchanges/new"] = "system-leadership",
        ["/systems/{code}/development/exchanges/{exchangeId:guid}"] = "system-leadership",
        ["/systems/{code}/development/exchanges/{exchangeId:guid}/close"] = "system-leadership",
        ["/systems/{code}/development/exchanges/{exchangeId:guid}/swap"] = "system-leadership",
        ["/systems/{code}/development/exchanges/{exchangeId:guid}/pairs/{pairingId:guid}/remove"] = "system-leadership",
        ["/systems/{code}/development/exchanges/{exchangeId:guid}/publish"] = "system-leadership",
        ["/systems/{code}/development/exchanges/{exchangeId:guid}/sign-up"] = "system-member",
        ["/systems/{code}/development/exchanges/{exchangeId:guid}/mine"] = "system-member",
        ["/systems/{code}/development/exchanges/{exchangeId:guid}/mine/visits/{visit:int}"] = "system-member",
        ["/systems/{code}/development/mentoring"] = "system-member",
        ["/systems/{code}/development/mentoring/rounds"] = "system-leadership",
        ["/systems/{code}/development/mentoring/rounds/new"] = "system-leadership",
        ["/systems/{code}/development/mentoring/rounds/{mentoringRoundId:guid}"] = "system-leadership",
        // Open to the system's members; whether they may take part (an account linked to a register person, a round
        // still open) is the page's to say, and MentoringTests cover both.
        ["/systems/{code}/development/mentoring/rounds/{mentoringRoundId:guid}/offer"] = "system-member",
        ["/systems/{code}/development/mentoring/rounds/{mentoringRoundId:guid}/request"] = "system-member",
        ["/systems/{code}/development/mentoring/pairs/{mentorshipId:guid}"] = "mentoring-pair",
        ["/systems/{code}/development/mentoring/pairs/{mentorshipId:guid}/meetings/new"] = "mentoring-pair",
        ["/systems/{code}/development/mentoring/pairs/{mentorshipId:guid}/end"] = "mentoring-pair",
        ["/systems/{code}/learning-sets/{learningSetId:guid}/facilitator"] = "system-leadership",
        ["/systems/{code}/learning-sets/registrations"] = "system-leadership",
        ["/systems/{code}/learning-sets/registrations/new"] = "system-leadership",
        ["/systems/{code}/learning-sets/registrations/{registrationId:guid}"] = "system-leadership",
        // Anyone of the system may open it; whether they may register (linked to a register person, still open) is the
        // page's to say, and RegisterTests cover both.
        ["/systems/{code}/learning-sets/registrations/{registrationId:guid}/register"] = "system-member",
        ["/systems/{code}/learning-sets/{learningSetId:guid}/sessions/new"] = "learning-set-facilitator",
        ["/systems/{code}/learning-sets/{learningSetId:guid}/sessions/{sessionId:guid}"] = "learning-set-facilitator",
        ["/systems/{code}/learning-sets/{learningSetId:guid}/sessions/{sessionId:guid}/delete"] = "learning-set-facilitator",
        ["/systems/{code}/learning-sets/{learningSetId:guid}/sessions/{sessionId:guid}/attendance"] = "learning-set-facilitator",
        ["/systems/{code}/learning-sets/{learningSetId:guid}/summary"] = "learning-set-facilitator",
        ["/systems/{code}/learning-sets/{learningSetId:guid}/notes"] = "learning-set-member",
        ["/systems/{code}/learning-library"] = "system-member",
        ["/systems/{code}/framework/plan"] = "system-member",
        ["/systems/{code}/framework/plan.csv"] = "system-member",
        ["/systems/{code}/framework/plan/print"] = "system-member",
        ["/systems/{code}/framework/plan/new"] = "system-leadership",
        ["/systems/{code}/framework/plan/{actionId:guid}"] = "system-leadership",
        ["/systems/{code}/framework/plan/{actionId:guid}/delete"] = "system-leadership",
        // Published in the probes' system (AddPlanIdsAsync), so that anyone may read it.
        ["/systems/{code}/framework/published"] = "public",
        ["/programmes/rounds/{roundId:guid}/selection"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/selection/{applicationId:guid}"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/selection/publish"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/summary"] = "public",
        ["/programmes/rounds/{roundId:guid}/summary/publish"] = "programme-operator",
        ["/systems/{code}/posts"] = "system-member",
        ["/systems/{code}/posts/new"] = "system-leadership",
        ["/systems/{code}/posts/{postId:guid}"] = "system-member",
        ["/systems/{code}/posts/{postId:guid}/edit"] = "system-leadership",
        ["/systems/{code}/posts/{postId:guid}/delete"] = "system-leadership",
        ["/systems/{code}/places"] = "system-member",
        ["/systems/{code}/places/new"] = "system-leadership",
        ["/systems/{code}/places/{placeId:guid}"] = "system-member",
        ["/systems/{code}/places/{placeId:guid}/edit"] = "system-leadership",
        ["/systems/{code}/places/{placeId:guid}/delete"] = "system-leadership",
        ["/systems/{code}/places/{placeId:guid}/neighbourhoods/new"] = "system-leadership",
        ["/systems/{code}/places/{placeId:guid}/neighbourhoods/{neighbourhoodId:guid}"] = "system-member",
        ["/systems/{code}/places/{placeId:guid}/neighbourhoods/{neighbourhoodId:guid}/edit"] = "system-leadership",
        ["/systems/{code}/places/{placeId:guid}/neighbourhoods/{neighbourhoodId:guid}/delete"] = "system-leadership",
        ["/systems/{code}/network/import"] = "system-leadership",
        ["/systems/{code}/network/import/{uploadId:guid}"] = "system-leadership",
        ["/programmes"] = "programme-operator",
        ["/programmes/rounds/new"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/settings"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/close"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/applications"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/applications/{applicationId:guid}"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/import"] = "programme-operator",
        ["/systems/{code}/programmes"] = "system-member",
        ["/systems/{code}/programmes/{roundId:guid}/apply"] = "system-member",
        // Every page of an application is open to the system's members; who may change a draft (its creator, the
        // leadership) is the page's to decide, and a look from anyone else lands on the read-only application:
        // the journey's page tests cover both.
        ["/systems/{code}/programmes/applications/{applicationId:guid}"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/team-name"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/wicked-issue"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/{statement}"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/measures"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/measures/{item}"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/sponsors"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/sponsors/{item}"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/members"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/members/find"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/members/{item}"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/{list}/{index:int}/remove"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/time-commitment"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/check-answers"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/submitted"] = "system-member",
        ["/systems/{code}/programmes/applications/{applicationId:guid}/withdraw"] = "system-member",
        ["/api/v1/token"] = "public",
        ["/api/v1/me"] = "signed-in",
        ["/api/v1/systems/"] = "signed-in",
        ["/api/v1/systems/{code}"] = "system-member",
        ["/api/v1/systems/{code}/audit"] = "system-leadership",
        ["/api/v1/systems/{code}/network/"] = "system-leadership",
        ["/api/v1/systems/{code}/diversity"] = "system-member",
        ["/api/v1/systems/{code}/representation/"] = "system-member",
        ["/api/v1/systems/{code}/representation/history"] = "system-member",
        ["GET /api/v1/systems/{code}/places/"] = "system-member",
        ["POST /api/v1/systems/{code}/places/"] = "system-leadership",
        ["GET /api/v1/systems/{code}/places/{placeId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/places/{placeId:guid}"] = "system-leadership",
        ["DELETE /api/v1/systems/{code}/places/{placeId:guid}"] = "system-leadership",
        ["GET /api/v1/systems/{code}/neighbourhoods/"] = "system-member",
        ["POST /api/v1/systems/{code}/neighbourhoods/"] = "system-leadership",
        ["GET /api/v1/systems/{code}/neighbourhoods/{neighbourhoodId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/neighbourhoods/{neighbourhoodId:guid}"] = "system-leadership",
        ["DELETE /api/v1/systems/{code}/neighbourhoods/{neighbourhoodId:guid}"] = "system-leadership",
        ["GET /api/v1/systems/{code}/organisations/"] = "system-member",
        ["POST /api/v1/systems/{code}/organisations/"] = "system-leadership",
        ["GET /api/v1/systems/{code}/organisations/{organisationId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/organisations/{organisationId:guid}"] = "system-leadership",
        ["DELETE /api/v1/systems/{code}/organisations/{organisationId:guid}"] = "system-leadership",
        ["GET /api/v1/systems/{code}/people/"] = "system-member",
        ["POST /api/v1/systems/{code}/people/"] = "system-leadership",
        ["GET /api/v1/systems/{code}/people/{personId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/people/{personId:guid}"] = "person-profile",
        ["DELETE /api/v1/systems/{code}/people/{personId:guid}"] = "system-leadership",
        ["GET /api/v1/systems/{code}/people/{personId:guid}/development"] = "person-profile",
        ["GET /api/v1/systems/{code}/bodies/"] = "system-member",
        ["POST /api/v1/systems/{code}/bodies/"] = "system-leadership",
        ["GET /api/v1/systems/{code}/bodies/{bodyId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/bodies/{bodyId:guid}"] = "system-leadership",
        ["DELETE /api/v1/systems/{code}/bodies/{bodyId:guid}"] = "system-leadership",
        ["GET /api/v1/systems/{code}/memberships/"] = "system-member",
        ["POST /api/v1/systems/{code}/memberships/"] = "body-members",
        ["GET /api/v1/systems/{code}/memberships/{membershipId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/memberships/{membershipId:guid}"] = "body-members",
        ["DELETE /api/v1/systems/{code}/memberships/{membershipId:guid}"] = "body-members",
        ["GET /api/v1/systems/{code}/measures/"] = "system-member",
        ["POST /api/v1/systems/{code}/measures/"] = "system-leadership",
        ["GET /api/v1/systems/{code}/measures/{measureId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/measures/{measureId:guid}"] = "system-leadership",
        ["DELETE /api/v1/systems/{code}/measures/{measureId:guid}"] = "system-leadership",
        ["GET /api/v1/systems/{code}/measures/{measureId:guid}/points"] = "system-member",
        ["POST /api/v1/systems/{code}/measures/{measureId:guid}/points"] = "system-leadership",
        ["/api/v1/systems/{code}/measures/{measureId:guid}/points/{date}"] = "system-leadership",
        ["/api/v1/systems/{code}/measures/{measureId:guid}/spc"] = "system-member",
        ["/api/v1/systems/{code}/frameworks/"] = "system-member",
        ["/api/v1/systems/{code}/frameworks/{frameworkId:guid}"] = "system-member",
        ["/api/v1/systems/{code}/frameworks/{frameworkId:guid}/versions/{number:int}"] = "system-member",
        ["/api/v1/systems/{code}/frameworks/{frameworkId:guid}/versions"] = "system-leadership",
        ["GET /api/v1/systems/{code}/frameworks/{frameworkId:guid}/actions/"] = "system-member",
        ["POST /api/v1/systems/{code}/frameworks/{frameworkId:guid}/actions/"] = "system-leadership",
        ["GET /api/v1/systems/{code}/frameworks/{frameworkId:guid}/actions/{actionId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/frameworks/{frameworkId:guid}/actions/{actionId:guid}"] = "system-leadership",
        ["DELETE /api/v1/systems/{code}/frameworks/{frameworkId:guid}/actions/{actionId:guid}"] = "system-leadership",
        ["GET /api/v1/systems/{code}/posts/"] = "system-member",
        ["POST /api/v1/systems/{code}/posts/"] = "system-leadership",
        ["GET /api/v1/systems/{code}/posts/{postId:guid}"] = "system-member",
        ["PUT /api/v1/systems/{code}/posts/{postId:guid}"] = "system-leadership",
        ["DELETE /api/v1/systems/{code}/posts/{postId:guid}"] = "system-leadership",
        ["GET /api/v1/systems/{code}/assessments/"] = "system-member",
        ["POST /api/v1/systems/{code}/assessments/"] = "system-leadership",
        ["/api/v1/systems/{code}/assessments/{assessmentId:guid}"] = "system-member",
        ["/api/v1/systems/{code}/assessments/{assessmentId:guid}/raters"] = "system-leadership",
        ["/api/v1/systems/{code}/assessments/{assessmentId:guid}/close"] = "system-leadership",
        ["/api/v1/systems/{code}/assessments/{assessmentId:guid}/ratings"] = "system-member",
        ["/api/v1/systems/{code}/assessments/{assessmentId:guid}/ratings/{criterionId}"] = "assessment-rater",
        ["/programmes/rounds/{roundId:guid}/review"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/review/results"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/review/applications/{applicationId:guid}/moderate"] = "programme-operator",
        ["/programmes/rounds/{roundId:guid}/review/assignments/{assignmentId:guid}/remove"] = "programme-operator",
        ["/programmes/reviews"] = "reviewer",
        ["/programmes/reviews/{assignmentId:guid}"] = "reviewer",
        ["/programmes/reviews/{assignmentId:guid}/conflict"] = "reviewer",
        ["/api/v1/rounds/"] = "signed-in",
        ["/api/v1/rounds/{roundId:guid}"] = "signed-in",
        ["/api/v1/rounds/{roundId:guid}/applications"] = "signed-in",
        ["/api/v1/rounds/{roundId:guid}/eligibility"] = "programme-operator",
        ["/api/v1/rounds/{roundId:guid}/summary"] = "public",
        ["/openapi/{documentName}.json"] = "public",
        ["/scalar/{documentName?}"] = "public",
        ["/health"] = "public",
        ["/scalar/scalar.js"] = "public",
        ["/scalar/scalar.aspnetcore.js"] = "public",
        ["/scalar/favicon.svg"] = "public",
        ["{*path:nonfile}"] = "public",
    };

    /// <summary>The API reference's own script and icon, which Scalar maps as anonymous: public files, no data.</summary>
    private static readonly HashSet<string> AnonymousByDesign = ["/scalar/scalar.js", "/scalar/scalar.aspnetcore.js", "/scalar/favicon.svg"];

    private const string Anonymous = "anonymous";

    /// <summary>Who asks, by the role they hold in the demo system QXV (the probes' system).</summary>
    private static readonly Dictionary<string, string?> Principals = new()
    {
        [Anonymous] = null,
        ["system-admin"] = "admin@goldenthread.example",
        ["leadership-team"] = "leader@goldenthread.example",
        ["body-secretary"] = "secretary@goldenthread.example",
        ["professional"] = "professional@goldenthread.example",
        ["programme-operator"] = "operator@goldenthread.example",
        ["reviewer"] = "reviewer@goldenthread.example",
        ["leader of another system"] = GoldenThreadApp.OtherSystemLeader,
        ["professional here, leader elsewhere"] = GoldenThreadApp.TwoSystemsUser,
    };

    //                                          anon    admin    leader   secretary  profess.   operator   reviewer   other     two-systems
    private static readonly Dictionary<string, Expect[]> Table = new()
    {
        ["public"] =            [Allowed, Allowed, Allowed, Allowed,   Allowed,   Allowed,   Allowed,   Allowed,  Allowed],
        ["signed-in"] =         [SignIn,  Allowed, Allowed, Allowed,   Allowed,   Allowed,   Allowed,   Allowed,  Allowed],
        ["system-member"] =     [SignIn,  Allowed, Allowed, Allowed,   Allowed,   NotFound,  NotFound,  NotFound, Allowed],
        ["system-leadership"] = [SignIn,  Allowed, Allowed, Forbidden, Forbidden, NotFound,  NotFound,  NotFound, Forbidden],
        ["system-admin"] =      [SignIn,  Allowed, Forbidden, Forbidden, Forbidden, NotFound, NotFound, NotFound, Forbidden],
        // The probes' body is the demo secretary's own; BodyMembersTests covers another body.
        ["body-members"] =      [SignIn,  Allowed, Allowed, Allowed,   Forbidden, NotFound,  NotFound,  NotFound, Forbidden],
        // The probes' person is the demo professional's own; ProfileTests covers someone else's.
        ["person-profile"] =    [SignIn,  Allowed, Allowed, Forbidden, Allowed,   NotFound,  NotFound,  NotFound, Forbidden],
        // The probes' assessment has the demo professional invited; AssessmentPagesTests covers a professional not invited.
        ["assessment-rater"] =  [SignIn,  Forbidden, Forbidden, Forbidden, Allowed,  NotFound,  NotFound,  NotFound, Forbidden],
        // The probes' pair is the demo professional's; MentoringTests cover the leadership team and a pair not yet published.
        ["mentoring-pair"] =    [SignIn,  Forbidden, Forbidden, Forbidden, Allowed,  NotFound,  NotFound,  NotFound, Forbidden],
        // The probes' learning set has the demo professional as its facilitator; LearningSetRunningTests covers a member,
        // a professional who is neither, and the leadership team kept out of the notes.
        ["learning-set-facilitator"] = [SignIn, Allowed, Allowed, Forbidden, Allowed,  NotFound,  NotFound,  NotFound, Forbidden],
        ["learning-set-member"] = [SignIn,  Forbidden, Forbidden, Forbidden, Allowed,  NotFound,  NotFound,  NotFound, Forbidden],
        ["programme-operator"] = [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Forbidden, Forbidden],
        ["reviewer"] =          [SignIn,  Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Forbidden],
    };

    /// <summary>Values for route parameters; a new parameter needs a sample here. Ids name real rows of the demo system
    /// (<see cref="AddRealIdsAsync"/>), so an allowed request finds what it asks for.</summary>
    private readonly Dictionary<string, string> Samples = new()
    {
        ["code"] = "QXV", ["documentName"] = "v1", ["status"] = "400",
        ["statement"] = "citizen-gains", ["item"] = "0", ["list"] = "measures", ["index"] = "0",
        ["criterionId"] = "P1.1", ["visit"] = "1",
    };

    private async Task AddRealIdsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var system = await db.Systems.SingleAsync(s => s.Code == "QXV");
        var upload = new NetworkUpload
        {
            SystemId = system.Id, FileName = "probe.json", Content = NetworkFile.Write(TinyNetwork.Document("QXV")),
            UploadedByAccountId = "probe", UploadedByName = "Permission probe", UploadedAt = DateTimeOffset.UnixEpoch,
        };
        db.NetworkUploads.Add(upload);
        await db.SaveChangesAsync();
        Samples["uploadId"] = upload.Id.ToString();

        var secretaryBody = await db.RoleAssignments.Where(r => r.SystemId == system.Id && r.Role == GoldenThread.Access.Roles.BodySecretary)
            .Select(r => r.BodyId!.Value).FirstAsync();
        Samples["bodyId"] = secretaryBody.ToString();
        Samples["personId"] = (await db.Users.Where(u => u.Email == "professional@goldenthread.example").Select(u => u.PersonId!.Value).SingleAsync()).ToString();
        Samples["membershipId"] = (await db.Memberships.FirstAsync(m => m.BodyId == secretaryBody)).Id.ToString();
        Samples["organisationId"] = (await db.Organisations.FirstAsync(o => o.SystemId == system.Id)).Id.ToString();
        var neighbourhood = await db.Neighbourhoods.FirstAsync(n => n.SystemId == system.Id);
        (Samples["placeId"], Samples["neighbourhoodId"]) = (neighbourhood.PlaceId.ToString(), neighbourhood.Id.ToString());
        Samples["postId"] = (await db.Posts.FirstAsync(p => p.SystemId == system.Id)).Id.ToString();
        var note = await db.MeasureAnnotations.FirstAsync(a => a.SystemId == system.Id);
        (Samples["measureId"], Samples["noteId"]) = (note.MeasureId.ToString(), note.Id.ToString());
        // A learning set of the demo's Spring 2026 round, facilitated by the demo professional, with a session held yesterday.
        var learningSet = await db.LearningSets.OrderBy(s => s.Name).FirstAsync(s => s.SystemId == system.Id);
        learningSet.FacilitatorPersonId = Guid.Parse(Samples["personId"]);
        var session = new GoldenThread.Development.LearningSetSession
        {
            SystemId = system.Id, LearningSetId = learningSet.Id, Date = GoldenThread.Network.UkDate.Today(TimeProvider.System).AddDays(-1),
            Hours = 3, Topic = "Permission probe session",
        };
        db.LearningSetSessions.Add(session);
        await db.SaveChangesAsync();
        (Samples["learningSetId"], Samples["sessionId"]) = (learningSet.Id.ToString(), session.Id.ToString());
        // The demo's published exchange round and one of its pairs.
        var pairing = await db.ExchangePairings.FirstAsync(p => p.SystemId == system.Id && p.PublishedAt != null);
        (Samples["exchangeId"], Samples["pairingId"]) = (pairing.RoundId.ToString(), pairing.Id.ToString());
        // The demo's published mentoring round, and the demo professional's pair in it.
        var professionalPerson = Guid.Parse(Samples["personId"]);
        var pair = await db.Mentorships.FirstAsync(m => m.SystemId == system.Id && m.MenteePersonId == professionalPerson);
        (Samples["mentorshipId"], Samples["mentoringRoundId"]) = (pair.Id.ToString(), pair.RoundId.ToString());
        // The demo's open learning set registration.
        Samples["registrationId"] = (await db.LearningSetRegistrations.FirstAsync(r => r.SystemId == system.Id
            && r.Status == GoldenThread.Development.LearningSetRegistrationStatus.Open)).Id.ToString();
        samplePoint = await db.MeasurePoints.AsNoTracking().Where(p => p.MeasureId == note.MeasureId).OrderBy(p => p.Date).LastAsync();
        Samples["date"] = samplePoint.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await AddProgrammeIdsAsync();
        // The demo's framework, or one adopted for the probes; its first version and first criterion.
        Samples["frameworkId"] = (await app.FrameworkAsync()).FrameworkId.ToString();
        (Samples["number"], Samples["criterionId"], Samples["key"]) = ("1", "P1.1", "people-and-communities");
        // An assessment open today, with the demo professional invited to rate it; the moderation pages answer it too
        // (saying rating is still open).
        var today = GoldenThread.Network.UkDate.Today(TimeProvider.System);
        var assessment = await app.AddAssessmentAsync("Permission probe", opensOn: today.AddDays(-1), closesOn: today.AddDays(30));
        await app.AddRaterAsync(assessment, await app.PersonOfAsync(FrameworkRows.Professional));
        Samples["assessmentId"] = assessment.ToString();
        await AddPlanIdsAsync();
    }

    /// <summary>The demo system's framework, published, with one action of its plan.</summary>
    private async Task AddPlanIdsAsync()
    {
        var framework = await app.FrameworkAsync();
        Samples["frameworkId"] = framework.FrameworkId.ToString();
        Samples["actionId"] = (await app.Query(async db =>
        {
            var stored = await db.Frameworks.SingleAsync(f => f.Id == framework.FrameworkId);
            stored.PublishedAt = DateTimeOffset.UnixEpoch;
            var action = new GoldenThread.Frameworks.PlanAction
            {
                SystemId = stored.SystemId, FrameworkId = stored.Id, CriterionId = "P1.1", Title = "Permission probe action", Owner = "Probe",
                DueOn = new DateOnly(2027, 1, 1),
            };
            db.PlanActions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        })).ToString();
    }

    /// <summary>
    /// One application every programme page can find: QXV's eligible team in a round taking applications today, started
    /// by the demo professional (so the team's pages open for them), submitted (so the operator's pages show it), with the
    /// demo reviewer assigned (their pages), and open to the other system too with its summary published, so the rounds
    /// API and the public summary answer every principal as the policy says: rounds are read by whom they concern (a
    /// round of none of one's systems answers 404).
    /// </summary>
    private async Task AddProgrammeIdsAsync()
    {
        var round = await app.AddRoundAsync("permission-probe", 1);
        (Samples["roundId"], Samples["applicationId"]) = (round.Id.ToString(), round.Applications[0].ToString());
        Samples["assignmentId"] = (await app.AssignAsync(round.Applications[0], ReviewFixtures.LinkedReviewer)).ToString();
        var professional = await app.AccountIdAsync("professional@goldenthread.example");
        await app.Query(async db =>
        {
            var today = GoldenThread.Network.UkDate.Today(TimeProvider.System);
            var stored = await db.ProgrammeRounds.SingleAsync(r => r.Id == round.Id);
            (stored.State, stored.OpensOn, stored.ClosesOn) = (GoldenThread.Programmes.RoundState.Open, today.AddDays(-1), today.AddDays(30));
            stored.Systems = [.. stored.Systems, new(GoldenThreadApp.OtherSystem, ["frailty"])];
            stored.SummaryPublishedAt = DateTimeOffset.UnixEpoch;
            var application = await db.TeamApplications.SingleAsync(a => a.Id == round.Applications[0]);
            application.CreatedByAccountId = professional;
            await db.SaveChangesAsync();
            return stored.Id;
        });
    }

    private GoldenThread.Measures.MeasurePoint? samplePoint;

    /// <summary>The API deletes a point without a precondition, so a principal allowed to may take the sample point: put it back for the next.</summary>
    private async Task RestoreSamplePointAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        if (await db.MeasurePoints.AnyAsync(p => p.MeasureId == samplePoint!.MeasureId && p.Date == samplePoint.Date)) return;
        db.MeasurePoints.Add(new GoldenThread.Measures.MeasurePoint
            { SystemId = samplePoint!.SystemId, MeasureId = samplePoint.MeasureId, Date = samplePoint.Date, Value = samplePoint.Value });
        await db.SaveChangesAsync();
    }

    public sealed record Probe(string Method, string Path, string Policy);

    /// <summary>A route whose methods carry different policies (the API's read and write) is in the table once per method: "PUT /api/…".</summary>
    private static string Key(RouteEndpoint endpoint, string route) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is [var method] && Routes.ContainsKey($"{method} {route}")
            ? $"{method} {route}" : route;

    private List<(RouteEndpoint Endpoint, string Route)> MappedRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e))
            .Select(e => (e, Normalise(e.RoutePattern.RawText ?? "")))
            .ToList();

    private static string Normalise(string route) => route.StartsWith('/') || route.StartsWith('{') ? route : "/" + route;

    private List<Probe> Probes() =>
        MappedRoutes()
            .Where(r => !IsFallback(r.Endpoint))
            .SelectMany(r => (r.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Where(m => m is "GET" or "POST" or "PUT" or "DELETE" or "PATCH")
                .Select(m => new Probe(m, Path(r.Endpoint.RoutePattern), Routes[Key(r.Endpoint, r.Route)])))
            .Distinct()
            .ToList();

    [Fact]
    public void EveryEndpoint_CarriesExactlyThePolicyTheTableNames()
    {
        var mapped = MappedRoutes();
        var problems = new List<string>();
        foreach (var (endpoint, route) in mapped)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Distinct().ToList();
            if (!Routes.TryGetValue(Key(endpoint, route), out var expected))
                problems.Add($"{route} is not in the permission table");
            else if (policies.Count != 1 || policies[0] != expected)
                problems.Add($"{route} carries [{string.Join(", ", policies)}], the table says {expected}");
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null && !AnonymousByDesign.Contains(route))
                problems.Add($"{route} allows anonymous access, which bypasses its policy");
        }
        problems.AddRange(Routes.Keys.Except(mapped.Select(m => Key(m.Endpoint, m.Route))).Select(r => $"{r} is in the table but not mapped"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachPrincipalAsThePermissionTableSays()
    {
        await AddRealIdsAsync();
        var probes = Probes();
        var wrong = new List<string>();
        var column = 0;
        foreach (var (principal, email) in Principals)
        {
            using var client = await app.ClientFor(email);
            await RestoreSamplePointAsync();
            foreach (var probe in probes)
            {
                using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path);
                if (probe.Method != "GET") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request);
                var expected = Table[probe.Policy][column];
                var actual = Classify(response);
                if (actual != expected)
                    wrong.Add($"{principal} {probe.Method} {probe.Path} [{probe.Policy}]: expected {expected}, got {actual} ({(int)response.StatusCode})");
                if ((int)response.StatusCode >= 500)
                    wrong.Add($"{principal} {probe.Method} {probe.Path}: server error {(int)response.StatusCode}");
            }
            column++;
        }
        output.WriteLine($"{probes.Count} probes × {Principals.Count} principals");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static Expect Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        if (status == 401 || (status == 302 && location.Contains("/account/sign-in?ReturnUrl", StringComparison.Ordinal)))
            return SignIn;
        return status switch { 403 => Forbidden, 404 => NotFound, _ => Allowed };
    }

    private static bool IsFallback(Endpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "FallbackMetadata");

    /// <summary>Files under wwwroot (NHS.UK frontend, our CSS and JS), public by design.</summary>
    /// <remarks>The test host also maps a catch-all for files added after the build (<c>{**path:file}</c>), outside our conventions.</remarks>
    private static bool IsStaticAsset(Endpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Assembly.GetName().Name == "Microsoft.AspNetCore.StaticAssets")
        || (IsFallback(endpoint) && (endpoint as RouteEndpoint)?.RoutePattern.RawText == "{**path:file}");

    private string Path(RoutePattern pattern)
    {
        var path = "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { IsOptional: true } p when !Samples.ContainsKey(p.Name) => "",
            RoutePatternParameterPart p => Samples.TryGetValue(p.Name, out var value) ? value
                : throw new InvalidOperationException($"add a sample value for route parameter {{{p.Name}}}"),
            _ => "",
        }))));
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Api.ApiCalls;
using static GoldenThread.Web.Api.ProgrammeRounds;

namespace GoldenThread.Web.Api;

public class ProgrammesApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Operator = "operator@goldenthread.example";
    private const string Reviewer = "reviewer@goldenthread.example";
    private const string Leader = "leader@goldenthread.example";
    private const string Professional = "professional@goldenthread.example";
    private const string Qxv = "QXV";
    private const string Qaa = GoldenThreadApp.OtherSystem;

    private static Task<HttpResponseMessage> Post(HttpClient client, Guid roundId, string json, string mediaType = "application/json") =>
        client.PostAsync($"/api/v1/rounds/{roundId}/applications", new StringContent(json, Encoding.UTF8, mediaType));

    private static async Task<List<string?>> RoundIds(HttpClient client) =>
        [.. (await Json(await client.GetAsync("/api/v1/rounds?pageSize=200"))).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString())];

    private Task<TeamApplication?> Stored(Guid roundId, string reference) =>
        app.Query(db => db.TeamApplications.AsNoTracking().SingleOrDefaultAsync(a => a.RoundId == roundId && a.Reference == reference));

    [Fact]
    public async Task ListRounds_EachCallerSeesTheRoundsThatConcernThem()
    {
        var both = await app.AddRoundAsync([Qxv, Qaa]);
        var demoOnly = await app.AddRoundAsync([Qxv]);
        var otherOnly = await app.AddRoundAsync([Qaa]);

        async Task<List<string?>> For(string email)
        {
            using var client = await app.ClientFor(email);
            return await RoundIds(client);
        }

        var mine = (await For(Operator), await For(Leader), await For(GoldenThreadApp.OtherSystemLeader), await For(Reviewer));
        Assert.All([both, demoOnly, otherOnly], id => Assert.Contains(id.ToString(), mine.Item1));
        Assert.Equal((true, true, false), (mine.Item2.Contains(both.ToString()), mine.Item2.Contains(demoOnly.ToString()), mine.Item2.Contains(otherOnly.ToString())));
        Assert.Equal((true, false, true), (mine.Item3.Contains(both.ToString()), mine.Item3.Contains(demoOnly.ToString()), mine.Item3.Contains(otherOnly.ToString())));
        Assert.DoesNotContain(both.ToString(), mine.Item4);
    }

    [Fact]
    public async Task GetRound_DescribesItsDatesSettingsAndSystems()
    {
        var roundId = await app.AddRoundAsync([Qxv], opens: Today.AddDays(-1), closes: Today.AddDays(30));
        using var client = await app.ClientFor(Professional);

        var round = await Json(await client.GetAsync($"/api/v1/rounds/{roundId}"));

        Assert.Equal(("open", true), (round.GetProperty("state").GetString(), round.GetProperty("takesApplications").GetBoolean()));
        Assert.Equal(Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), round.GetProperty("closesOn").GetString());
        Assert.Equal((6, 5, 40, 1m), (round.GetProperty("settings").GetProperty("minTeamSize").GetInt32(), round.GetProperty("settings").GetProperty("maxTeamsPerSystem").GetInt32(),
            round.GetProperty("settings").GetProperty("peoplePerSystem").GetInt32(), round.GetProperty("settings").GetProperty("minDaysPerMonth").GetDecimal()));
        Assert.Equal("""[{"code":"QXV","priorityAreas":["care homes","mental health"]}]""", round.GetProperty("systems").GetRawText());
    }

    [Fact]
    public async Task GetRound_NotTheCallersSystems_IsNotFound()
    {
        var roundId = await app.AddRoundAsync([Qxv]);
        using var other = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        using var reviewer = await app.ClientFor(Reviewer);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/rounds/{roundId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/v1/rounds/{roundId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/rounds/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task GetRound_AReviewerAssignedInIt_SeesIt()
    {
        var roundId = await app.AddRoundAsync([Qaa]);
        var applicationId = await app.AddApplicationAsync(roundId, Qaa, "rv1", DateTimeOffset.UtcNow);
        await app.Query(async db =>
        {
            db.ReviewAssignments.Add(new ReviewAssignment
            {
                SystemId = await db.Systems.Where(s => s.Code == Qaa).Select(s => s.Id).SingleAsync(), ApplicationId = applicationId,
                ReviewerAccountId = await db.Users.Where(u => u.Email == Reviewer).Select(u => u.Id).SingleAsync(), AssignedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        using var reviewer = await app.ClientFor(Reviewer);

        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/v1/rounds/{roundId}")).StatusCode);
        Assert.Contains(roundId.ToString(), await RoundIds(reviewer));
    }

    [Fact]
    public async Task Submit_ByASystemsLeader_StoresItSubmittedNowFromTheApiAndAnswersItsEligibility()
    {
        var roundId = await app.AddRoundAsync([Qxv]);
        using var client = await app.ClientFor(Leader);
        var before = DateTimeOffset.UtcNow;

        // The leader's submittedAt of 2020 is not kept: only the operator may say when an application came in.
        var response = await Post(client, roundId, ApplicationJson("api-1", "qxv", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        var stored = await Stored(roundId, "api-1");
        Assert.NotNull(stored);
        Assert.Equal((ApplicationState.Submitted, ApplicationSource.Api), (stored.State, stored.Source));
        Assert.InRange(stored.SubmittedAt!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(await app.Query(db => db.Users.Where(u => u.Email == Leader).Select(u => u.Id).SingleAsync()), stored.CreatedByAccountId);
        Assert.Equal(6, stored.Content.Members.Count);
        Assert.Equal($"/systems/QXV/programmes/applications/{stored.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((stored.Id.ToString(), "api-1", "QXV", true), (body.GetProperty("id").GetString(), body.GetProperty("applicationId").GetString(),
            body.GetProperty("systemCode").GetString(), body.GetProperty("eligible").GetBoolean()));
        // The only application of QXV in the round: first of one, with QXV's 5 places and 6 people of about 40.
        var criteria = body.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(17, criteria.Count);
        Assert.Equal(("E-SYSTEM-TEAM-CAP", "pass", "1st of 1 complete team from QXV by submission time; QXV has 5 places"),
            (criteria[1].GetProperty("id").GetString(), criteria[1].GetProperty("status").GetString(), criteria[1].GetProperty("message").GetString()));
        Assert.Equal("6 members across QXV's 1 team keeping a place; about 40 expected", criteria[2].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Submit_TheEligibilityAnsweredCountsTheSystemsEarlierApplications()
    {
        // Five complete QXV applications are already in; a sixth by the API is the 6th of 6 and loses on the cap.
        var roundId = await app.AddRoundAsync([Qxv]);
        for (var i = 1; i <= 5; i++) await app.AddApplicationAsync(roundId, Qxv, $"early-{i}", DateTimeOffset.UtcNow.AddHours(-i));
        using var client = await app.ClientFor(Professional);

        var body = await Json(await Post(client, roundId, ApplicationJson("late", "QXV")));

        Assert.False(body.GetProperty("eligible").GetBoolean());
        Assert.Equal("6th of 6 complete teams from QXV by submission time; QXV has 5 places", body.GetProperty("criteria")[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Submit_ByTheOperator_KeepsSubmittedAtEvenToAClosedRoundAndPointsToTheOperatorsPage()
    {
        var roundId = await app.AddRoundAsync([Qaa], opens: Today.AddDays(-60), closes: Today.AddDays(-30), state: RoundState.Closed);
        var at = new DateTimeOffset(2026, 10, 1, 9, 30, 0, TimeSpan.FromHours(1));
        using var client = await app.ClientFor(Operator);

        var response = await Post(client, roundId, ApplicationJson("late-paper", Qaa, at));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await Stored(roundId, "late-paper");
        Assert.Equal(at, stored!.SubmittedAt);
        Assert.Equal($"/programmes/rounds/{roundId}/applications/{stored.Id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Submit_ByTheOperatorWithoutSubmittedAt_IsSubmittedNow()
    {
        var roundId = await app.AddRoundAsync([Qaa]);
        using var client = await app.ClientFor(Operator);
        var before = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.Created, (await Post(client, roundId, ApplicationJson("no-time", Qaa))).StatusCode);
        Assert.InRange((await Stored(roundId, "no-time"))!.SubmittedAt!.Value, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Submit_ForAnotherSystemOfTheRound_IsForbiddenAndStoresNothing()
    {
        // Both systems are in the round, so the leader of QXV sees it; QAA's application is not theirs to send. Refused
        // before anything is written, so the store's guard on other systems' rows never has to answer.
        var roundId = await app.AddRoundAsync([Qxv, Qaa]);
        using var client = await app.ClientFor(Leader);

        var response = await Post(client, roundId, ApplicationJson("not-mine", Qaa));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await Stored(roundId, "not-mine"));
    }

    [Fact]
    public async Task Submit_ToARoundWithoutTheCallersSystem_IsNotFound()
    {
        var roundId = await app.AddRoundAsync([Qxv]);
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await Post(client, roundId, ApplicationJson("x", Qaa))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(client, Guid.NewGuid(), ApplicationJson("x", Qaa))).StatusCode);
    }

    [Fact]
    public async Task Submit_ARoundNotTakingApplications_AnswersConflictSayingWhen()
    {
        var roundId = await app.AddRoundAsync([Qxv], opens: Today.AddDays(3), closes: Today.AddDays(40));
        using var client = await app.ClientFor(Leader);

        var response = await Post(client, roundId, ApplicationJson("too-early", Qxv));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith($"takes applications from {GoldenThread.Network.UkDate.Long(Today.AddDays(3))} to {GoldenThread.Network.UkDate.Long(Today.AddDays(40))}.",
            (await Json(response)).GetProperty("detail").GetString());
        Assert.Null(await Stored(roundId, "too-early"));
    }

    [Fact]
    public async Task Submit_BadApplication_Answers400KeyedByJsonPath()
    {
        var roundId = await app.AddRoundAsync([Qxv]);
        using var client = await app.ClientFor(Leader);
        var json = ApplicationJson("bad", Qxv, content: Content with
        {
            Members = [Content.Members[0] with { Sector = "nhs-acut" }, Content.Members[1] with { Seniority = "boss" }],
        }).Replace("\"teamName\"", "\"teamname\"");

        var response = await Post(client, roundId, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        // The unknown field stops the reading before the vocabularies are checked.
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Equal(["teamname"], errors.EnumerateObject().Select(e => e.Name));
        var vocabulary = await Post(client, roundId, json.Replace("\"teamname\"", "\"teamName\""));
        Assert.Equal(["members[0].sector", "members[1].seniority"], (await Json(vocabulary)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Null(await Stored(roundId, "bad"));
    }

    [Theory]
    [InlineData("{\"id\": \"a1\",", "$")]
    [InlineData("[]", "$")]
    [InlineData("""{"id": "a1", "systemCode": "QZZ"}""", "systemCode")]
    [InlineData("""{"systemCode": "QXV"}""", "id")]
    public async Task Submit_MalformedOrIncomplete_Answers400NamingWhere(string json, string key)
    {
        var roundId = await app.AddRoundAsync([Qxv]);
        using var client = await app.ClientFor(Leader);

        var response = await Post(client, roundId, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty(key, out _));
    }

    [Fact]
    public async Task Submit_AnIdTheRoundHasInAnotherSystem_AnswersConflictNotServerError()
    {
        // QAA's application "shared-id" is outside the QXV leader's scope; the id is still taken in the round.
        var roundId = await app.AddRoundAsync([Qxv, Qaa]);
        await app.AddApplicationAsync(roundId, Qaa, "shared-id", DateTimeOffset.UtcNow);
        using var client = await app.ClientFor(Leader);

        var response = await Post(client, roundId, ApplicationJson("shared-id", Qxv));
        var again = await Post(client, roundId, ApplicationJson("mine", Qxv));
        var twice = await Post(client, roundId, ApplicationJson("mine", Qxv));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("“shared-id” is already an application in this round", (await Json(response)).GetProperty("errors").GetProperty("id")[0].GetString());
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), (again.StatusCode, twice.StatusCode));
    }

    [Fact]
    public async Task Submit_NotJson_IsRefusedAsUnsupported()
    {
        var roundId = await app.AddRoundAsync([Qxv]);
        using var client = await app.ClientFor(Leader);

        var response = await Post(client, roundId, ApplicationJson("form", Qxv), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Null(await Stored(roundId, "form"));
    }

    [Fact]
    public async Task Submit_MoreThanAMegabyte_IsRefusedAsTooLarge()
    {
        var roundId = await app.AddRoundAsync([Qxv]);
        using var client = await app.ClientFor(Leader);

        var response = await Post(client, roundId, ApplicationJson("huge", Qxv, content: Content with { CitizenGains = new string('x', 1_000_001) }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await Stored(roundId, "huge"));
    }

    [Fact]
    public async Task Eligibility_ForTheOperator_IsTheCommandsShapeInOrderOfSubmission()
    {
        // b (09:00) then a (10:00) then c (10:00, after a by id): a draft and a withdrawn one are left out. c has five
        // members and fails on team size only.
        var roundId = await app.AddRoundAsync([Qxv]);
        var nine = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        await app.AddApplicationAsync(roundId, Qxv, "c", nine.AddHours(1), content: Content with { Members = [.. Content.Members.Take(5)] });
        await app.AddApplicationAsync(roundId, Qxv, "a", nine.AddHours(1));
        await app.AddApplicationAsync(roundId, Qxv, "b", nine);
        await app.AddApplicationAsync(roundId, Qxv, "draft", null, ApplicationState.Draft);
        await app.AddApplicationAsync(roundId, Qxv, "withdrawn", nine, ApplicationState.Withdrawn);
        using var client = await app.ClientFor(Operator);

        var response = await client.GetAsync($"/api/v1/rounds/{roundId}/eligibility");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(["results"], body.EnumerateObject().Select(p => p.Name));
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["b", "a", "c"], results.Select(r => r.GetProperty("applicationId").GetString()));
        Assert.Equal([true, true, false], results.Select(r => r.GetProperty("eligible").GetBoolean()));
        Assert.Equal(["applicationId", "eligible", "criteria"], results[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "status", "message"], results[2].GetProperty("criteria")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("E-TEAM-SIZE", "fail", "5 members; at least 6 needed"), (results[2].GetProperty("criteria")[0].GetProperty("id").GetString(),
            results[2].GetProperty("criteria")[0].GetProperty("status").GetString(), results[2].GetProperty("criteria")[0].GetProperty("message").GetString()));
        Assert.Equal("2nd of 2 complete teams from QXV by submission time; QXV has 5 places", results[1].GetProperty("criteria")[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Eligibility_ForAnyoneButTheOperator_IsForbidden()
    {
        var roundId = await app.AddRoundAsync([Qxv]);
        using var leader = await app.ClientFor(Leader);
        using var reviewer = await app.ClientFor(Reviewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync($"/api/v1/rounds/{roundId}/eligibility")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/v1/rounds/{roundId}/eligibility")).StatusCode);
    }

    [Fact]
    public async Task Eligibility_NoSuchRound_IsNotFound()
    {
        using var client = await app.ClientFor(Operator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/rounds/{Guid.NewGuid()}/eligibility")).StatusCode);
    }
}

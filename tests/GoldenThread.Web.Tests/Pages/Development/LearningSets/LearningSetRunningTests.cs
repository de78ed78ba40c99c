using System.Net;
using GoldenThread.Access;
using GoldenThread.Data.Audit;
using GoldenThread.Testing;
using GoldenThread.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>
/// Running the demo's learning sets: the falls set facilitated by the demo professional, the Hollowmere set by someone
/// with no account, so that only the leadership team runs it.
/// </summary>
public class LearningSetRunningTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Professional = "professional@goldenthread.example";
    private const string Leader = "leader@goldenthread.example";
    private const string Member = "falls.member@example.org";
    private const string Hollowmere = "Hollowmere Young Minds";

    private Task<Guid> SetId(string name) => app.Query(db => db.LearningSets.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    private static Dictionary<string, string> Session(string topic, DateOnly date) => new()
    {
        ["Date.Day"] = date.Day.ToString(), ["Date.Month"] = date.Month.ToString(), ["Date.Year"] = date.Year.ToString(),
        ["HalfDay"] = "afternoon", ["StartsAt"] = "13:30", ["Hours"] = "2.5", ["Topic"] = topic, ["Version"] = "0",
    };

    private static string[] ErrorLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")!)];

    /// <summary>A professional's account linked to a member of the falls set, created once.</summary>
    private async Task<HttpClient> MemberClientAsync()
    {
        if (!await app.Query(db => db.Users.AnyAsync(u => u.Email == Member)))
        {
            await app.CreateAccount(Member, Roles.Professional, "QXV");
            var set = await SetId(DemoLearningSets.Published);
            await app.Query(async db =>
            {
                var person = await db.LearningSetMembers.Where(m => m.LearningSetId == set && m.PersonId != null).OrderBy(m => m.Name).Select(m => m.PersonId).FirstAsync();
                (await db.Users.SingleAsync(u => u.Email == Member)).PersonId = person;
                return await db.SaveChangesAsync();
            });
        }
        return await app.ClientFor(Member);
    }

    [Fact]
    public async Task NewSession_EmptyForm_ListsEachProblemInFormOrderAndSavesNothing()
    {
        var set = await SetId(Hollowmere);
        var before = await app.Query(db => db.LearningSetSessions.CountAsync(s => s.LearningSetId == set));
        using var client = await app.ClientFor(Leader);

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/learning-sets/{set}/sessions/new", new Dictionary<string, string>
        {
            ["Date.Day"] = "31", ["Date.Month"] = "2", ["Date.Year"] = "2027", ["HalfDay"] = "morning", ["StartsAt"] = "14:00", ["Hours"] = "lots", ["Topic"] = " ",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#date", "#startsat", "#hours", "#topic"], ErrorLinks(page));
        Assert.Contains("Date must be a real date", page.QuerySelector("#date-error")!.TextContent);
        Assert.Contains("A morning session must start before 12:00", page.QuerySelector("#startsat-error")!.TextContent);
        Assert.Contains("Hours must be a number, like 3 or 2.5", page.QuerySelector("#hours-error")!.TextContent);
        Assert.Equal(before, await app.Query(db => db.LearningSetSessions.CountAsync(s => s.LearningSetId == set)));
    }

    [Fact]
    public async Task NewSession_HoursOverTwelve_IsRefused()
    {
        var set = await SetId(Hollowmere);
        using var client = await app.ClientFor(Leader);
        var form = Session("Too long a session", new DateOnly(2027, 1, 14));
        form["Hours"] = "12.5";

        var page = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, $"/systems/QXV/learning-sets/{set}/sessions/new", form)).Content.ReadAsStringAsync());

        Assert.Equal(["#hours"], ErrorLinks(page));
        Assert.False(await app.Query(db => db.LearningSetSessions.AnyAsync(s => s.Topic == "Too long a session")));
    }

    [Fact]
    public async Task NewSession_ByTheFacilitator_GoesOnTheScheduleAndIntoTheAuditTrail()
    {
        var set = await SetId(DemoLearningSets.Published);
        using var client = await app.ClientFor(Professional);

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/learning-sets/{set}/sessions/new", Session("Bringing in the fire service", new DateOnly(2027, 2, 4)));
        var detail = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/learning-sets/{set}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = detail.QuerySelectorAll("#sessions tbody tr").Single(r => r.TextContent.Contains("Bringing in the fire service"));
        Assert.Contains("Afternoon, from 1:30pm", row.TextContent);
        Assert.Contains("2.5 hours", row.TextContent);
        Assert.Equal("To come", row.QuerySelector("[data-attendance]")!.LastChild!.TextContent);
        var saved = await app.Query(db => db.LearningSetSessions.SingleAsync(s => s.Topic == "Bringing in the fire service"));
        var id = saved.Id.ToString();
        Assert.True(await app.Query(db => db.AuditEntries.AnyAsync(e => e.Entity == "LearningSetSession" && e.EntityId == id && e.Action == "insert")));
    }

    [Fact]
    public async Task NewSession_AMemberWhoIsNotTheFacilitator_IsForbidden()
    {
        var set = await SetId(DemoLearningSets.Published);
        using var client = await MemberClientAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/systems/QXV/learning-sets/{set}/sessions/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/systems/QXV/learning-sets/{set}/summary")).StatusCode);
    }

    [Fact]
    public async Task Attendance_FutureSession_IsRefusedAndNothingIsRecorded()
    {
        var set = await SetId(DemoLearningSets.Published);
        var today = GoldenThread.Network.UkDate.Today(TimeProvider.System);
        var session = await app.Query(db => db.LearningSetSessions.Where(s => s.LearningSetId == set && s.Date > today).Select(s => s.Id).FirstAsync());
        var member = await app.Query(db => db.LearningSetMembers.Where(m => m.LearningSetId == set).Select(m => m.Id).FirstAsync());
        using var client = await app.ClientFor(Professional);
        var path = $"/systems/QXV/learning-sets/{set}/sessions/{session}/attendance";

        var form = GoldenThreadApp.Parse(await client.GetStringAsync(path));
        var response = await GoldenThreadApp.PostForm(client, path, [new("Attended", member.ToString())]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.NotNull(form.QuerySelector("#not-yet"));
        Assert.Null(form.QuerySelector("main form input[name=Attended]"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["#attended"], ErrorLinks(page));
        Assert.Contains("once the session has taken place", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.False(await app.Query(db => db.LearningSetAttendance.AnyAsync(a => a.SessionId == session)));
        Assert.Null(await app.Query(db => db.LearningSetSessions.Where(s => s.Id == session).Select(s => s.AttendanceRecordedAt).SingleAsync()));
    }

    [Fact]
    public async Task Attendance_PastSession_ReplacesWhoCameAndRefusesSomeoneOutsideTheSet()
    {
        var set = await SetId(DemoLearningSets.Published);
        var session = await app.Query(db => db.LearningSetSessions.Where(s => s.LearningSetId == set).OrderBy(s => s.Date).Select(s => s.Id).FirstAsync());
        var members = await app.Query(db => db.LearningSetMembers.Where(m => m.LearningSetId == set).OrderBy(m => m.Name).Select(m => m.Id).ToListAsync());
        var outsider = await app.Query(db => db.LearningSetMembers.Where(m => m.LearningSetId != set).Select(m => m.Id).FirstAsync());
        using var client = await app.ClientFor(Professional);
        var path = $"/systems/QXV/learning-sets/{set}/sessions/{session}/attendance";

        var refused = await GoldenThreadApp.PostForm(client, path, [new("Attended", members[0].ToString()), new("Attended", outsider.ToString()), new("Attended", "not-an-id")]);
        var saved = await GoldenThreadApp.PostForm(client, path, [new("Attended", members[0].ToString()), new("Attended", members[1].ToString())]);
        var again = GoldenThreadApp.Parse(await client.GetStringAsync(path));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Select members of this learning set", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(members.Take(2).OrderBy(m => m), (await app.Query(db => db.LearningSetAttendance.Where(a => a.SessionId == session).Select(a => a.MemberId).ToListAsync())).OrderBy(m => m));
        Assert.Equal(2, again.QuerySelectorAll("input[name=Attended][checked]").Length);
    }

    [Fact]
    public async Task Notes_TheLeadershipTeam_CannotReadThemAnywhere()
    {
        var set = await SetId(DemoLearningSets.Published);
        using var client = await app.ClientFor(Leader);

        var notes = await client.GetAsync($"/systems/QXV/learning-sets/{set}/notes");
        var detail = await client.GetStringAsync($"/systems/QXV/learning-sets/{set}");
        var audit = await client.GetStringAsync("/systems/QXV/audit?entity=LearningSetNote");

        Assert.Equal(HttpStatusCode.Forbidden, notes.StatusCode);
        Assert.Null(GoldenThreadApp.Parse(detail).QuerySelector("#notes-link"));
        Assert.DoesNotContain("Ambulance crews are told", detail);
        Assert.DoesNotContain("Ambulance crews are told", audit);
        var changes = await app.Query(db => db.AuditEntries.Where(e => e.Entity == "LearningSetNote").Select(e => e.Changes).ToListAsync());
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal(AuditInterceptor.WithheldValue, c.Single(x => x.Property == "Text").After));
    }

    [Fact]
    public async Task Notes_AMember_ReadsAndWritesThem()
    {
        var set = await SetId(DemoLearningSets.Published);
        using var client = await MemberClientAsync();
        var path = $"/systems/QXV/learning-sets/{set}/notes";

        var detail = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/learning-sets/{set}"));
        var empty = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, path, [new("Text", "  ")])).Content.ReadAsStringAsync());
        var saved = await GoldenThreadApp.PostForm(client, path, [new("Text", "Next time: bring the discharge figures.")]);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(path));

        Assert.NotNull(detail.QuerySelector("#notes-link"));
        Assert.Equal(["#text"], ErrorLinks(empty));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Next time: bring the discharge figures.", page.QuerySelector("#notes li")!.TextContent);
        Assert.Contains("Ambulance crews are told", page.QuerySelector("#notes")!.TextContent);
    }

    [Fact]
    public async Task Summary_PublishingWithOnePart_IsRefusedThenBothPartsGoToTheLibraryAndWithdrawingTakesThemOut()
    {
        var set = await SetId(Hollowmere);
        using var client = await app.ClientFor(Leader);
        var path = $"/systems/QXV/learning-sets/{set}/summary";
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(path)));
        form.Add(new("WhatWorked", "A young person at every session."));
        form.Add(new("WhatDidNotWork", ""));

        var refused = await GoldenThreadApp.PostForm(client, path + "?handler=publish", form, tokenFrom: path);
        var refusedPage = GoldenThreadApp.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(["#whatdidnotwork"], ErrorLinks(refusedPage));
        Assert.Null(await app.Query(db => db.LearningSets.Where(s => s.Id == set).Select(s => s.SummaryPublishedAt).SingleAsync()));

        form.RemoveAll(f => f.Key == "WhatDidNotWork");
        form.Add(new("WhatDidNotWork", "Evening sessions: no one from the council could come."));
        var published = await GoldenThreadApp.PostForm(client, path + "?handler=publish", form, tokenFrom: path);
        var library = GoldenThreadApp.Parse(await (await app.ClientFor(Professional)).GetStringAsync("/systems/QXV/learning-library"));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var entry = library.QuerySelector($"#library [data-set='{set}']");
        Assert.NotNull(entry);
        Assert.Contains("Evening sessions: no one from the council could come.", entry.TextContent);
        Assert.Equal(2, library.QuerySelectorAll("#library [data-set]").Length);

        var current = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(path)));
        current.AddRange([new("WhatWorked", "A young person at every session."), new("WhatDidNotWork", "Evening sessions.")]);
        var withdrawn = await GoldenThreadApp.PostForm(client, path + "?handler=withdraw", current, tokenFrom: path);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Null(GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/learning-library")).QuerySelector($"#library [data-set='{set}']"));
    }

    [Fact]
    public async Task Facilitator_AMemberOfTheSet_IsRefusedAndSomeoneElseIsChosen()
    {
        var set = await SetId(Hollowmere);
        var member = await app.Query(db => db.LearningSetMembers.Where(m => m.LearningSetId == set && m.PersonId != null).Select(m => m.PersonId!.Value).FirstAsync());
        var outsider = await app.Query(db => db.People.Where(p => p.SystemId == db.LearningSets.Single(s => s.Id == set).SystemId
            && !db.LearningSetMembers.Any(m => m.PersonId == p.Id)).OrderBy(p => p.Name).Select(p => p.Id).FirstAsync());
        using var client = await app.ClientFor(Leader);
        var path = $"/systems/QXV/learning-sets/{set}/facilitator";
        var version = GoldenThreadApp.Parse(await client.GetStringAsync(path)).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var refused = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, path,
            [new("FacilitatorPersonId", member.ToString()), new("Version", version)])).Content.ReadAsStringAsync());
        var garbled = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, path,
            [new("FacilitatorPersonId", "not-an-id"), new("Version", version)])).Content.ReadAsStringAsync());
        var chosen = await GoldenThreadApp.PostForm(client, path, [new("FacilitatorPersonId", outsider.ToString()), new("Version", version)]);

        Assert.Equal(["#facilitatorpersonid"], ErrorLinks(refused));
        Assert.Contains("Select a person of this system", garbled.QuerySelector("#facilitatorpersonid-error")!.TextContent);
        Assert.Contains("not a member of the set", refused.QuerySelector("#facilitatorpersonid-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal(outsider, await app.Query(db => db.LearningSets.Where(s => s.Id == set).Select(s => s.FacilitatorPersonId).SingleAsync()));
    }

    [Fact]
    public async Task Sessions_OfAnotherSetUnderThisSet_AnswerNotFound()
    {
        var falls = await SetId(DemoLearningSets.Published);
        var theirs = await app.Query(db => db.LearningSetSessions.Where(s => s.LearningSetId != falls).Select(s => s.Id).FirstAsync());
        using var client = await app.ClientFor(Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/learning-sets/{falls}/sessions/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/learning-sets/{falls}/sessions/{theirs}/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/learning-sets/{falls}/sessions/{theirs}/delete")).StatusCode);
    }

    [Fact]
    public async Task EditSession_AfterSomeoneElseSaved_RefusesTheStaleEditThenRemovingItTakesItsAttendance()
    {
        var set = await SetId(Hollowmere);
        var session = await app.Query(db => db.LearningSetSessions.Where(s => s.LearningSetId == set && s.AttendanceRecordedAt != null)
            .OrderBy(s => s.Date).Select(s => s.Id).FirstAsync());
        using var client = await app.ClientFor(Leader);
        var path = $"/systems/QXV/learning-sets/{set}/sessions/{session}";
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(path)));
        await app.Query(async db =>
        {
            var stored = await db.LearningSetSessions.SingleAsync(s => s.Id == session);
            (stored.Topic, stored.Version) = ("Changed meanwhile", stored.Version + 1);
            return await db.SaveChangesAsync();
        });
        form.RemoveAll(f => f.Key == "Topic");
        form.Add(new("Topic", "Mine"));

        var stale = await GoldenThreadApp.PostForm(client, path, form);
        var stalePage = GoldenThreadApp.Parse(await stale.Content.ReadAsStringAsync());
        var deleted = await GoldenThreadApp.PostForm(client, path + "/delete", []);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this session", stalePage.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("Changed meanwhile", stalePage.QuerySelector("input[name=Topic]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.Query(db => db.LearningSetSessions.AnyAsync(s => s.Id == session)));
        Assert.False(await app.Query(db => db.LearningSetAttendance.AnyAsync(a => a.SessionId == session)));
    }
}

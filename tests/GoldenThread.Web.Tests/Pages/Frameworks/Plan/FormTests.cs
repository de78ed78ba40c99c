using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Measures;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>Adding, changing and deleting a plan action through its form.</summary>
public class FormTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static Dictionary<string, string> Valid(string title) => new()
    {
        ["CriterionId"] = "P1.1", ["ActionTitle"] = title, ["Description"] = "", ["Owner"] = "Chief nursing officer", ["OwnerPersonId"] = "",
        ["DueOn.Day"] = "31", ["DueOn.Month"] = "3", ["DueOn.Year"] = "2027", ["Status"] = "in-progress", ["ProgressNote"] = "Terms drafted",
        ["MeasureId"] = "", ["AssessmentId"] = "", ["Version"] = "0",
    };

    [Fact]
    public async Task New_EmptyForm_ListsEachProblemInFormOrderAndSavesNothing()
    {
        await app.FrameworkAsync();
        var before = await app.Query(db => db.PlanActions.CountAsync());
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/framework/plan/new", new Dictionary<string, string>
        {
            ["CriterionId"] = "", ["ActionTitle"] = " ", ["Owner"] = "", ["DueOn.Day"] = "31", ["DueOn.Month"] = "2", ["DueOn.Year"] = "2027", ["Status"] = "not-started",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#criterionid", "#actiontitle", "#owner", "#dueon"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Due date must be a real date", page.QuerySelector("#dueon-error")!.TextContent);
        Assert.Equal(before, await app.Query(db => db.PlanActions.CountAsync()));
    }

    [Fact]
    public async Task New_CriterionTheFrameworkLacksAndAnotherSystemsMeasure_AreRefused()
    {
        await app.FrameworkAsync();
        var elsewhere = await app.AddMeasureAsync("Other system's measure", [1, 2, 3], GoldenThreadApp.OtherSystem);
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = Valid("Refused action");
        (form["CriterionId"], form["MeasureId"]) = ("P9.9", elsewhere.ToString());

        var page = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, "/systems/QXV/framework/plan/new", form)).Content.ReadAsStringAsync());

        Assert.Equal(["#criterionid", "#measureid"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.False(await app.Query(db => db.PlanActions.AnyAsync(a => a.Title == "Refused action")));
    }

    [Fact]
    public async Task New_OwnerLeftEmptyWithAPersonChosen_TakesThePersonsNameAndGoesToThePlan()
    {
        var framework = await app.FrameworkAsync();
        var person = await app.PersonOfAsync(FrameworkRows.Professional);
        var name = await app.Query(db => db.People.Where(p => p.Id == person).Select(p => p.Name).SingleAsync());
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = Valid("Person-owned action");
        (form["Owner"], form["OwnerPersonId"]) = ("", person.ToString());

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/framework/plan/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/systems/QXV/framework/plan#criterion-P1.1", response.Headers.Location!.OriginalString);
        var saved = await app.Query(db => db.PlanActions.SingleAsync(a => a.Title == "Person-owned action"));
        Assert.Equal((framework.FrameworkId, name, person, new DateOnly(2027, 3, 31), ActionStatus.InProgress, "Terms drafted"),
            (saved.FrameworkId, saved.Owner, saved.OwnerPersonId!.Value, saved.DueOn, saved.Status, saved.ProgressNote));
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_RefusesTheStaleEditAndShowsTheirs()
    {
        var framework = await app.FrameworkAsync();
        var id = await app.AddActionAsync(framework, "P2.3", "Stale edit action", new DateOnly(2027, 1, 1));
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/framework/plan/{id}")));
        await app.Query(async db =>
        {
            var action = await db.PlanActions.SingleAsync(a => a.Id == id);
            (action.Status, action.Version) = (ActionStatus.Done, action.Version + 1);
            return await db.SaveChangesAsync();
        });
        form.RemoveAll(f => f.Key == "ProgressNote");
        form.Add(new("ProgressNote", "Mine"));

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/framework/plan/{id}", form);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this action", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name=Status][value=done][checked]"));
        Assert.Null((await app.Query(db => db.PlanActions.SingleAsync(a => a.Id == id))).ProgressNote);
    }

    [Fact]
    public async Task Edit_Saved_ShowsWhoChangedWhatInTheActionsHistory()
    {
        var framework = await app.FrameworkAsync();
        var id = await app.AddActionAsync(framework, "P2.4", "History action", new DateOnly(2027, 1, 1));
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/framework/plan/{id}")));
        form.RemoveAll(f => f.Key == "Status");
        form.Add(new("Status", "done"));

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/framework/plan/{id}", form);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/framework/plan/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var history = page.QuerySelector("#history")!.TextContent;
        Assert.Contains("Status: NotStarted → Done", history);
        Assert.Contains("Added the action", history);
    }

    [Fact]
    public async Task EditAndDelete_AnotherSystemsActionUnderThisCode_AnswerNotFound()
    {
        var theirs = await app.AddActionAsync(await app.FrameworkAsync(GoldenThreadApp.OtherSystem), "P1.1", "Their action", new DateOnly(2027, 1, 1));
        using var client = await app.ClientFor(FrameworkRows.Leader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/framework/plan/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/framework/plan/{theirs}/delete")).StatusCode);
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesTheActionAndKeepsItInTheAuditTrail()
    {
        var id = await app.AddActionAsync(await app.FrameworkAsync(), "P4.1", "Action to delete", new DateOnly(2027, 1, 1));
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/framework/plan/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.Query(db => db.PlanActions.AnyAsync(a => a.Id == id)));
        var key = id.ToString();
        Assert.True(await app.Query(db => db.AuditEntries.AnyAsync(e => e.Entity == "PlanAction" && e.EntityId == key && e.Action == "delete")));
    }
}

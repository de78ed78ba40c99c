using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>The leadership team's changes to a framework, each saved as a new version with its note.</summary>
public class AdaptTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private sealed record State(Guid FrameworkId, int Version, FrameworkVersion Current, string Href);

    private async Task<State> StateAsync()
    {
        var adopted = await app.FrameworkAsync();
        return await app.Query(async db =>
        {
            var framework = await db.Frameworks.AsNoTracking().SingleAsync(f => f.Id == adopted.FrameworkId);
            var current = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == framework.CurrentVersionId);
            return new State(framework.Id, framework.Version, current, $"/systems/QXV/framework/{framework.Id}");
        });
    }

    private static Dictionary<string, string> Reword(State state, string text, string note, params string[] guidance)
    {
        var form = new Dictionary<string, string> { ["Text"] = text, ["Note"] = note, ["Version"] = state.Version.ToString() };
        for (var i = 0; i < guidance.Length; i++) form[$"Guidance[{i}]"] = guidance[i];
        return form;
    }

    [Fact]
    public async Task Change_Reworded_SavesTheNextVersionAndOldAssessmentsKeepTheOldWording()
    {
        var before = await StateAsync();
        var assessment = await app.AddAssessmentAsync("Before the rewording");
        var oldText = before.Current.Definition.Criterion("P1.2")!.Text;
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{before.Href}/criteria/P1.2/change",
            Reword(before, "Leaders go and see frontline work for themselves", "Raters asked for visits, not surveys", "a", "b", "c", "d"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{before.Href}#criterion-P1.2", response.Headers.Location!.OriginalString);
        var after = await StateAsync();
        Assert.Equal((before.Current.Number + 1, "Raters asked for visits, not surveys"), (after.Current.Number, after.Current.Note));
        Assert.Equal(("Leaders go and see frontline work for themselves", "d"), (after.Current.Definition.Criterion("P1.2")!.Text, after.Current.Definition.Criterion("P1.2")!.Guidance[3]));
        var assessed = await app.Query(db => db.Assessments.Where(a => a.Id == assessment)
            .Join(db.FrameworkVersions, a => a.FrameworkVersionId, v => v.Id, (a, v) => v).SingleAsync());
        Assert.Equal(oldText, assessed.Definition.Criterion("P1.2")!.Text);
        var old = GoldenThreadApp.Parse(await client.GetStringAsync($"{before.Href}/versions/{assessed.Number}"));
        Assert.Contains(oldText, old.QuerySelector("#criterion-P1\\.2")!.TextContent);
        var current = GoldenThreadApp.Parse(await client.GetStringAsync(before.Href));
        Assert.Contains("Raters asked for visits, not surveys", current.QuerySelector("#versions ~ table")!.TextContent);
    }

    [Fact]
    public async Task Change_BlankTextSomeGuidanceAndNoNote_ReRendersWithTheErrorSummaryInFormOrder()
    {
        var before = await StateAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{before.Href}/criteria/P2.1/change", Reword(before, " ", "", "a", "", "c", "d"));
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#text", "#guidance-1", "#note"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Enter what good looks like", page.QuerySelector("#text-error")!.TextContent);
        Assert.Equal(before.Current.Id, (await StateAsync()).Current.Id);
    }

    [Fact]
    public async Task Change_FromAStaleVersion_RefusedSayingSoWithTheCurrentWording()
    {
        var before = await StateAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var stale = Reword(before, "Anything", "Because", "a", "b", "c", "d");
        stale["Version"] = (before.Version - 1).ToString();

        var response = await GoldenThreadApp.PostForm(client, $"{before.Href}/criteria/P2.2/change", stale);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this framework", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(before.Current.Definition.Criterion("P2.2")!.Text, page.QuerySelector("#text")!.TextContent);
        Assert.Equal(before.Version.ToString(), page.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        Assert.Equal(before.Current.Id, (await StateAsync()).Current.Id);
    }

    [Theory]
    [InlineData("/criteria/P1.1/change")]
    [InlineData("/criteria/P1.1/retire")]
    [InlineData("/criteria/new")]
    [InlineData("/levels")]
    public async Task Adapt_Professional_Forbidden(string tail)
    {
        var state = await StateAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(state.Href + tail)).StatusCode);
        var post = await client.PostAsync(state.Href + tail, new FormUrlEncodedContent([new("Note", "x")]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Theory]
    [InlineData("/criteria/P9.9/change")]
    [InlineData("/criteria/P9.9/retire")]
    public async Task Adapt_UnknownCriterion_NotFound(string tail)
    {
        var state = await StateAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(state.Href + tail)).StatusCode);
    }

    [Fact]
    public async Task New_ToPrinciple_AddsTheNextIdWithItsGuidance()
    {
        var before = await StateAsync();
        var expected = FrameworkAdaptation.NextId(before.Current.Definition, before.Current.Definition.Principles[3]);
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = Reword(before, "Leaders have a mentor within a year", "Added after the mentoring review", "w", "x", "y", "z");
        form["PrincipleId"] = "P4";

        var response = await GoldenThreadApp.PostForm(client, $"{before.Href}/criteria/new", form);

        Assert.Equal($"{before.Href}#criterion-{expected}", response.Headers.Location!.OriginalString);
        var added = (await StateAsync()).Current.Definition.Criterion(expected)!;
        Assert.Equal(("Leaders have a mentor within a year", 4, false), (added.Text, added.Guidance.Count, added.Retired));
    }

    [Fact]
    public async Task New_NoPrinciple_NamesTheRadiosInTheErrorSummary()
    {
        var before = await StateAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{before.Href}/criteria/new", Reword(before, "Good", "Why"));
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["#principleid"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("#principleid"));
    }

    [Fact]
    public async Task Retire_ThenRestore_EachMakesAVersionAndTheCriterionStays()
    {
        var before = await StateAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var retired = await GoldenThreadApp.PostForm(client, $"{before.Href}/criteria/P4.4/retire",
            [new("Note", "Release is now part of P4.2"), new("Version", before.Version.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var middle = await StateAsync();
        Assert.True(middle.Current.Definition.Criterion("P4.4")!.Retired);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(before.Href));
        Assert.NotNull(page.QuerySelector("#retired ~ #criterion-P4\\.4"));
        var restore = GoldenThreadApp.Parse(await client.GetStringAsync($"{before.Href}/criteria/P4.4/retire"));
        Assert.Equal("Restore criterion P4.4", restore.QuerySelector("h1")!.TextContent);

        await GoldenThreadApp.PostForm(client, $"{before.Href}/criteria/P4.4/retire", [new("Note", "Back again"), new("Version", middle.Version.ToString())]);

        var after = await StateAsync();
        Assert.False(after.Current.Definition.Criterion("P4.4")!.Retired);
        Assert.Equal(before.Current.Number + 2, after.Current.Number);
    }

    [Fact]
    public async Task Retire_WithoutNote_ReRendersWithTheErrorSummary()
    {
        var before = await StateAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{before.Href}/criteria/P3.3/retire", [new("Note", " "), new("Version", before.Version.ToString())]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["#note"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.False((await StateAsync()).Current.Definition.Criterion("P3.3")!.Retired);
    }

    [Fact]
    public async Task Levels_BlankNameAndTwoAlike_NamesTheFieldsThenSavesNewWords()
    {
        var before = await StateAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = new Dictionary<string, string>
        {
            ["LevelNames[0]"] = "Red", ["LevelNames[1]"] = "", ["LevelNames[2]"] = "Amber", ["LevelNames[3]"] = "Green",
            ["LevelDescriptions[0]"] = "Nothing yet", ["Note"] = "Our board reports in RAG", ["Version"] = before.Version.ToString(),
        };

        var refused = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, $"{before.Href}/levels", form)).Content.ReadAsStringAsync());
        Assert.Equal(["#levelnames-1"], refused.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        form["LevelNames[1]"] = "Amber red";
        var saved = await GoldenThreadApp.PostForm(client, $"{before.Href}/levels", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var levels = (await StateAsync()).Current.Definition.Levels;
        Assert.Equal(["Red", "Amber red", "Amber", "Green"], levels.Select(l => l.Name));
        Assert.Equal([1, 2, 3, 4], levels.Select(l => l.Value));
        Assert.Equal("Nothing yet", levels[0].Description);
    }
}

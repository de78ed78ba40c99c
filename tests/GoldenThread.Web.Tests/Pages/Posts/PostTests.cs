using System.Net;
using GoldenThread.Network;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Posts;

/// <summary>The posts list, a post's page, and adding and changing one with its holder and successors.</summary>
public class PostTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Director = "Place clinical director – Riverton";

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    private static List<KeyValuePair<string, string>> FormOf(AngleSharp.Html.Dom.IHtmlDocument page) => GoldenThreadApp.FormValues(page);

    private Task<Guid> PostId(string title) => app.Query(db => db.Posts.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

    private async Task<Guid> AddPostAsync(string title, string profession = "pharmacy")
    {
        var system = await app.SystemId("QAA");
        return await app.Query(async db =>
        {
            var post = new Post { SystemId = system, Title = title, Level = "system", Professions = [profession], SessionsPerWeek = 1 };
            db.Posts.Add(post);
            await db.SaveChangesAsync();
            return post.Id;
        });
    }

    [Fact]
    public async Task List_Filters_CombineLevelProfessionVacancyAndAdvertising()
    {
        await AddPostAsync("System public health lead", "public-health");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        async Task<List<string>> List(string query) => Titles(GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/posts" + query)));

        Assert.Equal(["System public health lead"], await List("?status=vacant&profession=public-health"));
        Assert.Equal([Director], await List("?status=filled&level=place"));
        Assert.Equal([Director], await List("?profession=medicine&advertised=yes"));
        Assert.DoesNotContain(Director, await List("?advertised=no"));
    }

    [Fact]
    public async Task Detail_LinksHolderSuccessorsFunderAndPlace()
    {
        var post = await PostId(Director);
        var (ada, ben) = (await app.Person("QAA", "Ada Brook"), await app.Person("QAA", "Ben Carter"));
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/posts/{post}"));

        var summary = page.QuerySelector(".nhsuk-summary-list")!;
        Assert.Equal($"/systems/QAA/people/{ada}", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("since 1 Apr 2023", summary.TextContent);
        Assert.Contains("Medicine, Nursing", summary.TextContent);
        Assert.Contains(summary.QuerySelectorAll("a"), a => a.TextContent == "Riverton Hospitals NHS Foundation Trust");
        Assert.Contains(summary.QuerySelectorAll("a"), a => a.TextContent == "Riverton");
        var successor = page.QuerySelectorAll("main li").Single(li => li.TextContent.Contains("Ben Carter"));
        Assert.Equal("Ben Carter (Ready in 1 to 2 years)", successor.TextContent);
        Assert.Equal($"/systems/QAA/people/{ben}", successor.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task New_WithHolderAndSuccessor_AddsThePost()
    {
        var (ada, ben) = (await app.Person("QAA", "Ada Brook"), await app.Person("QAA", "Ben Carter"));
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/posts/new", new Dictionary<string, string>
        {
            ["Title"] = "Community nursing lead", ["Level"] = "system", ["Professions"] = "nursing", ["SessionsPerWeek"] = "1.5",
            ["HolderPersonId"] = ada.ToString(), ["HolderSince.Day"] = "1", ["HolderSince.Month"] = "9", ["HolderSince.Year"] = "2024",
            ["OpenlyAdvertised"] = "true", ["Successors[0].PersonId"] = "", ["Successors[0].Readiness"] = "",
            ["Successors[1].PersonId"] = ben.ToString(), ["Successors[1].Readiness"] = "ready-now",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Community nursing lead", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Ben Carter (Ready now)", page.QuerySelector("main ul.nhsuk-list--bullet")!.TextContent);
        var saved = await app.Query(db => db.Posts.Include(p => p.Successors).SingleAsync(p => p.Title == "Community nursing lead"));
        Assert.Equal((ada, new DateOnly(2024, 9, 1), 1.5m, true), (saved.HolderPersonId!.Value, saved.HolderSince!.Value, saved.SessionsPerWeek, saved.OpenlyAdvertised));
        Assert.Equal(ben, Assert.Single(saved.Successors).PersonId);
    }

    [Fact]
    public async Task New_HolderOfAnotherProfessionAndSuccessorWithoutReadiness_AreRefusedBesideTheirFields()
    {
        var (ada, ben) = (await app.Person("QAA", "Ada Brook"), await app.Person("QAA", "Ben Carter"));
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/posts/new", new Dictionary<string, string>
        {
            ["Title"] = "Medical lead", ["Level"] = "system", ["Professions"] = "medicine", ["SessionsPerWeek"] = "2",
            ["HolderPersonId"] = ada.ToString(), ["Successors[0].PersonId"] = ben.ToString(),
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#holderpersonid", "#successors-0-readiness"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("nursing, is not one that may hold this post", page.QuerySelector("#holderpersonid-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("#successors-0-readiness-error"));
        Assert.Equal(0, await app.Query(db => db.Posts.CountAsync(p => p.Title == "Medical lead")));
    }

    [Fact]
    public async Task Edit_RemovingASuccessorAndMakingItVacant_SavesBoth()
    {
        var post = await AddPostAsync("Pharmacy succession test");
        var ben = await app.Person("QAA", "Ben Carter");
        await app.Query(async db =>
        {
            db.PostSuccessors.Add(new PostSuccessor { SystemId = await app.SystemId("QAA"), PostId = post, PersonId = ben, Readiness = "ready-now" });
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/posts/{post}/edit")));
        Assert.Contains(new KeyValuePair<string, string>("Successors[0].PersonId", ben.ToString()), form);
        form = [.. form.Select(f => f.Key == "Successors[0].PersonId" ? new(f.Key, "") : f).Where(f => f.Key != "Successors[0].Readiness")];

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/posts/{post}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.Query(db => db.PostSuccessors.CountAsync(s => s.PostId == post)));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_IsRefusedAndChangesNothing()
    {
        var post = await AddPostAsync("Stale pharmacy lead");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/posts/{post}/edit")));
        await app.Query(async db =>
        {
            (await db.Posts.SingleAsync(p => p.Id == post)).SessionsPerWeek = 3;
            return await db.SaveChangesAsync();
        });
        form = [.. form.Select(f => f.Key == "Title" ? new(f.Key, "Renamed pharmacy lead") : f)];

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/posts/{post}/edit", form);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this post while you were editing it", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("3", page.QuerySelector("#sessionsperweek")!.GetAttribute("value"));
        Assert.Equal("Stale pharmacy lead", await app.Query(db => db.Posts.Where(p => p.Id == post).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task Detail_PostOfAnotherSystem_IsNotFound()
    {
        var qaa = await PostId(Director);
        using var client = await app.ClientFor("leader@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/posts/{qaa}")).StatusCode);
    }

    [Fact]
    public async Task New_ByProfessional_IsForbidden()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/systems/QXV/posts/new")).StatusCode);
    }
}

using System.Net;
using GoldenThread.Development;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>The leadership team opens a round, closes it into pairs, swaps, removes and publishes them, on the store the subclass chooses.</summary>
public abstract class RoundTestsOn(GoldenThreadApp app)
{
    private const string Exchanges = "/systems/QXV/development/exchanges";

    private static Dictionary<string, string> Valid(string title, string slots) => new()
    {
        ["RoundTitle"] = title, ["Description"] = "", ["Slots"] = slots,
        ["SignUpClosesOn.Day"] = "1", ["SignUpClosesOn.Month"] = "12", ["SignUpClosesOn.Year"] = "2098", ["VisitHours"] = "3.5",
    };

    [Fact]
    public async Task New_EmptyForm_ListsEachProblemInFormOrderAndSavesNothing()
    {
        var before = await app.Query(db => db.ExchangeRounds.CountAsync());
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/new", new Dictionary<string, string>
        {
            ["RoundTitle"] = " ", ["Slots"] = "", ["SignUpClosesOn.Day"] = "31", ["SignUpClosesOn.Month"] = "2", ["SignUpClosesOn.Year"] = "2099", ["VisitHours"] = "lots",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#roundtitle", "#slots", "#signupcloseson", "#visithours"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Sign-up closing date must be a real date", page.QuerySelector("#signupcloseson-error")!.TextContent);
        Assert.Contains("Hours a visit takes must be a number", page.QuerySelector("#visithours-error")!.TextContent);
        Assert.Equal(before, await app.Query(db => db.ExchangeRounds.CountAsync()));
    }

    [Fact]
    public async Task New_BadHalfDay_SaysWhichAndKeepsWhatWasTyped()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/new", Valid("Bad half-day round", "2099-01-06-am\n2099-02-30-pm"));
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2099-02-30-pm is not a half-day", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Contains("2099-02-30-pm", page.QuerySelector("textarea#slots")!.TextContent);
        Assert.False(await app.Query(db => db.ExchangeRounds.AnyAsync(r => r.Title == "Bad half-day round")));
    }

    [Fact]
    public async Task New_Valid_OpensTheRoundAndShowsItsPage()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/new", Valid("Spring round", "2099-01-13-pm, 2099-01-06-am"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var round = await app.Query(db => db.ExchangeRounds.SingleAsync(r => r.Title == "Spring round"));
        Assert.Equal(($"{Exchanges}/{round.Id}", ExchangeRoundStatus.Open, 3.5m), (response.Headers.Location!.OriginalString, round.Status, round.VisitHours));
        Assert.Equal(["2099-01-06-am", "2099-01-13-pm"], round.Slots);
        Assert.NotNull(round.CreatedByAccountId);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Open for sign-up", page.QuerySelector("#status")!.TextContent);
    }

    [Fact]
    public async Task Close_PairsAllowedPeopleButNeverAPairFromAnEarlierRound()
    {
        var (gp, nurse, social) = await app.FreshPeopleAsync("primary-care", "acute", "social-care") is [var a, var b, var c] ? (a, b, c) : default;
        var earlier = await app.AddExchangeRoundAsync("Earlier round", ExchangeRoundStatus.Published);
        await app.PairAsync(earlier, gp, nurse, DateTimeOffset.UnixEpoch);
        var round = await app.AddExchangeRoundAsync("Round after");
        await app.SignUpAsync(round, gp);
        await app.SignUpAsync(round, nurse);
        await app.SignUpAsync(round, social);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/close", GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"{Exchanges}/{round}/close"))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // primary care with acute would score most (10 + 6 …), but they met last round: one of them goes with social care.
        var pair = Assert.Single(await app.PairsOfAsync(round));
        Assert.Contains(social, new[] { pair.A, pair.B });
        Assert.Equal(ExchangeRoundStatus.Closed, await app.Query(db => db.ExchangeRounds.Where(r => r.Id == round).Select(r => r.Status).SingleAsync()));
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Exchanges}/{round}"));
        Assert.Single(page.QuerySelectorAll("#pairs tbody tr"));
        Assert.Single(page.QuerySelectorAll("#unmatched li"));
    }

    /// <summary>A round of proposed pairs: two GPs, each paired with someone of an acute trust.</summary>
    private async Task<(Guid Round, Guid Gp1, Guid Acute1, Guid Gp2, Guid Acute2)> TwoPairsAsync(string title)
    {
        var people = await app.FreshPeopleAsync("primary-care", "acute", "primary-care", "acute");
        var round = await app.AddExchangeRoundAsync(title, ExchangeRoundStatus.Closed);
        foreach (var person in people) await app.SignUpAsync(round, person);
        await app.PairAsync(round, people[0], people[1]);
        await app.PairAsync(round, people[2], people[3]);
        return (round, people[0], people[1], people[2], people[3]);
    }

    [Fact]
    public async Task Swap_IntoAPairTheEngineRefuses_ShowsTheEnginesReasonAndChangesNothing()
    {
        var (round, gp1, acute1, gp2, acute2) = await TwoPairsAsync("Swap round");
        var names = await app.Query(db => db.People.Where(p => p.Id == gp1 || p.Id == gp2).ToDictionaryAsync(p => p.Id, p => p.Name));
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"{Exchanges}/{round}/swap")));
        form.RemoveAll(f => f.Key is "PersonId" or "SwapWithId");

        // Swapping acute1 and gp2 would pair the two GPs.
        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/swap", [.. form, new("PersonId", acute1.ToString()), new("SwapWithId", gp2.ToString())]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{names[gp1]} and {names[gp2]} both work in primary care",
            page.QuerySelector(".nhsuk-error-summary__list a[href='#swapwithid']")!.TextContent);
        Assert.Equal(new HashSet<(Guid, Guid)> { (gp1, acute1), (gp2, acute2) }, (await app.PairsOfAsync(round)).ToHashSet());

        // Swapping the two acute colleagues is allowed: each GP takes the other's partner.
        response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/swap", [.. form, new("PersonId", acute1.ToString()), new("SwapWithId", acute2.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pairs = (await app.PairsOfAsync(round)).Select(p => new HashSet<Guid> { p.A, p.B }).ToList();
        Assert.Contains(pairs, p => p.SetEquals([gp1, acute2]));
        Assert.Contains(pairs, p => p.SetEquals([gp2, acute1]));
    }

    [Fact]
    public async Task Swap_SomeoneWhoseNameHasABracket_IsNamedWholeWhenDone()
    {
        var (round, _, acute1, _, acute2) = await TwoPairsAsync("Bracket round");
        await app.Query(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == acute1)).Name = "Alex (Sandy) Brown";
            return await db.SaveChangesAsync();
        });
        var other = await app.Query(db => db.People.Where(p => p.Id == acute2).Select(p => p.Name).SingleAsync());
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"{Exchanges}/{round}/swap")));
        form.RemoveAll(f => f.Key is "PersonId" or "SwapWithId");

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/swap", [.. form, new("PersonId", acute1.ToString()), new("SwapWithId", acute2.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains($"Alex (Sandy) Brown and {other} swapped places", page.Body!.TextContent);
    }

    [Fact]
    public async Task RemoveThenPublish_LeavesBothUnmatchedAndPublishesTheRest()
    {
        var people = await app.FreshPeopleAsync("primary-care", "acute", "mental-health", "social-care");
        var round = await app.AddExchangeRoundAsync("Publish round", ExchangeRoundStatus.Closed);
        foreach (var person in people) await app.SignUpAsync(round, person);
        var removed = await app.PairAsync(round, people[0], people[1]);
        var kept = await app.PairAsync(round, people[2], people[3]);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var remove = $"{Exchanges}/{round}/pairs/{removed}/remove";
        Assert.Equal(HttpStatusCode.Redirect, (await GoldenThreadApp.PostForm(client, remove, GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(remove))))).StatusCode);
        var publish = $"{Exchanges}/{round}/publish";
        Assert.Equal(HttpStatusCode.Redirect, (await GoldenThreadApp.PostForm(client, publish, GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(publish))))).StatusCode);

        Assert.Equal([kept], await app.Query(db => db.ExchangePairings.Where(p => p.RoundId == round && p.PublishedAt != null).Select(p => p.Id).ToListAsync()));
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Exchanges}/{round}"));
        Assert.Equal("Pairs published", page.QuerySelector("#status")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#unmatched li").Length);
        Assert.Empty(page.QuerySelectorAll("a[href$='/remove']"));
    }

    [Fact]
    public async Task Remove_AfterPublishing_IsRefusedAndTheStalePostChangesNothing()
    {
        var people = await app.FreshPeopleAsync("primary-care", "acute");
        var round = await app.AddExchangeRoundAsync("Published round", ExchangeRoundStatus.Published);
        var pairing = await app.PairAsync(round, people[0], people[1], DateTimeOffset.UnixEpoch);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/pairs/{pairing}/remove", [new("Version", "1")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot be removed", await response.Content.ReadAsStringAsync());
        Assert.True(await app.Query(db => db.ExchangePairings.AnyAsync(p => p.Id == pairing)));
    }

    [Fact]
    public async Task DeletingAPersonFromTheRegister_DeletesTheirSignUpsAndPairsWithThePairsReflections()
    {
        var (gp, acute) = await app.FreshPeopleAsync("primary-care", "acute") is [var a, var b] ? (a, b) : default;
        var round = await app.AddExchangeRoundAsync("Deletion round", ExchangeRoundStatus.Published);
        await app.SignUpAsync(round, gp);
        await app.SignUpAsync(round, acute);
        var pairing = await app.PairAsync(round, gp, acute, DateTimeOffset.UnixEpoch);
        await app.Query(async db =>
        {
            var systemId = await db.ExchangeRounds.Where(r => r.Id == round).Select(r => r.SystemId).SingleAsync();
            var reflection = new ExchangeReflection { SystemId = systemId, RoundId = round, PairingId = pairing, PersonId = acute, Visit = 1, Learned = "Partner's notes" };
            db.ExchangeReflections.Add(reflection);
            db.ExchangeIdeas.Add(new ExchangeIdea { SystemId = systemId, RoundId = round, ReflectionId = reflection.Id, Text = "An idea", Theme = "other" });
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var delete = $"/systems/QXV/people/{gp}/delete";

        var response = await GoldenThreadApp.PostForm(client, delete, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((0, 1, 0, 0), await app.Query(async db => (
            await db.ExchangeSignUps.CountAsync(s => s.PersonId == gp), await db.ExchangeSignUps.CountAsync(s => s.RoundId == round),
            await db.ExchangePairings.CountAsync(p => p.RoundId == round), await db.ExchangeIdeas.CountAsync(i => i.RoundId == round))));
    }
}

/// <summary>The leadership team opens a round, closes it into pairs, swaps, removes and publishes them, on SQLite.</summary>
public class RoundTests(GoldenThreadApp app) : RoundTestsOn(app), IClassFixture<GoldenThreadApp>;

/// <summary>The same on PostgreSQL.</summary>
public class PostgresRoundTests(PostgresApp app) : RoundTestsOn(app), IClassFixture<PostgresApp>;

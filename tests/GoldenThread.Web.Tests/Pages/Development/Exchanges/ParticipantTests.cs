using GoldenThread.Access;
using GoldenThread.Data.Audit;
using System.Net;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>A professional signs up, sees their exchange and reflects; the leadership team makes an idea a plan action, on the store the subclass chooses.</summary>
public abstract class ParticipantTestsOn(GoldenThreadApp app)
{
    private const string Exchanges = "/systems/QXV/development/exchanges";

    [Fact]
    public async Task Index_AccountLinkedToAnotherSystemsPerson_OffersNoSignUpAndSaysWhy()
    {
        var round = await app.AddExchangeRoundAsync("Linked elsewhere round");
        const string email = "linked.elsewhere@example.org";
        await app.CreateAccount(email, Roles.Professional, DemoNetwork.SystemCode);
        await app.Query(async db =>
        {
            var elsewhere = await db.People.Where(p => db.Systems.Any(s => s.Id == p.SystemId && s.Code == GoldenThreadApp.OtherSystem)).Select(p => p.Id).FirstAsync();
            (await db.Users.SingleAsync(u => u.Email == email)).PersonId = elsewhere;
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(email);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Exchanges));

        Assert.NotNull(page.QuerySelector("#not-linked"));
        Assert.Contains("Not signed up", page.QuerySelector($"tr[data-round='{round}']")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href$='/sign-up']"));
    }

    [Fact]
    public async Task SignUp_OneHalfDayAndAHalfDayNotOffered_AreRefusedWithTheErrorSummary()
    {
        var round = await app.AddExchangeRoundAsync("Refusing round");
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/sign-up", [new("Availability", ExchangeRows.Slots()[0]), new("Version", "0")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("Select at least 2 half-days you could make: a pair makes 2 visits", page.QuerySelector(".nhsuk-error-summary__list a[href='#availability']")!.TextContent);

        response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/sign-up", [new("Availability", ExchangeRows.Slots()[0]), new("Availability", "2099-01-01-am")]);
        page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("2099-01-01-am is not one of the round's half-days", page.QuerySelector(".nhsuk-error-summary__list a")!.TextContent);
        Assert.False(await app.Query(db => db.ExchangeSignUps.AnyAsync(s => s.RoundId == round)));
    }

    [Fact]
    public async Task SignUp_ThenChangeThenWithdraw_KeepsTheChoicesUntilWithdrawn()
    {
        var round = await app.AddExchangeRoundAsync("Sign-up round");
        var avoid = (await app.FreshPeopleAsync("acute"))[0];
        var me = await app.PersonOfAsync(FrameworkRows.Professional);
        var slots = ExchangeRows.Slots();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/sign-up",
            [new("Availability", slots[3]), new("Availability", slots[0]), new("Avoid[0]", ""), new("Avoid[1]", avoid.ToString()), new("Version", "0")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signUp = await app.Query(db => db.ExchangeSignUps.SingleAsync(s => s.RoundId == round && s.PersonId == me));
        Assert.Equal([slots[0], slots[3]], signUp.Availability);
        Assert.Equal([avoid], signUp.Avoid);

        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"{Exchanges}/{round}/sign-up")));
        Assert.Contains(new KeyValuePair<string, string>("Avoid[0]", avoid.ToString()), form);
        form.Add(new("Availability", slots[5]));
        Assert.Equal(HttpStatusCode.Redirect, (await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/sign-up", form)).StatusCode);
        Assert.Equal([slots[0], slots[3], slots[5]], (await app.Query(db => db.ExchangeSignUps.SingleAsync(s => s.RoundId == round && s.PersonId == me))).Availability);

        form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"{Exchanges}/{round}/sign-up")));
        response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/sign-up?handler=Withdraw", form.Where(f => f.Key == "Version"), tokenFrom: $"{Exchanges}/{round}/sign-up");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.Query(db => db.ExchangeSignUps.AnyAsync(s => s.RoundId == round)));
    }

    [Fact]
    public async Task SignUp_AfterTheClosingDate_SaysSignUpClosedAndSavesNothing()
    {
        var round = await app.AddExchangeRoundAsync("Closed round", closes: new DateOnly(2020, 1, 1));
        using var client = await app.ClientFor(FrameworkRows.Professional);
        var slots = ExchangeRows.Slots();

        var response = await GoldenThreadApp.PostForm(client, $"{Exchanges}/{round}/sign-up", [new("Availability", slots[0]), new("Availability", slots[1])]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign-up for Closed round closed on 1 Jan 2020", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.False(await app.Query(db => db.ExchangeSignUps.AnyAsync(s => s.RoundId == round)));
    }

    [Fact]
    public async Task Reflection_OnlyThePairWritesIt_AndAnIdeaBecomesAPlanActionLinkedBack()
    {
        await app.FrameworkAsync();
        var me = await app.PersonOfAsync(FrameworkRows.Professional);
        var partner = (await app.FreshPeopleAsync("social-care"))[0];
        var round = await app.AddExchangeRoundAsync("Reflecting round", ExchangeRoundStatus.Published);
        var pairing = await app.PairAsync(round, me, partner, DateTimeOffset.UnixEpoch);
        // The visits were last week.
        await app.Query(async db =>
        {
            var stored = await db.ExchangePairings.SingleAsync(p => p.Id == pairing);
            var lastWeek = GoldenThread.Network.UkDate.Today(TimeProvider.System).AddDays(-7);
            (stored.FirstVisit, stored.SecondVisit) = (new ExchangeSlot(lastWeek, false).ToString(), new ExchangeSlot(lastWeek, true).ToString());
            return await db.SaveChangesAsync();
        });
        var reflection = $"{Exchanges}/{round}/mine/visits/1";
        using (var leader = await app.ClientFor(FrameworkRows.Leader))
        {
            var elsewhere = await leader.GetAsync(reflection);
            Assert.Equal((HttpStatusCode.Redirect, $"{Exchanges}/{round}/mine"), (elsewhere.StatusCode, elsewhere.Headers.Location!.OriginalString));
        }
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await GoldenThreadApp.PostForm(client, reflection,
            [new("Learned", "How the council's duty team triages"), new("Ideas[0].Text", "One number for discharge queries"), new("Ideas[0].Theme", ""), new("Version", "0")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Select a theme for idea 1", page.QuerySelector(".nhsuk-error-summary__list a[href='#ideas-0-theme']")!.TextContent);

        response = await GoldenThreadApp.PostForm(client, reflection,
            [new("Learned", "How the council's duty team triages"), new("Ideas[0].Text", "One number for discharge queries"), new("Ideas[0].Theme", "patient-flow"), new("Version", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mine = GoldenThreadApp.Parse(await client.GetStringAsync($"{Exchanges}/{round}/mine"));
        Assert.Contains("One number for discharge queries", mine.QuerySelector("[data-reflection='1-mine']")!.TextContent);

        using var coordinator = await app.ClientFor(FrameworkRows.Leader);
        var roundPage = GoldenThreadApp.Parse(await coordinator.GetStringAsync($"{Exchanges}/{round}"));
        Assert.Equal("1", roundPage.QuerySelector("#themes tr[data-theme='patient-flow'] td:last-child")!.TextContent);
        Assert.DoesNotContain("duty team triages", roundPage.QuerySelector("main")!.TextContent);
        // Nor in the audit trail, which the leadership team reads: that a reflection was written shows, never its words.
        Assert.DoesNotContain("duty team triages", await coordinator.GetStringAsync("/systems/QXV/audit?entity=ExchangeReflection"));
        var trail = (await app.Query(db => db.AuditEntries.Where(e => e.Entity == "ExchangeReflection").Select(e => e.Changes).ToListAsync())).SelectMany(c => c).ToList();
        Assert.Contains(trail, c => c.Property == "Learned" && c.After == AuditInterceptor.WithheldValue);
        Assert.DoesNotContain(trail, c => $"{c.Before}{c.After}".Contains("duty team triages"));
        var make = roundPage.QuerySelector("#ideas a[href*='idea=']")!.GetAttribute("href")!;
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await coordinator.GetStringAsync(make)));
        Assert.Contains(new KeyValuePair<string, string>("ActionTitle", "One number for discharge queries"), form);
        form.RemoveAll(f => f.Key is "CriterionId" or "Owner" or "DueOn.Day" or "DueOn.Month" or "DueOn.Year");
        form.AddRange([new("CriterionId", "P1.1"), new("Owner", "Discharge lead"), new("DueOn.Day", "1"), new("DueOn.Month", "6"), new("DueOn.Year", "2099"), new("Status", "not-started")]);

        response = await GoldenThreadApp.PostForm(coordinator, make, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await app.Query(db => db.PlanActions.SingleAsync(a => a.Title == "One number for discharge queries"));
        Assert.Equal(action.Id, await app.Query(db => db.ExchangeIdeas.Where(i => i.RoundId == round).Select(i => i.PlanActionId).SingleAsync()));
    }
}

/// <summary>A professional signs up, sees their exchange and reflects; the leadership team makes an idea a plan action, on SQLite.</summary>
public class ParticipantTests(GoldenThreadApp app) : ParticipantTestsOn(app), IClassFixture<GoldenThreadApp>;

/// <summary>The same on PostgreSQL.</summary>
public class PostgresParticipantTests(PostgresApp app) : ParticipantTestsOn(app), IClassFixture<PostgresApp>;

using System.Net;
using GoldenThread.Audit;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring;

/// <summary>Mentoring on the web: rounds for the leadership team, offers and requests, and the pairs' own pages.</summary>
public class MentoringTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Base = "/systems/QXV/development/mentoring";
    private const string Admin = "admin@goldenthread.example";

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> Parse(HttpResponseMessage response) =>
        GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

    private static List<string?> ErrorLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href"))];

    [Fact]
    public async Task NewRound_EmptyTitleAndAClosingDateGone_ListsBothAndSavesNothing()
    {
        var before = await app.Query(db => db.MentoringRounds.CountAsync());
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"{Base}/rounds/new", new Dictionary<string, string>
        {
            ["RoundTitle"] = " ", ["ClosesOn.Day"] = "1", ["ClosesOn.Month"] = "1", ["ClosesOn.Year"] = "2020",
        });
        var page = await Parse(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#roundtitle", "#closeson"], ErrorLinks(page));
        Assert.Contains("Closing date must be today or in the future", page.QuerySelector("#closeson-error")!.TextContent);
        Assert.Equal(before, await app.Query(db => db.MentoringRounds.CountAsync()));
    }

    [Fact]
    public async Task NewRound_Valid_OpensItForMembersToJoin()
    {
        using var leader = await app.ClientFor(FrameworkRows.Leader);
        var closes = UkDate.Today(TimeProvider.System).AddDays(14);

        var response = await GoldenThreadApp.PostForm(leader, $"{Base}/rounds/new", new Dictionary<string, string>
        {
            ["RoundTitle"] = "Opened on the web", ["Description"] = "", ["ClosesOn.Day"] = $"{closes.Day}", ["ClosesOn.Month"] = $"{closes.Month}",
            ["ClosesOn.Year"] = $"{closes.Year}",
        });
        using var professional = await app.ClientFor(FrameworkRows.Professional);
        var hub = GoldenThreadApp.Parse(await professional.GetStringAsync(Base));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var round = await app.Query(db => db.MentoringRounds.SingleAsync(r => r.Title == "Opened on the web"));
        Assert.Equal((MentoringRoundStatus.Open, closes, (string?)null), (round.Status, round.ClosesOn, round.Description));
        Assert.Contains("Offer to mentor", hub.QuerySelector($"#round-{round.Id}")!.TextContent);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("lots")]
    public async Task Offer_CapacityOutsideOneToFive_IsRefusedBesideTheField(string capacity)
    {
        var round = await app.AddMentoringRoundAsync($"Capacity {capacity}");
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = await Parse(await GoldenThreadApp.PostForm(client, $"{Base}/rounds/{round}/offer", new Dictionary<string, string>
        {
            ["Capacity"] = capacity, ["Avoid[0]"] = "not-an-id",
        }));

        Assert.Equal(["#capacity", "#avoid-0"], ErrorLinks(page));
        Assert.False(await app.Query(db => db.MentorOffers.AnyAsync(o => o.RoundId == round)));
    }

    [Fact]
    public async Task Request_MadeChangedAndWithdrawn_KeepsWhatWasLastSaid()
    {
        var round = await app.AddMentoringRoundAsync("Request journey");
        var avoided = (await app.UnlinkedPeopleAsync("senior", 1))[0];
        using var client = await app.ClientFor(FrameworkRows.Professional);
        var form = new Dictionary<string, string>
        {
            ["Professions"] = "medicine", ["Settings"] = "acute", ["Hopes"] = "Chairing across organisations", ["Avoid[0]"] = avoided.ToString(),
            ["Version"] = "0",
        };

        var made = await GoldenThreadApp.PostForm(client, $"{Base}/rounds/{round}/request", form);
        var saved = await app.Query(db => db.MenteeRequests.AsNoTracking().SingleAsync(r => r.RoundId == round));
        var changeForm = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"{Base}/rounds/{round}/request")));
        changeForm.RemoveAll(f => f.Key == "Hopes");
        changeForm.Add(new("Hopes", "A view from primary care"));
        var changed = await GoldenThreadApp.PostForm(client, $"{Base}/rounds/{round}/request", changeForm);
        var afterChange = await app.Query(db => db.MenteeRequests.AsNoTracking().SingleAsync(r => r.RoundId == round));
        var withdrawn = await GoldenThreadApp.PostForm(client, $"{Base}/rounds/{round}/request?handler=Withdraw", [], tokenFrom: $"{Base}/rounds/{round}/request");

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], [made.StatusCode, changed.StatusCode, withdrawn.StatusCode]);
        Assert.Equal(["medicine"], saved.Professions);
        Assert.Equal(["acute"], saved.Settings);
        Assert.Equal([avoided], saved.Avoid);
        Assert.Equal("A view from primary care", afterChange.Hopes);
        Assert.Equal([avoided], afterChange.Avoid);
        Assert.False(await app.Query(db => db.MenteeRequests.AnyAsync(r => r.RoundId == round)));
    }

    [Fact]
    public async Task Request_AfterTheClosingDate_IsNeitherShownNorSaved()
    {
        var round = await app.AddMentoringRoundAsync("Closed yesterday", closesOn: UkDate.Today(TimeProvider.System).AddDays(-1));
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base}/rounds/{round}/request"));
        var response = await GoldenThreadApp.PostForm(client, $"{Base}/rounds/{round}/request",
            new Dictionary<string, string> { ["Hopes"] = "Too late" }, tokenFrom: Base);

        Assert.NotNull(page.QuerySelector("#closed"));
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.Query(db => db.MenteeRequests.AnyAsync(r => r.RoundId == round)));
    }

    [Fact]
    public async Task Offer_Form_SaysWhatAMentorCanSupportDoesNotChangeThePairing()
    {
        var round = await app.AddMentoringRoundAsync("Offer hint");
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base}/rounds/{round}/offer"));

        Assert.All(new[] { "#professions-hint", "#settings-hint" },
            hint => Assert.Contains("does not change who you are paired with", page.QuerySelector(hint)!.TextContent));
    }

    [Fact]
    public async Task Round_Proposed_ShowsTheCoordinatorWhatEachMentorSaidTheyCouldSupport()
    {
        var round = await app.AddMentoringRoundAsync("Supports on review", MentoringRoundStatus.Proposed);
        var (mentors, mentees) = await FourPeopleAsync();
        var offer = await app.AddOfferAsync(round, mentors[0], capacity: 2);
        await app.Query(async db =>
        {
            (await db.MentorOffers.SingleAsync(o => o.Id == offer)).Professions = ["pharmacy"];
            return await db.SaveChangesAsync();
        });
        await app.AddRequestAsync(round, mentees[0]);
        await app.AddPairAsync(round, mentors[0], mentees[0], MentorshipStatus.Proposed);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base}/rounds/{round}"));

        var supports = $"Can support: {Shell.Labels.Profession("pharmacy")}";
        Assert.Equal(supports, page.QuerySelector("#pair-table .mentor-supports")!.TextContent);
        Assert.Contains(supports, page.QuerySelector("#spare")!.TextContent);
    }

    [Fact]
    public async Task Offer_AccountWithoutARegisterPerson_IsToldWhyItCannotTakePart()
    {
        var round = await app.AddMentoringRoundAsync("Unlinked account");
        using var client = await app.ClientFor(Admin);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base}/rounds/{round}/offer"));

        Assert.NotNull(page.QuerySelector("#not-linked"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Round_ClosedAndMatched_ProposesPairsTheLeaderReviewsRemovesAndPublishes()
    {
        var round = await app.AddMentoringRoundAsync("Matching on the web");
        var (mentors, mentees) = await FourPeopleAsync();
        foreach (var mentor in mentors) await app.AddOfferAsync(round, mentor);
        foreach (var mentee in mentees) await app.AddRequestAsync(round, mentee);
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var roundPage = $"{Base}/rounds/{round}";

        var matched = await GoldenThreadApp.PostForm(client, $"{roundPage}?handler=Match", [new("Version", "1")], tokenFrom: roundPage);
        var proposed = GoldenThreadApp.Parse(await client.GetStringAsync(roundPage));
        var pairs = await app.Query(db => db.Mentorships.Where(m => m.RoundId == round).ToListAsync());
        var removed = pairs[0];
        await GoldenThreadApp.PostForm(client, $"{roundPage}?handler=Remove", [new("mentorshipId", removed.Id.ToString())], tokenFrom: roundPage);
        var version = await app.Query(db => db.MentoringRounds.Where(r => r.Id == round).Select(r => r.Version).SingleAsync());
        var published = await GoldenThreadApp.PostForm(client, $"{roundPage}?handler=Publish", [new("Version", $"{version}")], tokenFrom: roundPage);
        var after = GoldenThreadApp.Parse(await client.GetStringAsync(roundPage));

        Assert.Equal(HttpStatusCode.Redirect, matched.StatusCode);
        // Two mentors of capacity 1 and two mentees, all of four organisations: two pairs, each at least the base of 10.
        Assert.Equal(2, pairs.Count);
        Assert.All(pairs, p => Assert.True(p.Score >= 10 && mentors.Contains(p.MentorPersonId) && mentees.Contains(p.MenteePersonId)));
        Assert.Contains("10 for an allowed pair", proposed.QuerySelector("#pair-table")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var stored = await app.Query(db => db.Mentorships.Where(m => m.RoundId == round).ToListAsync());
        Assert.Equal([MentorshipStatus.Published], stored.Select(m => m.Status));
        Assert.DoesNotContain(removed.Id, stored.Select(m => m.Id));
        Assert.Equal(MentoringRoundStatus.Published, (await app.Query(db => db.MentoringRounds.SingleAsync(r => r.Id == round))).Status);
        var unmatchedName = await app.Query(db => db.People.Where(p => p.Id == removed.MenteePersonId).Select(p => p.Name).SingleAsync());
        Assert.Contains(unmatchedName, after.QuerySelector("#unmatched")!.TextContent);
    }

    [Fact]
    public async Task PairPage_LeadershipTeam_IsForbiddenAndTheRoundShowsMeetingsButNotTheirNotes()
    {
        var (round, pair) = await ProfessionalsPairAsync("Private notes round");
        await app.AddMeetingAsync(pair, "Talked about my appraisal worries", 1.5m);
        using var leader = await app.ClientFor(FrameworkRows.Leader);
        using var professional = await app.ClientFor(FrameworkRows.Professional);

        var forbidden = await leader.GetAsync($"{Base}/pairs/{pair}");
        var roundPage = await leader.GetStringAsync($"{Base}/rounds/{round}");
        var audit = await leader.GetStringAsync("/systems/QXV/audit");
        var own = await professional.GetStringAsync($"{Base}/pairs/{pair}");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("appraisal worries", roundPage);
        Assert.Contains("1.5", GoldenThreadApp.Parse(roundPage).QuerySelector("#pair-table")!.TextContent);
        Assert.DoesNotContain("appraisal worries", audit);
        Assert.Contains("appraisal worries", own);
        var trail = await app.Query(db => db.AuditEntries.Where(a => a.Entity == nameof(MentoringMeeting)).ToListAsync());
        // The trail keeps that notes were written, as for a learning set's notes, never their words.
        Assert.All(trail.SelectMany(a => a.Changes), c => Assert.DoesNotContain("appraisal", $"{c.Before} {c.After}"));
        Assert.Contains(trail.SelectMany(a => a.Changes), c => c.Property == nameof(MentoringMeeting.Notes));
    }

    [Fact]
    public async Task PairPage_ProposedPair_IsNotFoundEvenForItsMentee()
    {
        var (_, pair) = await ProfessionalsPairAsync("Not yet published", MentorshipStatus.Proposed);
        using var professional = await app.ClientFor(FrameworkRows.Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await professional.GetAsync($"{Base}/pairs/{pair}")).StatusCode);
    }

    [Fact]
    public async Task Meeting_BadDateAndHours_AreRefusedThenAValidOneIsListed()
    {
        var (_, pair) = await ProfessionalsPairAsync("Meetings round");
        using var client = await app.ClientFor(FrameworkRows.Professional);
        var meetingPage = $"{Base}/pairs/{pair}/meetings/new";

        var refused = await Parse(await GoldenThreadApp.PostForm(client, meetingPage, new Dictionary<string, string>
        {
            ["HeldOn.Day"] = "31", ["HeldOn.Month"] = "2", ["HeldOn.Year"] = "2026", ["Hours"] = "an hour",
        }));
        var today = UkDate.Today(TimeProvider.System);
        var saved = await GoldenThreadApp.PostForm(client, meetingPage, new Dictionary<string, string>
        {
            ["HeldOn.Day"] = $"{today.Day}", ["HeldOn.Month"] = $"{today.Month}", ["HeldOn.Year"] = $"{today.Year}", ["Hours"] = "0.75",
            ["Notes"] = "Planned the next quarter",
        });
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base}/pairs/{pair}"));

        Assert.Equal(["#heldon", "#hours"], ErrorLinks(refused));
        Assert.Contains("Hours must be a number", refused.QuerySelector("#hours-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Planned the next quarter", page.QuerySelector("#meetings")!.TextContent);
        Assert.Equal(0.75m, (await app.Query(db => db.MentoringMeetings.SingleAsync(m => m.MentorshipId == pair))).Hours);
    }

    [Fact]
    public async Task End_WithoutAReason_IsRefusedAndWithOneEndsThePairForBoth()
    {
        var (round, pair) = await ProfessionalsPairAsync("Ending round");
        using var client = await app.ClientFor(FrameworkRows.Professional);
        var endPage = $"{Base}/pairs/{pair}/end";

        var refused = await Parse(await GoldenThreadApp.PostForm(client, endPage, new Dictionary<string, string> { ["Reason"] = " ", ["Version"] = "1" }));
        var stillOn = await app.Query(db => db.Mentorships.AsNoTracking().SingleAsync(m => m.Id == pair));
        var ended = await GoldenThreadApp.PostForm(client, endPage, new Dictionary<string, string> { ["Reason"] = "I have moved to a new post", ["Version"] = "1" });
        var stored = await app.Query(db => db.Mentorships.AsNoTracking().SingleAsync(m => m.Id == pair));
        using var leader = await app.ClientFor(FrameworkRows.Leader);
        var roundPage = await leader.GetStringAsync($"{Base}/rounds/{round}");
        var meeting = await client.GetAsync($"{Base}/pairs/{pair}/meetings/new");

        Assert.Equal(["#reason"], ErrorLinks(refused));
        Assert.Equal(MentorshipStatus.Published, stillOn.Status);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal((MentorshipStatus.Ended, UkDate.Today(TimeProvider.System), "I have moved to a new post"), (stored.Status, stored.EndedOn!.Value, stored.EndReason));
        Assert.Contains("I have moved to a new post", roundPage);
        Assert.Equal(HttpStatusCode.Redirect, meeting.StatusCode);
    }

    /// <summary>A published round (unless the pair is only proposed) where the demo professional is mentored by someone of another organisation.</summary>
    private async Task<(Guid Round, Guid Pair)> ProfessionalsPairAsync(string title, MentorshipStatus status = MentorshipStatus.Published)
    {
        var round = await app.AddMentoringRoundAsync(title,
            status == MentorshipStatus.Proposed ? MentoringRoundStatus.Proposed : MentoringRoundStatus.Published, UkDate.Today(TimeProvider.System).AddDays(-30));
        var mentee = await app.PersonOfAsync(FrameworkRows.Professional);
        var mentor = (await app.UnlinkedPeopleAsync("senior", 1))[0];
        await app.AddRequestAsync(round, mentee);
        await app.AddOfferAsync(round, mentor);
        return (round, await app.AddPairAsync(round, mentor, mentee, status));
    }

    /// <summary>Two senior mentors and two early-career mentees of the demo register, no two of one organisation.</summary>
    private async Task<(List<Guid> Mentors, List<Guid> Mentees)> FourPeopleAsync()
    {
        var people = await app.Query(db => db.People.Where(p => p.OrganisationId != null && !db.Users.Any(u => u.PersonId == p.Id))
            .Select(p => new { p.Id, p.Seniority, Organisation = p.OrganisationId!.Value }).ToListAsync());
        var chosen = new List<(Guid Id, string Seniority)>();
        var organisations = new HashSet<Guid>();
        foreach (var seniority in new[] { "senior", "senior", "early-career", "early-career" })
        {
            var person = people.First(p => p.Seniority == seniority && !organisations.Contains(p.Organisation) && chosen.All(c => c.Id != p.Id));
            organisations.Add(person.Organisation);
            chosen.Add((person.Id, seniority));
        }
        return ([.. chosen.Take(2).Select(c => c.Id)], [.. chosen.Skip(2).Select(c => c.Id)]);
    }
}

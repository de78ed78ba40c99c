using CsCheck;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Representation;

public class VoiceMapTests
{
    private static readonly DateOnly On = TestNetwork.On;

    private static VoiceRow Profession(TestNetwork network, string code, DateOnly? on = null) =>
        VoiceMap.Of(network.Build(), on ?? On).Professions.Single(r => r.Code == code);

    private static VoiceRow Sector(TestNetwork network, string code) =>
        VoiceMap.Of(network.Build(), On).Sectors.Single(r => r.Code == code);

    [Fact]
    public void Of_ProfessionOnlyOnAnAdvisoryBodyTwoStepsFromADecidingBody_ReachesInTwoSteps()
    {
        // forum (advises) → cabinet (recommends) → board (decides): two arrows from the pharmacist's seat.
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Body("cabinet", "clinical-cabinet", rights: "recommends", feedsInto: ["board"])
            .Body("forum", "clinical-forum", rights: "advisory", feedsInto: ["cabinet"])
            .Person("pharmacist", "pharmacy").Member("pharmacist", "forum");

        var pharmacy = Profession(network, "pharmacy");

        Assert.Equal(Voice.Reaches, pharmacy.Overall.Voice);
        Assert.Equal(2, pharmacy.Overall.Steps);
        Assert.Equal(["forum", "cabinet", "board"], pharmacy.Overall.Route);
        Assert.Equal(["forum"], pharmacy.Overall.Seats);
        Assert.Equal(1, pharmacy.Members);
    }

    [Fact]
    public void Of_MembershipEndingToday_StillCounts()
    {
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Person("nurse", "nursing").Member("nurse", "board", end: On)
            .Person("pharmacist", "pharmacy").Member("pharmacist", "board", end: On.AddDays(-1));

        var map = VoiceMap.Of(network.Build(), On);

        var nursing = map.Professions.Single(r => r.Code == "nursing");
        Assert.Equal((Voice.Decides, 1), (nursing.Overall.Voice, nursing.Members));
        Assert.Equal(["board"], nursing.Overall.Route);
        var pharmacy = map.Professions.Single(r => r.Code == "pharmacy");
        Assert.Equal((Voice.None, 0), (pharmacy.Overall.Voice, pharmacy.Members));
    }

    [Fact]
    public void Of_MembershipStartingTomorrow_DoesNotCountYet()
    {
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Person("nurse", "nursing").Member("nurse", "board", start: On.AddDays(1));

        Assert.Equal(Voice.None, Profession(network, "nursing").Overall.Voice);
        Assert.Equal(Voice.Decides, Profession(network, "nursing", On.AddDays(1)).Overall.Voice);
    }

    [Fact]
    public void Of_BodyNotYetActive_IsIgnored()
    {
        var network = new TestNetwork()
            .Body("new-board", "icb-board", activeFrom: On.AddDays(1))
            .Person("nurse", "nursing").Member("nurse", "new-board");

        var nursing = Profession(network, "nursing");

        Assert.Equal((Voice.None, 0), (nursing.Overall.Voice, nursing.Members));
    }

    [Fact]
    public void Of_ChainThroughABodyNotActive_IsBroken()
    {
        // forum → cabinet (begins tomorrow) → board, and group → old-cabinet (ended yesterday) → board: neither chain is there today.
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Body("cabinet", "clinical-cabinet", rights: "recommends", feedsInto: ["board"], activeFrom: On.AddDays(1))
            .Body("forum", "clinical-forum", rights: "advisory", feedsInto: ["cabinet"])
            .Body("old-cabinet", "clinical-cabinet", rights: "recommends", feedsInto: ["board"], activeTo: On.AddDays(-1))
            .Body("group", "advisory-group", rights: "advisory", feedsInto: ["old-cabinet"])
            .Person("pharmacist", "pharmacy").Member("pharmacist", "forum").Member("pharmacist", "group");

        var pharmacy = Profession(network, "pharmacy");

        Assert.Equal(Voice.AdvisesOnly, pharmacy.Overall.Voice);
        Assert.Equal(["forum", "group"], pharmacy.Overall.Seats);
        Assert.Empty(pharmacy.Overall.Route);
    }

    [Fact]
    public void Of_DecidingBodyNotYetActive_IsNoDestination()
    {
        var network = new TestNetwork()
            .Body("board", "icb-board", activeFrom: On.AddDays(1))
            .Body("forum", "clinical-forum", rights: "advisory", feedsInto: ["board"])
            .Person("pharmacist", "pharmacy").Member("pharmacist", "forum");

        Assert.Equal(Voice.AdvisesOnly, Profession(network, "pharmacy").Overall.Voice);
    }

    [Fact]
    public void Of_SeveralRoutes_TakesTheShortest()
    {
        // From forum: forum → cabinet → board is 2 steps, forum → executive is 1. From group: group → forum → executive is 2.
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Body("executive", "clinical-executive")
            .Body("cabinet", "clinical-cabinet", rights: "recommends", feedsInto: ["board"])
            .Body("forum", "clinical-forum", rights: "advisory", feedsInto: ["cabinet", "executive"])
            .Body("group", "advisory-group", rights: "advisory", feedsInto: ["forum"])
            .Person("optometrist", "optometry").Member("optometrist", "group").Member("optometrist", "forum");

        var optometry = Profession(network, "optometry");

        Assert.Equal((Voice.Reaches, 1), (optometry.Overall.Voice, optometry.Overall.Steps));
        Assert.Equal(["forum", "executive"], optometry.Overall.Route);
        Assert.Equal(["forum"], optometry.Overall.Seats);
    }

    [Fact]
    public void Of_BodyThatFeedsNowhereThatDecides_AdvisesOnly()
    {
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Body("senate", "clinical-forum", rights: "advisory")
            .Body("workstream", "enabling-workstream", rights: "undeclared", feedsInto: ["senate"])
            .Person("dentist", "dentistry").Member("dentist", "workstream").Member("dentist", "senate");

        var dentistry = Profession(network, "dentistry");

        Assert.Equal(Voice.AdvisesOnly, dentistry.Overall.Voice);
        Assert.Equal(["senate", "workstream"], dentistry.Overall.Seats);
    }

    [Fact]
    public void Of_EndorsingBody_DoesNotDecide()
    {
        // hwb endorses and feeds the icp, which decides nothing and feeds nowhere; workstream endorses and feeds the board.
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Body("icp", "icp", rights: "recommends")
            .Body("hwb", "health-wellbeing-board", level: "place", rights: "endorses", feedsInto: ["icp"])
            .Body("workstream", "enabling-workstream", rights: "endorses", feedsInto: ["board"])
            .Person("social-worker", "social-work").Member("social-worker", "hwb")
            .Person("scientist", "healthcare-science").Member("scientist", "workstream");

        var map = VoiceMap.Of(network.Build(), On);

        Assert.Equal(Voice.AdvisesOnly, map.Professions.Single(r => r.Code == "social-work").Overall.Voice);
        var science = map.Professions.Single(r => r.Code == "healthcare-science").Overall;
        Assert.Equal((Voice.Reaches, 1), (science.Voice, science.Steps));
    }

    [Fact]
    public void Of_SeatsAtSeveralLevels_GivesEachLevelTheStandingOfItsOwnSeats()
    {
        // neighbourhood collaborative → place board (decides) → icb board; the nurse also sits on the icb board.
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Body("place-board", "place-board", level: "place", feedsInto: ["board"])
            .Body("collaborative", "collaborative", level: "neighbourhood", rights: "recommends", feedsInto: ["place-board"])
            .Person("nurse", "nursing").Member("nurse", "collaborative").Member("nurse", "board");

        var nursing = Profession(network, "nursing");

        Assert.Equal(Voice.Decides, nursing.Overall.Voice);
        Assert.Equal(["board"], nursing.Overall.Seats);
        Assert.Equal((Voice.Reaches, 1), (nursing.ByLevel["neighbourhood"].Voice, nursing.ByLevel["neighbourhood"].Steps));
        Assert.Equal(["collaborative", "place-board"], nursing.ByLevel["neighbourhood"].Route);
        Assert.Equal(Voice.None, nursing.ByLevel["place"].Voice); // the route climbs through the place board, but no nurse sits on it
        Assert.Equal(Voice.Decides, nursing.ByLevel["system"].Voice);
        Assert.Equal(Voice.None, nursing.ByLevel["region"].Voice);
        Assert.Equal(["neighbourhood", "place", "system", "region"], nursing.ByLevel.Keys);
    }

    [Fact]
    public void Of_SeveralDecidingSeats_ListsThemHighestLevelFirst()
    {
        var network = new TestNetwork()
            .Body("a-place-board", "place-board", level: "place")
            .Body("z-board", "icb-board")
            .Body("m-executive", "clinical-executive")
            .Person("doctor", "medicine").Member("doctor", "a-place-board").Member("doctor", "z-board").Member("doctor", "m-executive");

        var medicine = Profession(network, "medicine").Overall;

        Assert.Equal(["m-executive", "z-board", "a-place-board"], medicine.Seats);
        Assert.Equal(["m-executive"], medicine.Route);
        Assert.Equal(0, medicine.Steps);
    }

    [Fact]
    public void Of_People_CountOncePerProfessionWhateverTheirSeats()
    {
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Body("forum", "clinical-forum", rights: "advisory", feedsInto: ["board"])
            .Person("nurse-1", "nursing").Member("nurse-1", "board").Member("nurse-1", "forum")
            .Person("nurse-2", "nursing").Member("nurse-2", "forum")
            .Person("nurse-3", "nursing");

        Assert.Equal(2, Profession(network, "nursing").Members);
    }

    [Fact]
    public void Of_Sectors_AreThePeoplesOrganisations()
    {
        // The GP works for a practice and sits on the board; the social worker works for the council and sits on the forum
        // (→ board, one step); the lay member works for no organisation, so counts towards no sector.
        var network = new TestNetwork()
            .Organisation("practice", "nhs-primary-care").Organisation("council", "local-authority-unitary")
            .Body("board", "icb-board")
            .Body("forum", "clinical-forum", rights: "advisory", feedsInto: ["board"])
            .Person("gp", "medicine", "primary-care", organisationId: "practice").Member("gp", "board")
            .Person("social-worker", "social-work", "social-care", organisationId: "council").Member("social-worker", "forum")
            .Person("lay", "lay", "voluntary-community", lay: true).Member("lay", "board", capacity: "lay");

        var map = VoiceMap.Of(network.Build(), On);

        var primary = map.Sectors.Single(r => r.Code == "nhs-primary-care");
        Assert.Equal((Voice.Decides, 1), (primary.Overall.Voice, primary.Members));
        var council = map.Sectors.Single(r => r.Code == "local-authority-unitary");
        Assert.Equal((Voice.Reaches, 1, 1), (council.Overall.Voice, council.Overall.Steps, council.Members));
        Assert.Equal(2, map.Sectors.Sum(r => r.Members));
        Assert.Equal(Voice.None, map.Sectors.Single(r => r.Code == "nhs-acute").Overall.Voice);
    }

    [Fact]
    public void Of_AnyNetwork_HasARowForEveryProfessionAndSectorOfTheVocabulariesInTheirOrder()
    {
        var map = VoiceMap.Of(new TestNetwork().Build(), On);

        var vocabulary = Vocabularies.Default;
        Assert.Equal(vocabulary.Professions.Select(p => p.Code), map.Professions.Select(r => r.Code));
        Assert.Equal(vocabulary.Sectors.Select(s => s.Code), map.Sectors.Select(r => r.Code));
        Assert.Equal(vocabulary.Levels, map.Levels);
        Assert.All(map.Professions.Concat(map.Sectors), r => Assert.Equal((Voice.None, 0), (r.Overall.Voice, r.Members)));
    }

    [Fact]
    public void CompareTo_OrdersDecidingThenFewerStepsThenAdvisingOnlyThenNothing()
    {
        var decides = new Standing(Voice.Decides, ["b"], ["b"]);
        var oneStep = new Standing(Voice.Reaches, ["f"], ["f", "b"]);
        var twoSteps = new Standing(Voice.Reaches, ["g"], ["g", "f", "b"]);
        var advises = new Standing(Voice.AdvisesOnly, ["s"], []);
        List<Standing> shuffled = [twoSteps, Standing.Nowhere, decides, advises, oneStep];

        Assert.Equal([Standing.Nowhere, advises, twoSteps, oneStep, decides], shuffled.Order());
    }

    // ---- properties over random networks ----

    // One body in eight decides, so that routes to a deciding body are often several steps long.
    private static readonly string[] Rights = ["decides", "recommends", "advisory", "endorses", "undeclared", "recommends", "advisory", "recommends"];
    private static readonly string[] Levels = ["neighbourhood", "place", "system", "region"];
    private static readonly DateOnly?[] Starts = [null, On.AddDays(-30), On, On.AddDays(1)];
    private static readonly DateOnly?[] Ends = [null, On.AddDays(-1), On, On.AddDays(30)];
    private static readonly string[] ProfessionCodes = [.. Vocabularies.Default.Professions.Select(p => p.Code)];
    private static readonly string[] SectorCodes = ["nhs-acute", "nhs-primary-care", "local-authority-county", "voluntary-community"];

    /// <summary>Bodies feed only into bodies earlier in the list, so there is no cycle; some bodies and seats are not current.</summary>
    private static readonly Gen<NetworkDocument> Networks =
        Gen.Select(Gen.Int[1, 14], Gen.Int[0, 10], Gen.Int[0, 24]).SelectMany((bodies, people, seats) => Gen.Select(
            Gen.Select(Gen.Int[0, Rights.Length - 1], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 99].Array[bodies]).Array[bodies],
            Gen.Select(Gen.Int[0, ProfessionCodes.Length - 1], Gen.Int[0, SectorCodes.Length]).Array[people],
            Gen.Select(Gen.Int[0, 99], Gen.Int[0, bodies - 1], Gen.Int[0, 3], Gen.Int[0, 3]).Array[seats],
            (bodySpecs, personSpecs, seatSpecs) => new NetworkDocument
            {
                System = new SystemRecord("QXX", "Random", "South East", 1, []),
                Organisations = [.. SectorCodes.Select(s => new OrganisationRecord(s, s, null, s, null))],
                People = [.. personSpecs.Select((p, i) => new PersonRecord($"u{i}", $"u{i}", ProfessionCodes[p.Item1], null, "acute",
                    p.Item2 < SectorCodes.Length ? SectorCodes[p.Item2] : null, "senior", 1m, false))],
                Bodies = [.. bodySpecs.Select((b, i) => new BodyRecord($"b{i}", $"Body {i}", "collaborative", Levels[b.Item2], null, null,
                    Rights[b.Item1], [.. Enumerable.Range(0, i).Where(j => b.Item5[j] < 30).Select(j => $"b{j}")])
                    { ActiveFrom = Starts[b.Item3], ActiveTo = Ends[b.Item4] })],
                Memberships = people == 0 ? [] : [.. seatSpecs.Select(s => new MembershipRecord($"u{s.Item1 % people}", $"b{s.Item2}",
                    "member", "clinical", Starts[s.Item3] ?? On.AddDays(-400), Ends[s.Item4], 4m, null))],
            }));

    [Fact]
    public void Of_AddingACurrentMembership_NeverMakesAnyStandingWorse() =>
        Gen.Select(Networks, Gen.Int[0, 99], Gen.Int[0, 99], Gen.Int[0, 1]).Sample((document, person, body, endsToday) =>
        {
            if (document.People.Count == 0) return;
            var seat = new MembershipRecord(document.People[person % document.People.Count].Id, document.Bodies[body % document.Bodies.Count].Id,
                "member", "clinical", On.AddDays(-1), endsToday == 1 ? On : null, 4m, null);
            var before = VoiceMap.Of(new RepresentationNetwork(document), On);

            var after = VoiceMap.Of(new RepresentationNetwork(document with { Memberships = [.. document.Memberships, seat] }), On);

            foreach (var (was, now) in before.Professions.Concat(before.Sectors).Zip(after.Professions.Concat(after.Sectors)))
            {
                Assert.True(now.Overall.CompareTo(was.Overall) >= 0, $"{was.Code}: {was.Overall} became {now.Overall}");
                Assert.All(Levels, level => Assert.True(now.ByLevel[level].CompareTo(was.ByLevel[level]) >= 0, $"{was.Code} at {level}"));
                Assert.True(now.Members >= was.Members);
            }
        });

    [Fact]
    public void DecidingRoutes_AnyNetwork_GiveEachActiveBodyAShortestRouteOverActiveBodies() =>
        Networks.Sample(document =>
        {
            var active = document.Bodies.Where(b => Evaluation.Active(b, On)).ToDictionary(b => b.Id);
            var distance = ShortestToDeciding(active);
            var order = Comparer<BodyRecord>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

            var routes = new DecidingRoutes([.. active.Values], VoiceMap.Decides, order);

            foreach (var body in document.Bodies)
            {
                var route = routes.From(body.Id);
                Assert.Equal(distance.TryGetValue(body.Id, out var steps) ? steps : null, route?.Count - 1);
                if (route is null) continue;
                Assert.Equal(body.Id, route[0]);
                Assert.All(route.Zip(route.Skip(1)), arrow => Assert.Contains(arrow.Second, active[arrow.First].FeedsInto));
                Assert.Equal("decides", active[route[^1]].DecisionRights);
            }
        }, iter: 1000);

    [Fact]
    public void Of_AnyNetwork_GivesTheShortestDistanceTheSeatsHaveToADecidingBody() =>
        Networks.Sample(document =>
        {
            var map = VoiceMap.Of(new RepresentationNetwork(document), On);
            var active = document.Bodies.Where(b => Evaluation.Active(b, On)).ToDictionary(b => b.Id);
            var distance = ShortestToDeciding(active);

            foreach (var row in map.Professions)
            {
                var seats = document.Memberships.Where(m => Evaluation.IsCurrent(m, On) && active.ContainsKey(m.BodyId)
                        && document.People.Single(p => p.Id == m.PersonId).Profession == row.Code)
                    .Select(m => m.BodyId).ToHashSet();
                var nearest = seats.Select(s => distance.GetValueOrDefault(s, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min();
                var expected = seats.Count == 0 ? Voice.None : nearest == 0 ? Voice.Decides : nearest < int.MaxValue ? Voice.Reaches : Voice.AdvisesOnly;
                Assert.Equal(expected, row.Overall.Voice);
                if (expected is Voice.Decides or Voice.Reaches) Assert.Equal(nearest, row.Overall.Steps);
                AssertRouteFollowsActiveArrowsToADecidingBody(row.Overall, active, seats);
            }
        });

    [Fact]
    public void Of_AnyNetwork_StandsOverallAsWellAsAtItsBestLevel() =>
        Networks.Sample(document =>
        {
            var map = VoiceMap.Of(new RepresentationNetwork(document), On);

            foreach (var row in map.Professions.Concat(map.Sectors))
            {
                var best = row.ByLevel.Values.Max()!;
                Assert.Equal(0, row.Overall.CompareTo(best));
            }
        });

    /// <summary>Every pair of active bodies by Floyd–Warshall: the oracle for the breadth-first search.</summary>
    private static Dictionary<string, int> ShortestToDeciding(Dictionary<string, BodyRecord> active)
    {
        var ids = active.Keys.ToList();
        var far = int.MaxValue / 2;
        var d = ids.ToDictionary(a => a, a => ids.ToDictionary(b => b, b => a == b ? 0 : active[a].FeedsInto.Contains(b) ? 1 : far));
        foreach (var k in ids) foreach (var i in ids) foreach (var j in ids)
            d[i][j] = Math.Min(d[i][j], d[i][k] + d[k][j]);
        return ids.Select(a => (a, Min: ids.Where(b => active[b].DecisionRights == "decides").Select(b => d[a][b]).DefaultIfEmpty(far).Min()))
            .Where(x => x.Min < far).ToDictionary(x => x.a, x => x.Min);
    }

    private static void AssertRouteFollowsActiveArrowsToADecidingBody(Standing standing, Dictionary<string, BodyRecord> active, HashSet<string> seats)
    {
        if (standing.Voice is Voice.None or Voice.AdvisesOnly)
        {
            Assert.Empty(standing.Route);
            return;
        }
        Assert.Equal(standing.Seats[0], standing.Route[0]);
        Assert.Subset(seats, standing.Seats.ToHashSet());
        Assert.All(standing.Route, id => Assert.True(active.ContainsKey(id)));
        Assert.All(standing.Route.Zip(standing.Route.Skip(1)), arrow => Assert.Contains(arrow.Second, active[arrow.First].FeedsInto));
        Assert.Equal("decides", active[standing.Route[^1]].DecisionRights);
    }
}

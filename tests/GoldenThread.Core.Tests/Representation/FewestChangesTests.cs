using CsCheck;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Representation;

public class FewestChangesTests
{
    private static FewestChangesResult Suggest(TestNetwork network, params string[] rules)
    {
        var built = network.Build();
        return FewestChanges.Default.Suggest(built, TestNetwork.On, TestNetwork.Only(rules).Evaluate(built, TestNetwork.On));
    }

    [Fact]
    public void Suggest_OnePersonClosesThreeGaps_BeatsThreeSingleAppointments()
    {
        // The gp, the district nurse and the hospital pharmacist would close one gap each: three appointments. A senior
        // pharmacist working in the community for a GP practice is from primary care (the practice's sector), from the
        // community (her setting) and a senior pharmacist: one appointment closes all three.
        var network = new TestNetwork()
            .Organisation("practice", "nhs-primary-care")
            .Person("all-three", profession: "pharmacy", setting: "community", organisationId: "practice")
            .Person("gp", setting: "primary-care")
            .Person("district-nurse", profession: "nursing", setting: "community")
            .Person("hospital-pharmacist", profession: "pharmacy", setting: "acute")
            .Body("board", "icb-board");

        var result = Suggest(network, "R-PRIMARY-CARE-VOICE", "R-COMMUNITY-CARE-VOICE", "R-PHARMACY-SENIOR");

        var appointment = Assert.Single(result.Appointments);
        Assert.Equal(new Appointment("all-three", "board", "member", "clinical"), appointment.Seat);
        Assert.Equal(["R-COMMUNITY-CARE-VOICE", "R-PHARMACY-SENIOR", "R-PRIMARY-CARE-VOICE"], appointment.Closes.Select(f => f.Rule).Order());
        Assert.Equal(3, result.Closed.Count);
        Assert.Empty(result.Open);
        Assert.Equal((FewestChangesStatus.Optimal, 1, 1), (result.Status, result.Objective, result.Bound));
    }

    [Fact]
    public void Suggest_GapsThatCannotBeClosed_AreReportedWithWhy_AndTheRestAreClosed()
    {
        var network = new TestNetwork()
            .Place("weald", "two-tier")
            .Person("physio", profession: "ahp")
            .Body("board", "icb-board");

        var result = Suggest(network, "R-DISTRICT-COUNCILS", "R-AHP-VOICE", "R-PHARMACY-SENIOR");

        var appointment = Assert.Single(result.Appointments);
        Assert.Equal(("physio", "board"), (appointment.Seat.PersonId, appointment.Seat.BodyId));
        Assert.Equal("R-AHP-VOICE", Assert.Single(result.Closed).Rule);
        var open = result.Open.ToDictionary(o => o.Finding.Rule, o => o.Reason);
        Assert.Equal(2, open.Count);
        Assert.Equal("No appointment can close it: the register lacks the body or the organisation it needs, so add that to the register first.",
            open["R-DISTRICT-COUNCILS"]);
        Assert.Equal("Nobody in the register could be appointed to board to bring a senior pharmacist.", open["R-PHARMACY-SENIOR"]);
        Assert.Equal(FewestChangesStatus.Optimal, result.Status);
    }

    [Fact]
    public void Suggest_TriumvirateWantingLayAndClinicalOnOneBody_NeedsTwoAppointments()
    {
        // The place board has a manager; one person sits in one capacity, so a lay member and a clinician take two seats.
        var network = new TestNetwork()
            .Person("manager", profession: "management")
            .Person("lay-person", profession: "lay", lay: true)
            .Person("doctor")
            .Body("place", "place-board", level: "place")
            .Member("manager", "place", capacity: "managerial");

        var result = Suggest(network, "R-TRIUMVIRATE");

        Assert.Equal([new Appointment("doctor", "place", "member", "clinical"), new Appointment("lay-person", "place", "lay-member", "lay")],
            result.Appointments.Select(a => a.Seat).OrderBy(a => a.PersonId, StringComparer.Ordinal));
        Assert.All(result.Appointments, a => Assert.Equal("R-TRIUMVIRATE", Assert.Single(a.Closes).Rule));
        Assert.Equal((FewestChangesStatus.Optimal, 2, 2), (result.Status, result.Objective, result.Bound));
    }

    [Fact]
    public void Suggest_OneLayPersonForServiceUserAndCarer_CannotCloseIt()
    {
        var network = new TestNetwork()
            .Person("lay-one", profession: "lay", lay: true)
            .Body("mh", "network-board", topic: "mental health");

        var result = Suggest(network, "R-MENTAL-HEALTH-LIVED-EXPERIENCE");

        Assert.Empty(result.Appointments);
        Assert.Equal("The register has too few people to meet all of service user and carer on mh at once, and one person takes only one seat on a body.",
            Assert.Single(result.Open).Reason);
    }

    [Fact]
    public void Suggest_ThreeBoardsLackingALayMember_SpreadsTheSeatsOverThePeopleThereAre()
    {
        // The executive lay person ranks first for every board, but three new seats for one person is not a plan:
        // with three lay people the three seats go to three people; with two, one of them takes two.
        var three = new TestNetwork().Person("lay-exec", "lay", lay: true, seniority: "executive").Person("lay-mid", "lay", lay: true, seniority: "middle")
            .Person("lay-junior", "lay", lay: true, seniority: "early-career")
            .Person("doctor").Person("manager", "management");
        foreach (var board in new[] { "board-a", "board-b", "board-c" })
            three.Body(board, "icb-board").Member("doctor", board).Member("manager", board, "managerial");

        var result = Suggest(three, "R-TRIUMVIRATE");

        Assert.Equal(3, result.Appointments.Count);
        Assert.Equal(["lay-exec", "lay-junior", "lay-mid"], result.Appointments.Select(a => a.Seat.PersonId).Order());
    }

    [Fact]
    public void Suggest_ManyLayPeople_ChoosesTheTwoBestRankedForServiceUserAndCarer()
    {
        // Five lay people could each be the service user or the carer; the two senior ones rank first. The model keeps
        // the two best of each kind of seat (there are two needs on the board), and they must be two people.
        var network = new TestNetwork().Body("mh", "network-board", topic: "mental health");
        foreach (var (id, seniority) in new[] { ("lay-a", "junior"), ("lay-b", "junior"), ("lay-c", "middle"), ("lay-d", "senior"), ("lay-e", "executive") })
            network.Person(id, profession: "lay", lay: true, seniority: seniority);

        var result = Suggest(network, "R-MENTAL-HEALTH-LIVED-EXPERIENCE");

        Assert.Equal(["carer", "service-user"], result.Appointments.Select(a => a.Seat.Role).Order());
        Assert.Equal(["lay-d", "lay-e"], result.Appointments.Select(a => a.Seat.PersonId).Order());
        Assert.Equal(FewestChangesStatus.Optimal, result.Status);
    }

    [Fact]
    public void Suggest_TwoGapsWantingTheOnlyCandidateInTwoSeats_ClosesOneAndSaysWhyNotTheOther()
    {
        // The children's place board lacks a manager and a clinical lead for child health. Only the doctor (senior, so
        // able to sit as a manager) could fill either, and a person takes one seat on a body.
        var network = new TestNetwork()
            .Person("doctor")
            .Person("nurse", profession: "nursing")
            .Person("lay-person", profession: "lay", lay: true)
            .Body("children", "place-board", level: "place", topic: "children and young people")
            .Member("nurse", "children", capacity: "clinical")
            .Member("lay-person", "children", capacity: "lay", role: "lay-member");

        var result = Suggest(network, "R-TRIUMVIRATE", "R-CYP-LEAD");

        Assert.Equal("doctor", Assert.Single(result.Appointments).Seat.PersonId);
        Assert.Single(result.Closed);
        Assert.Equal("It could be closed on its own, but not together with the other gaps: the people who could close it are needed for those on the same body, and one person takes only one seat on a body.",
            Assert.Single(result.Open).Reason);
        Assert.Equal((FewestChangesStatus.Optimal, 1), (result.Status, result.Bound));
    }

    [Fact]
    public void Suggest_OnTheDemoNetwork_LeavesNoClosableGapOpen() => AssertAppliedClosesThem(DemoNetwork.Build());

    [Fact]
    public void Suggest_OnAGeneratedSystemMissingHalfItsMembers_LeavesNoClosableGapOpen()
    {
        var generated = NetworkGenerator.GenerateSystem(0, 1_500, 7);
        var result = AssertAppliedClosesThem(generated with { Memberships = [.. generated.Memberships.Where((_, i) => i % 2 == 0)] });
        Assert.True(result.Closed.Count >= 5, $"only {result.Closed.Count} gaps to close");
        Assert.True(result.Considered < result.Candidates, "the pool was not thinned");
    }

    [Fact]
    public void Suggest_TheSameNetworkTwice_SuggestsTheSame()
    {
        var generated = NetworkGenerator.GenerateSystem(2, 800, 3);
        var network = new RepresentationNetwork(generated with { Memberships = [.. generated.Memberships.Where((_, i) => i % 3 == 0)] });
        var findings = RepresentationEngine.Default.Evaluate(network, TestNetwork.On);

        var first = FewestChanges.Default.Suggest(network, TestNetwork.On, findings);
        var second = FewestChanges.Default.Suggest(network, TestNetwork.On, findings);

        Assert.NotEmpty(first.Appointments);
        Assert.Equal(first.Appointments.Select(a => a.Seat), second.Appointments.Select(a => a.Seat));
    }

    private static readonly string[] Professions = ["medicine", "nursing", "pharmacy", "ahp", "management", "lay", "social-work", "psychology", "public-health"];
    private static readonly string[] Settings = ["acute", "community", "primary-care", "mental-health", "social-care", "education", "ambulance"];
    private static readonly string?[] Employers = [null, "practice", "council", "trust"];

    private static readonly (string Id, string Kind, string Level, string? Topic)[] BodyChoices =
    [
        ("board", "icb-board", "system", null), ("weald-board", "place-board", "place", null), ("cabinet", "clinical-cabinet", "system", null),
        ("mh", "network-board", "system", "mental health"), ("cyp", "cyp-board", "place", "children and young people"),
    ];

    /// <summary>Up to five people of any profession, setting and employer; some of five bodies; about a quarter of the possible seats filled.</summary>
    private static readonly Gen<TestNetwork> SmallNetworks =
        Gen.Select(Gen.Select(Gen.Int[0, Professions.Length - 1], Gen.Int[0, Settings.Length - 1], Gen.Int[0, Employers.Length - 1], Gen.Bool).Array[1, 5],
            Gen.Int[1, (1 << BodyChoices.Length) - 1], Gen.Int, Gen.Int, Gen.Bool)
        .Select((people, bodies, seats, moreSeats, twoTier) =>
        {
            var network = new TestNetwork().Place("weald", twoTier ? "two-tier" : "unitary")
                .Organisation("practice", "nhs-primary-care", "weald").Organisation("council", "local-authority-district", "weald").Organisation("trust", "nhs-acute", "weald");
            for (var i = 0; i < people.Length; i++)
            {
                var (profession, setting, employer, senior) = people[i];
                network.Person($"p{i}", Professions[profession], Settings[setting], Employers[employer], senior ? "senior" : "junior", lay: Professions[profession] == "lay");
            }
            for (var j = 0; j < BodyChoices.Length; j++)
            {
                if ((bodies & 1 << j) == 0) continue;
                var (id, kind, level, topic) = BodyChoices[j];
                network.Body(id, kind, level, level == "place" ? "weald" : null, topic);
                for (var i = 0; i < people.Length; i++)
                    if ((seats & moreSeats & 1 << (i * BodyChoices.Length + j)) != 0)
                    {
                        var lay = Professions[people[i].Item1] == "lay";
                        network.Member($"p{i}", id, lay ? "lay" : "clinical", lay ? "lay-member" : "member");
                    }
            }
            return network;
        });

    [Fact]
    public void Suggest_SmallNetworks_NeedsNoMoreAppointmentsThanTheBruteForceMinimum()
    {
        const int most = 4;
        var provedSmall = 0;
        SmallNetworks.Sample(test =>
        {
            var network = test.Build();
            var findings = RepresentationEngine.Default.Evaluate(network, TestNetwork.On);
            var result = FewestChanges.Default.Suggest(network, TestNetwork.On, findings);
            var brute = new BruteForceAppointments(network, findings);
            var seats = result.Appointments.Select(a => a.Seat).ToList();

            Assert.Equal(FewestChangesStatus.Optimal, result.Status);
            Assert.Equal(seats.Count, seats.Select(a => (a.PersonId, a.BodyId)).Distinct().Count());
            Assert.Equal(result.Closed.Count, brute.Closes(seats));
            var best = brute.MostClosedBySize(most);
            var count = seats.Count;
            if (count <= most)
            {
                // Nothing of up to four closes more, and nothing smaller closes as many.
                Assert.Equal(result.Closed.Count, best[most]);
                if (count > 0) Assert.True(best[count - 1] < result.Closed.Count, $"{count - 1} appointments close {best[count - 1]} gaps");
                if (count >= 2) provedSmall++;
            }
            else Assert.True(best[most] < result.Closed.Count, $"{most} appointments close {best[most]} gaps, as many as {count} do");
        }, iter: 150);
        Assert.True(provedSmall >= 30, $"only {provedSmall} networks needed between 2 and {most} appointments");
    }

    private static FewestChangesResult AssertAppliedClosesThem(NetworkDocument document)
    {
        var network = new RepresentationNetwork(document);
        var before = RepresentationEngine.Default.Evaluate(network, TestNetwork.On);

        var result = FewestChanges.Default.Suggest(network, TestNetwork.On, before);
        var after = RepresentationEngine.Default.Evaluate(network.With(result.Appointments.Select(a => a.Seat), TestNetwork.On), TestNetwork.On)
            .Where(f => f.Severity == Severity.Gap).ToList();

        Assert.Equal(FewestChangesStatus.Optimal, result.Status);
        Assert.NotEmpty(result.Closed);
        Assert.Empty(after.Select(f => f.Key).Intersect(result.Closed.Select(f => f.Key)));
        Assert.Equal(result.Open.Count, after.Count);
        Assert.Equal(result.Appointments.Count, result.Appointments.Select(a => (a.Seat.PersonId, a.Seat.BodyId)).Distinct().Count());
        return result;
    }
}

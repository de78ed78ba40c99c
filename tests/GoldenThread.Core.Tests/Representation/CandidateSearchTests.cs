using CsCheck;
using GoldenThread.Interchange;

namespace GoldenThread.Representation;

public class CandidateSearchTests
{
    private static readonly Requirement Acute = new("an acute member", p => p.From("acute"));

    private static Evaluation Evaluate(TestNetwork network) => new(network.Build(), TestNetwork.On, RuleCatalogue.Default.TopLevelKinds);

    private static Finding Gap(params Target[] targets) => new("R-TEST", Severity.Gap, null, "test") { Targets = targets };

    [Fact]
    public void For_PersonProposedByTwoTargets_IsListedOnceWithTheBetterSeat()
    {
        // x works in p2 and y in p1: each ranks higher for the body of their own place (same place 1 against 0), so x
        // is proposed for "south" by the second target and y for "north" by the first; then x before y by name.
        var evaluation = Evaluate(new TestNetwork().Place("p1").Place("p2")
            .Organisation("north-trust", "nhs-acute", "p1").Organisation("south-trust", "nhs-acute", "p2")
            .Person("x", organisationId: "south-trust").Person("y", organisationId: "north-trust")
            .Body("north", "place-board", "place", "p1").Body("south", "place-board", "place", "p2"));

        var candidates = new CandidateSearch(evaluation, 5).For(Gap(new Target(["north"], [Acute], 1), new Target(["south"], [Acute], 1)));

        Assert.Equal([("x", "south"), ("y", "north")], candidates.Select(c => (c.PersonId, c.Seat.BodyId)));
    }

    [Fact]
    public void For_MorePeopleThanTheLimit_KeepsTheBestInOrder()
    {
        // Seniority ranks executive 3, senior 2, middle 1, early career 0; "sitting" already has a seat elsewhere,
        // so the other senior comes first; nobody on "cabinet" itself is proposed.
        var evaluation = Evaluate(new TestNetwork()
            .Person("early", seniority: "early-career").Person("middle", seniority: "middle").Person("sitting").Person("senior")
            .Person("executive", seniority: "executive").Person("member")
            .Body("cabinet", "clinical-cabinet").Body("forum", "clinical-forum")
            .Member("sitting", "forum").Member("member", "cabinet"));

        var candidates = new CandidateSearch(evaluation, 4).For(Gap(new Target(["cabinet"], [Acute], 1)));

        Assert.Equal(["executive", "senior", "sitting", "middle"], candidates.Select(c => c.PersonId));
    }

    /// <summary>
    /// With a limit above the register's size nobody is ever turned away, so that list is every proposal ranked; a
    /// shorter list must be its beginning, whatever the targets and the order people are proposed in.
    /// </summary>
    [Fact]
    public void For_AnyLimit_IsTheBeginningOfTheWholeRanking()
    {
        var document = NetworkGenerator.Generate(1, 300, seed: 5).Single();
        var evaluation = new Evaluation(new RepresentationNetwork(document), TestNetwork.On, RuleCatalogue.Default.TopLevelKinds);
        Requirement[] requirements =
        [
            Acute,
            new("someone from the community", p => p.From("community")) { Affinity = p => p.Profession == "nursing" ? 1 : 0 },
            new("a senior clinician", p => p.Senior) { Capacity = "clinical", Suits = p => p.NaturalCapacity == "clinical" },
            new("a lay member", _ => true) { Role = "lay-member", Capacity = "lay", Suits = p => p.IsLay },
        ];
        var target =
            from bodies in Gen.Int[0, document.Bodies.Count - 1].List[1, 3]
            from missing in Gen.Int[0, requirements.Length - 1].List[1, 3]
            from required in Gen.Int[1, 3]
            let distinct = missing.Distinct().Select(i => requirements[i]).ToList()
            select new Target([.. bodies.Distinct().Select(i => document.Bodies[i].Id)], distinct, Math.Min(required, distinct.Count));

        Gen.Select(target.List[1, 3], Gen.Int[1, 8]).Sample((targets, limit) =>
        {
            var finding = Gap([.. targets]);
            var whole = new CandidateSearch(evaluation, document.People.Count + 1).For(finding);
            var shortlist = new CandidateSearch(evaluation, limit).For(finding);
            return shortlist.Select(Describe).SequenceEqual(whole.Take(limit).Select(Describe))
                   && whole.Select(c => c.PersonId).Distinct().Count() == whole.Count;
        }, iter: 200);
    }

    private static string Describe(Candidate candidate) => $"{candidate.Seat} {string.Join(";", candidate.Meets)}";
}

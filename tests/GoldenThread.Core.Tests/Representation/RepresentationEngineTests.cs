using CsCheck;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Representation;

public class RepresentationEngineTests
{
    private static readonly DateOnly On = TestNetwork.On;

    [Fact]
    public void Evaluate_RuleSwitchedOff_IsNotEvaluated()
    {
        var network = new TestNetwork().Body("board", "icb-board").Build();
        var catalogue = RuleCatalogue.Default.Switch("R-TRIUMVIRATE", enabled: false);

        var findings = new RepresentationEngine(catalogue).Evaluate(network, On);

        Assert.DoesNotContain(findings, f => f.Rule == "R-TRIUMVIRATE");
        Assert.Contains(RepresentationEngine.Default.Evaluate(network, On), f => f.Rule == "R-TRIUMVIRATE");
    }

    [Fact]
    public void Evaluate_SeverityComesFromTheCatalogue()
    {
        var json = RuleCatalogueTests.DefaultJson().Replace("\"id\": \"R-FEEDS-INTO\", \"severity\": \"warning\"", "\"id\": \"R-FEEDS-INTO\", \"severity\": \"gap\"");
        var catalogue = RuleCatalogue.Parse(json).Catalogue!;
        var network = new TestNetwork().Body("orphan", "advisory-group").Build();

        var finding = Assert.Single(new RepresentationEngine(catalogue).Evaluate(network, On), f => f.Rule == "R-FEEDS-INTO");

        Assert.Equal(Severity.Gap, finding.Severity);
    }

    [Fact]
    public void Evaluate_FindingsComeInCatalogueOrderThenByBodyName()
    {
        var network = new TestNetwork().Body("zeta", "advisory-group", rights: "undeclared").Body("alpha", "advisory-group", rights: "undeclared").Build();

        var findings = RepresentationEngine.Default.Evaluate(network, On);

        // Two system-level bodies without a pharmacist, a paramedic or an AHP also draw system-wide gaps, listed first.
        Assert.Equal(["R-PHARMACY-SENIOR|", "R-AMBULANCE-SENIOR|", "R-AHP-VOICE|", "R-CYP-LEAD|",
                "R-DECISION-RIGHTS-DECLARED|alpha", "R-DECISION-RIGHTS-DECLARED|zeta", "R-FEEDS-INTO|alpha", "R-FEEDS-INTO|zeta"],
            findings.Select(f => $"{f.Rule}|{f.BodyId}"));
    }

    [Fact]
    public void Evaluate_DemoSystem_HasFindingsOfEverySeverityAndCleanBodies()
    {
        var network = new RepresentationNetwork(DemoNetwork.Build());

        var findings = RepresentationEngine.Default.Evaluate(network, On);

        Assert.Contains(findings, f => f.Severity == Severity.Gap);
        Assert.Contains(findings, f => f.Severity == Severity.Warning);
        Assert.Contains(network.Bodies.Keys, id => findings.All(f => f.BodyId != id));
        Assert.All(findings.Where(f => f.Severity == Severity.Gap), f => Assert.InRange(f.Candidates.Count, 0, 5));
    }

    [Fact]
    public void Evaluate_WithoutCandidates_FindsTheSameAndListsNoOne()
    {
        var network = new RepresentationNetwork(DemoNetwork.Build());

        var full = RepresentationEngine.Default.Evaluate(network, On);
        var bare = RepresentationEngine.Default.Evaluate(network, On, candidates: false);

        Assert.Equal(full.Select(f => (f.Key, f.Message)), bare.Select(f => (f.Key, f.Message)));
        Assert.Contains(full, f => f.Candidates.Count > 0);
        Assert.All(bare, f => Assert.Empty(f.Candidates));
    }

    [Fact]
    public void Evaluate_Candidates_NeverSitOnTheBodyTheyAreProposedFor()
    {
        var network = new RepresentationNetwork(NetworkGenerator.Generate(1, 1_500, seed: 7).Single());
        var evaluation = new Evaluation(network, On, RuleCatalogue.Default.TopLevelKinds);

        var findings = RepresentationEngine.Default.Evaluate(network, On);

        Assert.Contains(findings, f => f.Candidates.Count > 0);
        Assert.All(findings.SelectMany(f => f.Candidates), c => Assert.False(evaluation.Sits(c.PersonId, c.Seat.BodyId)));
    }

    [Fact]
    public void Evaluate_AppointingACandidate_ClosesWhatItSaidItMeets()
    {
        var network = new RepresentationNetwork(NetworkGenerator.Generate(1, 1_500, seed: 11).Single());
        var before = RepresentationEngine.Default.Evaluate(network, On);

        foreach (var gap in before.Where(f => f.Candidates.Count > 0 && f.Targets.Count == 1 && f.Targets[0].Required == 1).Take(10))
        {
            var after = RepresentationEngine.Default.Evaluate(network.With([gap.Candidates[0].Seat], On), On);
            Assert.DoesNotContain(after, f => f.Key == gap.Key);
        }
    }

    /// <summary>Every gap rule asks that some voice be present, so one more current member can only close gaps, never open one.</summary>
    [Fact]
    public void Evaluate_AddingACurrentMember_NeverCreatesANewGap()
    {
        var document = NetworkGenerator.Generate(1, 400, seed: 3).Single();
        var network = new RepresentationNetwork(document);
        var gaps = RepresentationEngine.Default.Evaluate(network, On).Where(f => f.Severity == Severity.Gap).Select(f => f.Key).ToHashSet();
        string[] roles = ["member", "chair", "clinical-lead", "service-user", "carer", "lay-member"];
        string[] capacities = ["clinical", "managerial", "lay"];

        var appointment =
            from person in Gen.Int[0, document.People.Count - 1]
            from body in Gen.Int[0, document.Bodies.Count - 1]
            from role in Gen.Int[0, roles.Length - 1]
            from capacity in Gen.Int[0, capacities.Length - 1]
            select new Appointment(document.People[person].Id, document.Bodies[body].Id, roles[role], capacities[capacity]);

        appointment.List[1, 4].Sample(added =>
        {
            var after = RepresentationEngine.Default.Evaluate(network.With(added, On), On);
            return after.Where(f => f.Severity == Severity.Gap).All(f => gaps.Contains(f.Key));
        }, iter: 150);
    }
}

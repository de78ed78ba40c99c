using System.Text.Json;
using CsCheck;

namespace GoldenThread.Network;

public class StructureLayoutTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);
    private static readonly StructureGeometry Geometry = new();

    private static StructureBody Body(string name, string level = "system", Guid? place = null, string rights = "advisory",
        DateOnly? from = null, DateOnly? to = null) =>
        new(Id(name), name, "clinical-cabinet", level, place, place is null ? null : "Riverton", rights, from, to);

    private static Guid Id(string name) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(name)));

    private static StructureFeed Feed(string from, string to) => new(Id(from), Id(to));

    private static StructureBox BoxOf(StructureDiagram diagram, string name) => diagram.Boxes.Single(b => b.Body.Name == name);

    private static int Centre(StructureBox box) => box.X + box.Width / 2;

    [Fact]
    public void Draw_ThreeLevelChain_StacksOneBandPerLevelWithArrowsPointingUp()
    {
        var place = Guid.NewGuid();
        StructureBody[] bodies = [Body("Neighbourhood group", "neighbourhood", place), Body("Place board", "place", place), Body("ICB board")];

        var diagram = StructureLayout.Draw(bodies, [Feed("Neighbourhood group", "Place board"), Feed("Place board", "ICB board")], Today).Diagram!;

        Assert.Equal(["system", "place", "neighbourhood"], diagram.Bands.Select(b => b.Level));
        var (board, placeBoard, group) = (BoxOf(diagram, "ICB board"), BoxOf(diagram, "Place board"), BoxOf(diagram, "Neighbourhood group"));
        Assert.True(board.Y < placeBoard.Y && placeBoard.Y < group.Y);
        // Each body sits over the one that feeds into it, and the narrow drawing is centred on the minimum width.
        Assert.All([board, placeBoard, group], box => Assert.Equal(Geometry.MinimumWidth / 2, Centre(box)));
        var arrow = diagram.Edges.Single(e => e.From == Id("Place board"));
        // Adjacent rows: from the middle of the place board's top to the middle of the ICB board's bottom.
        Assert.Equal([new StructurePoint(480, placeBoard.Y), new StructurePoint(480, board.Y + board.Height)], arrow.Points);
        Assert.Equal(2, diagram.PlaceFrames.Count); // the place's bodies are framed in the place band and the neighbourhood band
    }

    [Fact]
    public void Draw_TwoChildrenIntoOneParent_OrdersThemByNameUnderTheParent()
    {
        StructureBody[] bodies = [Body("Frailty cabinet"), Body("Diabetes cabinet"), Body("Clinical executive", rights: "decides")];

        var diagram = StructureLayout.Draw(bodies, [Feed("Frailty cabinet", "Clinical executive"), Feed("Diabetes cabinet", "Clinical executive")], Today).Diagram!;

        var (diabetes, frailty, executive) = (BoxOf(diagram, "Diabetes cabinet"), BoxOf(diagram, "Frailty cabinet"), BoxOf(diagram, "Clinical executive"));
        Assert.Equal(diabetes.Y, frailty.Y);
        // Same barycentre, so name decides: Diabetes before Frailty, one box width plus the 16px gap apart.
        Assert.Equal(diabetes.X + Geometry.BoxWidth + Geometry.BoxGap, frailty.X);
        Assert.Equal((Centre(diabetes) + Centre(frailty)) / 2, Centre(executive));
        Assert.Single(diagram.Bands); // one level, two rows
        Assert.True(executive.Row < diabetes.Row);
        // Both arrows rise to one bus in the gap under the executive and share its port, as in an organisation chart.
        var bottom = new StructurePoint(Centre(executive), executive.Y + executive.Height);
        Assert.All(diagram.Edges, e => Assert.Equal(bottom, e.Points[^1]));
        Assert.Single(diagram.Edges.Select(e => e.Points[1].Y).Distinct());
        Assert.InRange(diagram.Edges[0].Points[1].Y, bottom.Y + 1, diagram.Boxes.Min(b => b.Row == diabetes.Row ? b.Y : int.MaxValue) - 1);
    }

    [Fact]
    public void Draw_BodyFeedingTwoParents_DrawsBothArrowsAndListsItUnderEach()
    {
        StructureBody[] bodies = [Body("ICB board"), Body("Partnership"), Body("Senate"), Body("Working group")];
        StructureFeed[] feeds = [Feed("Senate", "ICB board"), Feed("Senate", "Partnership"), Feed("Working group", "Senate")];

        var outcome = StructureLayout.Draw(bodies, feeds, Today);

        Assert.Equal(2, outcome.Diagram!.Edges.Count(e => e.From == Id("Senate")));
        var senate = BoxOf(outcome.Diagram, "Senate");
        Assert.Equal((Centre(BoxOf(outcome.Diagram, "ICB board")) + Centre(BoxOf(outcome.Diagram, "Partnership"))) / 2, Centre(senate));
        var (board, partnership) = (outcome.Tree!.Tops[0], outcome.Tree.Tops[1]);
        Assert.Equal(["ICB board", "Partnership"], outcome.Tree.Tops.Select(t => t.Body.Name));
        var first = Assert.Single(board.FedBy);
        Assert.Equal(["Partnership"], first.AlsoFeedsInto.Select(b => b.Name));
        Assert.Equal("Working group", Assert.Single(first.FedBy).Body.Name);
        var second = Assert.Single(partnership.FedBy);
        Assert.Equal(["ICB board"], second.AlsoFeedsInto.Select(b => b.Name));
        Assert.Equal("ICB board", second.FeedersListedUnder!.Name); // its feeders are not repeated
        Assert.Empty(second.FedBy);
    }

    [Fact]
    public void Draw_Cycle_NamesTheShortestCycleFromItsFirstBodyByName()
    {
        StructureBody[] bodies = [Body("Place board", "place"), Body("Clinical cabinet"), Body("Alpha"), Body("Beta"), Body("Gamma")];
        StructureFeed[] feeds =
        [
            Feed("Place board", "Clinical cabinet"), Feed("Clinical cabinet", "Place board"),
            Feed("Alpha", "Beta"), Feed("Beta", "Gamma"), Feed("Gamma", "Alpha"), // longer, though first by name
        ];

        var outcome = StructureLayout.Draw(bodies, feeds, Today);

        Assert.Null(outcome.Diagram);
        Assert.Null(outcome.Tree);
        Assert.Equal("Clinical cabinet → Place board → Clinical cabinet", outcome.Cycle!.ToString());
    }

    [Fact]
    public void Draw_BodyFeedingItself_IsACycle() =>
        Assert.Equal("Forum → Forum", StructureLayout.Draw([Body("Forum")], [Feed("Forum", "Forum")], Today).Cycle!.ToString());

    [Fact]
    public void Draw_CycleThroughABodyNotActiveThatDay_IsNotDrawnOrRefused()
    {
        StructureBody[] bodies = [Body("Board"), Body("Old forum", to: new DateOnly(2024, 3, 31)), Body("Group")];

        var outcome = StructureLayout.Draw(bodies, [Feed("Old forum", "Board"), Feed("Board", "Old forum"), Feed("Group", "Board")], Today);

        Assert.Null(outcome.Cycle);
        Assert.Equal(["Board", "Group"], outcome.Diagram!.Boxes.Select(b => b.Body.Name).Order());
        Assert.Single(outcome.Diagram.Edges);
    }

    [Fact]
    public void Draw_EmptySystem_GivesAnEmptyDrawingAndTree()
    {
        var outcome = StructureLayout.Draw([], [], Today);

        Assert.Empty(outcome.Diagram!.Boxes);
        Assert.Empty(outcome.Diagram.Bands);
        Assert.Equal(Geometry.MinimumWidth, outcome.Diagram.Width);
        Assert.Empty(outcome.Tree!.Tops);
        Assert.Empty(outcome.Tree.Unlinked);
    }

    [Fact]
    public void Draw_LongArrow_PassesThroughTheRowsBetweenBesideTheBoxes()
    {
        // Board ← Executive ← Cabinet in the system band; the place board feeds the board, two rows up.
        StructureBody[] bodies = [Body("Board"), Body("Executive"), Body("Cabinet"), Body("Place board", "place", Guid.NewGuid())];
        StructureFeed[] feeds = [Feed("Executive", "Board"), Feed("Cabinet", "Executive"), Feed("Place board", "Board")];

        var diagram = StructureLayout.Draw(bodies, feeds, Today).Diagram!;

        var arrow = diagram.Edges.Single(e => e.From == Id("Place board"));
        var (executive, cabinet) = (BoxOf(diagram, "Executive"), BoxOf(diagram, "Cabinet"));
        // Up from the place board, across to a lane beside the cabinet and executive, up it, then across under the board.
        Assert.Equal(6, arrow.Points.Count);
        var lane = arrow.Points[2].X;
        Assert.Equal(lane, arrow.Points[3].X);
        Assert.True(arrow.Points[2].Y > cabinet.Y + cabinet.Height && arrow.Points[3].Y < executive.Y);
        Assert.True(lane > Math.Max(executive.X, cabinet.X) + Geometry.BoxWidth || lane < Math.Min(executive.X, cabinet.X));
        Assert.True(PassesThrough(diagram) is [], string.Join("\n", PassesThrough(diagram)));
    }

    [Fact]
    public void Draw_DemoNetwork_DrawsEveryBodyOnThreeLevels()
    {
        var demo = DemoNetwork.Build();
        var ids = demo.Bodies.ToDictionary(b => b.Id, _ => Guid.NewGuid());
        var places = demo.Places.ToDictionary(p => p.Id, p => (Id: Guid.NewGuid(), p.Name));
        var bodies = demo.Bodies.Select(b => new StructureBody(ids[b.Id], b.Name, b.Kind, b.Level,
            b.PlaceId is null ? null : places[b.PlaceId].Id, b.PlaceId is null ? null : places[b.PlaceId].Name, b.DecisionRights, b.ActiveFrom, b.ActiveTo));
        var feeds = demo.Bodies.SelectMany(b => b.FeedsInto.Select(t => new StructureFeed(ids[b.Id], ids[t])));

        var diagram = StructureLayout.Draw(bodies, feeds, Today).Diagram!;

        Assert.Equal(25, diagram.Boxes.Count);
        Assert.Equal(["system", "place", "neighbourhood"], diagram.Bands.Select(b => b.Level));
        Assert.Equal(4, diagram.PlaceFrames.Count(f => f.Y < diagram.Bands[2].Top));
    }

    /// <summary>Every run of an arrow that cuts through the inside of a box (arrows are drawn as vertical and horizontal runs).</summary>
    private static List<string> PassesThrough(StructureDiagram diagram) =>
    [
        .. from edge in diagram.Edges
           from run in edge.Points.Zip(edge.Points.Skip(1))
           from box in diagram.Boxes
           where Math.Min(run.First.X, run.Second.X) < box.X + box.Width && Math.Max(run.First.X, run.Second.X) > box.X
                 && Math.Min(run.First.Y, run.Second.Y) < box.Y + box.Height && Math.Max(run.First.Y, run.Second.Y) > box.Y
           select $"{edge.From}→{edge.To} runs {run.First}–{run.Second} through {box.Body.Name}",
    ];

    // ---- properties over random acyclic networks ----

    private static readonly string[] Levels = ["neighbourhood", "place", "system", "region"];
    private static readonly string[] Names = ["Board", "Cabinet", "Forum", "Group", "Network", "Partnership", "Senate", "Board"];
    private static readonly Guid[] Places = [Guid.Parse("00000000-0000-0000-0000-0000000000a1"), Guid.Parse("00000000-0000-0000-0000-0000000000a2")];

    /// <summary>A network whose bodies feed only into bodies earlier in the list, so it has no cycle; some names repeat.</summary>
    private static readonly Gen<(StructureBody[] Bodies, StructureFeed[] Feeds)> Networks =
        Gen.Int[0, 18].SelectMany(n => Gen.Select(
            Gen.Int[0, 3].Array[n], Gen.Int[0, 1].Array[n], Gen.Int[0, Names.Length - 1].Array[n], Gen.Int[0, 99].Array[n * n],
            (levels, places, names, dice) =>
            {
                var bodies = Enumerable.Range(0, n).Select(i => new StructureBody(
                    new Guid(i + 1, 0, 0, new byte[8]), $"{Names[names[i]]} {i % 3}", "collaborative", Levels[levels[i]],
                    levels[i] < 2 ? Places[places[i]] : null, levels[i] < 2 ? $"Place {places[i]}" : null, "decides")).ToArray();
                var feeds = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, i).Where(j => dice[i * n + j] < 20)
                    .Select(j => new StructureFeed(bodies[i].Id, bodies[j].Id))).ToArray();
                return (bodies, feeds);
            }));

    [Fact]
    public void Draw_AnyAcyclicNetwork_DrawsEveryBodyExactlyOnce() =>
        Networks.Sample(network =>
        {
            var outcome = StructureLayout.Draw(network.Bodies, network.Feeds, Today);

            Assert.Null(outcome.Cycle);
            Assert.Equal(network.Bodies.Select(b => b.Id).Order(), outcome.Diagram!.Boxes.Select(b => b.Body.Id).Order());
            Assert.Equal(network.Bodies.Select(b => b.Id).Order(), outcome.Tree!.Bodies().Select(b => b.Id).Order());
            Assert.Equal(network.Feeds.Length, outcome.Diagram.Edges.Count);
        });

    [Fact]
    public void Draw_AnyAcyclicNetwork_NeverOverlapsBoxesOrPlaceFramesInARow() =>
        Networks.Sample(network =>
        {
            var diagram = StructureLayout.Draw(network.Bodies, network.Feeds, Today).Diagram!;

            foreach (var row in diagram.Boxes.GroupBy(b => b.Y))
            {
                var boxes = row.OrderBy(b => b.X).ToList();
                for (var i = 1; i < boxes.Count; i++) Assert.True(boxes[i - 1].X + boxes[i - 1].Width <= boxes[i].X);
            }
            foreach (var row in diagram.PlaceFrames.GroupBy(f => f.Y))
            {
                var frames = row.OrderBy(f => f.X).ToList();
                for (var i = 1; i < frames.Count; i++) Assert.True(frames[i - 1].X + frames[i - 1].Width <= frames[i].X);
            }
            Assert.All(diagram.Boxes, b => Assert.True(b.X >= 0 && b.X + b.Width <= diagram.Width && b.Y + b.Height <= diagram.Height));
        });

    [Fact]
    public void Draw_AnyAcyclicNetwork_KeepsEachPlacesBodiesTogetherInARow() =>
        Networks.Sample(network =>
        {
            var diagram = StructureLayout.Draw(network.Bodies, network.Feeds, Today).Diagram!;

            foreach (var row in diagram.Boxes.GroupBy(b => b.Row))
            {
                var places = row.OrderBy(b => b.X).Select(b => b.Body.PlaceId).ToList();
                var runs = places.Where((p, i) => i == 0 || p != places[i - 1]).ToList();
                Assert.Equal(runs.Count, runs.Distinct().Count());
            }
        });

    [Fact]
    public void Draw_AnyAcyclicNetwork_DrawsEachArrowBetweenTheBandsItsLevelsSayAndRoundEveryBox() =>
        Networks.Sample(network =>
        {
            var diagram = StructureLayout.Draw(network.Bodies, network.Feeds, Today).Diagram!;
            var box = diagram.Boxes.ToDictionary(b => b.Body.Id);
            int Rank(StructureBox b) => Array.IndexOf(Levels, b.Body.Level);

            foreach (var edge in diagram.Edges)
            {
                var (from, to) = (box[edge.From], box[edge.To]);
                Assert.Equal(Math.Sign(Rank(to) - Rank(from)), Math.Sign(from.Band - to.Band)); // a higher level is a band nearer the top
                if (from.Band == to.Band) Assert.True(from.Row > to.Row, "within a level, a body sits below the body it feeds into");
                Assert.Equal(from.Row < to.Row ? from.Y + from.Height : from.Y, edge.Points[0].Y);
                Assert.Equal(from.Row < to.Row ? to.Y : to.Y + to.Height, edge.Points[^1].Y);
                Assert.InRange(edge.Points[^1].X, to.X, to.X + to.Width);
                Assert.All(edge.Points.Zip(edge.Points.Skip(1)), run => Assert.True(run.First.X == run.Second.X || run.First.Y == run.Second.Y));
            }
            Assert.True(PassesThrough(diagram) is [], string.Join("\n", PassesThrough(diagram)));
        });

    [Fact]
    public void Draw_SameNetworkInAnotherOrder_GivesTheSameDrawing() =>
        Gen.Select(Networks, Gen.Int).Sample((network, seed) =>
        {
            var random = new Random(seed);
            var bodies = network.Bodies.ToArray();
            var feeds = network.Feeds.ToArray();
            random.Shuffle(bodies);
            random.Shuffle(feeds);

            var first = JsonSerializer.Serialize(StructureLayout.Draw(network.Bodies, network.Feeds, Today));
            var second = JsonSerializer.Serialize(StructureLayout.Draw(bodies, feeds, Today));

            Assert.Equal(first, second);
        });
}

namespace GoldenThread.Network;

/// <summary>What <see cref="StructureLayout.Draw"/> gives: a drawing and its text alternative, or the cycle that prevents them.</summary>
public sealed record StructureOutcome(StructureDiagram? Diagram, StructureTree? Tree, FeedsIntoCycle? Cycle);

/// <summary>
/// Lays out a system's leadership structure on one day as a layered drawing (Sugiyama's method): a band per level,
/// region at the top and neighbourhood at the bottom, so feeds-into arrows point up towards the bodies that decide;
/// rows ordered to cut crossings, a place's bodies kept together, long arrows routed through lanes between boxes.
/// A feeds-into cycle (which an import refuses, but an edit could make) is returned instead of a drawing.
/// </summary>
public static class StructureLayout
{
    public static StructureOutcome Draw(
        IEnumerable<StructureBody> bodies, IEnumerable<StructureFeed> feeds, DateOnly on, StructureGeometry? geometry = null)
    {
        var graph = FeedsIntoGraph.ActiveOn(bodies, feeds, on);
        if (FeedsIntoCycle.Shortest(graph) is { } cycle) return new StructureOutcome(null, null, cycle);
        geometry ??= new StructureGeometry();
        var layers = StructureLayers.Build(graph, geometry);
        StructureOrdering.Order(layers);
        StructurePositions.Place(layers, geometry);
        return new StructureOutcome(new Drawing(layers, geometry).Diagram(), StructureTree.Build(graph), null);
    }

    /// <summary>Turns placed rows into pixels: rows stacked in bands, boxes, place frames and arrow paths.</summary>
    private sealed class Drawing(StructureLayers layers, StructureGeometry geometry)
    {
        private readonly int[] rowTop = new int[layers.Rows];
        private readonly int[] bandTop = new int[layers.Rows];
        private double shift;

        public StructureDiagram Diagram()
        {
            var (bands, height) = StackRows();
            var width = CentreHorizontally();
            var boxes = layers.BodyNode.Select(n => layers.Nodes[n]).Select(node => new StructureBox(
                layers.Graph.Bodies[node.Body], layers.RowBand[node.Row], node.Row, Left(node), rowTop[node.Row],
                geometry.BoxWidth, geometry.BoxHeight)).ToList();
            var routes = new StructureRoutes(layers, n => X(layers.Nodes[n]), Extent, Gaps());
            var edges = layers.Arrows.Select(a => new StructureEdge(
                layers.Graph.Bodies[a.From].Id, layers.Graph.Bodies[a.To].Id, routes.Route(a.Path))).ToList();
            return new StructureDiagram(width, height, bands, Frames(), boxes, edges);
        }

        private (List<StructureBand> Bands, int Height) StackRows()
        {
            var bands = new List<StructureBand>();
            var (y, currentBand) = (geometry.Margin, 0);
            for (var row = 0; row < layers.Rows; row++)
            {
                var band = layers.RowBand[row];
                if (row == 0 || layers.RowBand[row - 1] != band) (currentBand, y) = (y, y + geometry.BandLabelHeight);
                else y += geometry.RowGap;
                var grouped = layers.IsGroupedByPlace(row);
                bandTop[row] = currentBand;
                rowTop[row] = y + (grouped ? geometry.FrameLabelHeight : 0);
                y = rowTop[row] + geometry.BoxHeight + (grouped ? geometry.FramePadding : 0);
                if (row + 1 == layers.Rows || layers.RowBand[row + 1] != band)
                {
                    y += geometry.BandPadding;
                    bands.Add(new StructureBand(band, layers.Bands[band], currentBand, y - currentBand));
                }
            }
            return (bands, y + geometry.Margin);
        }

        /// <summary>A box's top and bottom; a lane's run through its row, from under the place labels to below the frames.</summary>
        private (int Top, int Bottom) Extent(int node)
        {
            var n = layers.Nodes[node];
            if (!n.IsLane) return (rowTop[n.Row], rowTop[n.Row] + geometry.BoxHeight);
            var grouped = layers.IsGroupedByPlace(n.Row);
            return (rowTop[n.Row] - (grouped ? geometry.FrameLabelHeight : 0), rowTop[n.Row] + geometry.BoxHeight + (grouped ? geometry.FramePadding : 0));
        }

        /// <summary>Between each pair of rows, the heights clear of boxes, frames and band labels, less a little air.</summary>
        private List<(int Top, int Bottom)> Gaps() =>
        [
            .. Enumerable.Range(0, Math.Max(0, layers.Rows - 1)).Select(row =>
            {
                var below = row + 1;
                var bottom = bandTop[below] != bandTop[row] ? bandTop[below]
                    : rowTop[below] - (layers.IsGroupedByPlace(below) ? geometry.FrameLabelHeight : 0);
                return (rowTop[row] + geometry.BoxHeight + (layers.IsGroupedByPlace(row) ? geometry.FramePadding : 0) + 8, bottom - 8);
            }),
        ];

        /// <summary>Moves the drawing to start at the margin, centred when narrower than the minimum width.</summary>
        private int CentreHorizontally()
        {
            if (layers.Nodes.Count == 0) return geometry.MinimumWidth;
            var pad = layers.Nodes.Select(n => layers.IsGroupedByPlace(n.Row) ? geometry.FramePadding : 0).ToList();
            var left = layers.Nodes.Select((n, i) => n.X - n.Width / 2 - pad[i]).Min();
            var right = layers.Nodes.Select((n, i) => n.X + n.Width / 2 + pad[i]).Max();
            var content = (int)Math.Ceiling(right - left) + 2 * geometry.Margin;
            var width = Math.Max(content, geometry.MinimumWidth);
            shift = geometry.Margin - left + (width - content) / 2.0;
            return width;
        }

        private int X(LayerNode node) => (int)Math.Round(node.X + shift);
        private int Left(LayerNode node) => X(node) - geometry.BoxWidth / 2;

        private List<StructurePlaceFrame> Frames()
        {
            var frames = new List<StructurePlaceFrame>();
            for (var row = 0; row < layers.Rows; row++)
            {
                foreach (var run in Runs(layers.Order[row]))
                {
                    var (first, last) = (layers.Nodes[run[0]], layers.Nodes[run[^1]]);
                    var x = Left(first) - geometry.FramePadding;
                    var body = layers.Graph.Bodies[first.Body];
                    frames.Add(new StructurePlaceFrame(first.Place!.Value, body.PlaceName ?? "", x,
                        rowTop[row] - geometry.FrameLabelHeight, Left(last) + geometry.BoxWidth + geometry.FramePadding - x,
                        geometry.FrameLabelHeight + geometry.BoxHeight + geometry.FramePadding));
                }
            }
            return frames;
        }

        /// <summary>Consecutive nodes of one place.</summary>
        private IEnumerable<List<int>> Runs(List<int> row)
        {
            var run = new List<int>();
            foreach (var node in row)
            {
                if (run.Count > 0 && layers.Nodes[run[0]].Place != layers.Nodes[node].Place)
                {
                    if (layers.Nodes[run[0]].Place is not null) yield return run;
                    run = [];
                }
                run.Add(node);
            }
            if (run.Count > 0 && layers.Nodes[run[0]].Place is not null) yield return run;
        }
    }
}

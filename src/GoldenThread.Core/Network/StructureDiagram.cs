namespace GoldenThread.Network;

/// <summary>
/// A drawn structure: coordinates in pixels from the top left, for an SVG whose viewBox is
/// <c>0 0 Width Height</c>. Bands run top to bottom from region to neighbourhood.
/// </summary>
public sealed record StructureDiagram(
    int Width, int Height, IReadOnlyList<StructureBand> Bands, IReadOnlyList<StructurePlaceFrame> PlaceFrames,
    IReadOnlyList<StructureBox> Boxes, IReadOnlyList<StructureEdge> Edges);

/// <summary>The horizontal strip of one level; <see cref="Index"/> counts from the top band.</summary>
public sealed record StructureBand(int Index, string Level, int Top, int Height);

/// <summary>The outline that keeps one place's bodies together within a row of a place or neighbourhood band.</summary>
public sealed record StructurePlaceFrame(Guid PlaceId, string PlaceName, int X, int Y, int Width, int Height);

/// <summary>A body's box; <see cref="Row"/> counts rows from the top, bands hold one or more rows.</summary>
public sealed record StructureBox(StructureBody Body, int Band, int Row, int X, int Y, int Width, int Height);

/// <summary>A feeds-into arrow from <see cref="From"/>'s box to <see cref="To"/>'s, through <see cref="Points"/> in order.</summary>
public sealed record StructureEdge(Guid From, Guid To, IReadOnlyList<StructurePoint> Points);

public readonly record struct StructurePoint(int X, int Y);

/// <summary>Sizes and spacing of a drawing, in pixels.</summary>
public sealed record StructureGeometry
{
    public int BoxWidth { get; init; } = 160;
    public int BoxHeight { get; init; } = 84;
    /// <summary>Between two boxes of a row.</summary>
    public int BoxGap { get; init; } = 16;
    /// <summary>Beside a line that passes through a row on its way to a body further up or down.</summary>
    public int LaneGap { get; init; } = 14;
    /// <summary>Between two places' frames.</summary>
    public int PlaceGap { get; init; } = 20;
    public int FramePadding { get; init; } = 8;
    public int FrameLabelHeight { get; init; } = 22;
    public int BandLabelHeight { get; init; } = 34;
    public int RowGap { get; init; } = 56;
    /// <summary>Below the last row of a band: room for the lines that lead to the band above.</summary>
    public int BandPadding { get; init; } = 56;
    public int Margin { get; init; } = 12;
    /// <summary>Narrower drawings are centred on this width, so a small system is not blown up to fill the page.</summary>
    public int MinimumWidth { get; init; } = 960;
}

using GoldenThread.Measures;

namespace GoldenThread.Web.Measures;

/// <summary>A measure as a row of a summary table (the board, a learning set's page) with its chart.</summary>
/// <param name="Note">A line beneath the measure's name: what it belongs to on the board, its baseline on a learning set's page.</param>
public sealed record MeasureRow(Measure Measure, string? Note, ChartedMeasure Charted);

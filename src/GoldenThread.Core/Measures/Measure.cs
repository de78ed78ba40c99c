using GoldenThread.Network;

namespace GoldenThread.Measures;

/// <summary>
/// An outcome a system tracks on an XmR chart, the Making Data Count way: what it counts, where the numbers come from,
/// which way is better, the target if any, and the chart's options (rebase dates, outlier screening, fixed limits).
/// It belongs to a body or team of the network, or to a learning set (a programme team's wicked issue); belonging to a
/// framework action comes with that capability.
/// </summary>
public class Measure : ISystemScoped, IVersioned
{
    public const int NameLength = 200;
    public const int UnitLength = 64;
    public const int TextLength = 2000;
    /// <summary>The most points a measure may have: over 400 years of months, or 13 of days, and a chart still readable.</summary>
    public const int MaximumPoints = 5_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Name { get; set; }
    /// <summary>What one value counts, as a reader would say it: "admissions", "%", "weeks".</summary>
    public required string Unit { get; set; }
    public string? Definition { get; set; }
    public string? Source { get; set; }
    public ImprovementDirection Direction { get; set; } = ImprovementDirection.Increase;
    public double? Target { get; set; }
    /// <summary>The person of the register who answers for the measure.</summary>
    public Guid? OwnerPersonId { get; set; }
    /// <summary>The body or team of the network the measure belongs to.</summary>
    public Guid? BodyId { get; set; }
    /// <summary>The learning set whose wicked issue the measure follows (a selected programme team's measures).</summary>
    public Guid? LearningSetId { get; set; }
    /// <summary>Dates of the measure's points at which a new segment, with its own limits, starts.</summary>
    public List<DateOnly> Rebase { get; set; } = [];
    public bool ScreenOutliers { get; set; } = true;
    /// <summary>Each segment's limits come from its first n points only; at least <see cref="SpcSeries.MinimumFixAfterPoints"/>.</summary>
    public int? FixAfterPoints { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The series the SPC engine charts: the measure's options over <paramref name="points"/> in date order.</summary>
    public SpcSeries Series(IEnumerable<MeasurePoint> points)
    {
        var ordered = points.OrderBy(p => p.Date).ToList();
        return new SpcSeries
        {
            Dates = [.. ordered.Select(p => p.Date)],
            Values = [.. ordered.Select(p => p.Value)],
            Direction = Direction,
            Target = Target,
            Rebase = [.. Rebase.Order()],
            ScreenOutliers = ScreenOutliers,
            FixAfterPoints = FixAfterPoints,
        };
    }
}

/// <summary>The value of a measure for one date (a month, a quarter…); a measure has at most one value per date.</summary>
public class MeasurePoint : ISystemScoped
{
    public Guid SystemId { get; set; }
    public Guid MeasureId { get; set; }
    public DateOnly Date { get; set; }
    public double Value { get; set; }
}

/// <summary>A dated note on a measure's chart, such as "care-home support pathway launched".</summary>
public class MeasureAnnotation : ISystemScoped
{
    public const int TextLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid MeasureId { get; set; }
    public DateOnly Date { get; set; }
    public required string Text { get; set; }
}

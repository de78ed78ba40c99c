using System.Linq.Expressions;
using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Network;
using GoldenThread.Web.Api.Register;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

/// <param name="Direction"><c>increase</c>, <c>decrease</c> or <c>neutral</c>: which way is better.</param>
/// <param name="Rebase">Dates of the measure's points at which a new segment, with its own limits, starts.</param>
public sealed record MeasureView(Guid Id, int Version, string Name, string Unit, string? Definition, string? Source, string Direction,
    double? Target, Guid? OwnerPersonId, Guid? BodyId, IReadOnlyList<DateOnly> Rebase, bool ScreenOutliers, int? FixAfterPoints,
    DateTimeOffset CreatedAt) : IRegisterView;

public sealed record MeasureInput(string? Name, string? Unit, string? Definition, string? Source, string? Direction, double? Target,
    Guid? OwnerPersonId, Guid? BodyId, IReadOnlyList<DateOnly>? Rebase, bool? ScreenOutliers, int? FixAfterPoints);

/// <summary>Measures through the same five endpoints as the register's rows: list, read with an ETag, create, update and delete with If-Match.</summary>
public sealed class MeasuresResource(TimeProvider time) : RegisterResource<Measure, MeasureInput, MeasureView>
{
    public override string Plural => "measures";
    public override string Singular => "measure";
    public override Expression<Func<Measure, MeasureView>> View => m => new MeasureView(m.Id, m.Version, m.Name, m.Unit, m.Definition, m.Source,
        SpcWords.Of(m.Direction), m.Target, m.OwnerPersonId, m.BodyId, m.Rebase, m.ScreenOutliers, m.FixAfterPoints, m.CreatedAt);
    public override IQueryable<Measure> List(IQueryable<Measure> rows, string? search) =>
        rows.Where(m => search == null || m.Name.ToLower().Contains(search.ToLower())).OrderBy(m => m.Name).ThenBy(m => m.Id);

    public override async Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, MeasureInput input, Measure? existing,
        CancellationToken cancellationToken)
    {
        var dates = existing is null ? [] : (await db.MeasurePoints.Where(p => p.MeasureId == existing.Id).Select(p => p.Date).ToListAsync(cancellationToken)).ToHashSet();
        var errors = MeasureRules.Check(new MeasureFields(input.Name, input.Unit, input.Definition, input.Source, input.Direction, input.Target,
            input.FixAfterPoints, input.Rebase ?? []), dates);
        if (!await ExistsAsync<Person>(db, systemId, input.OwnerPersonId, cancellationToken)) errors.Add(new FieldError("ownerPersonId", "Select a person of this system"));
        if (!await ExistsAsync<Body>(db, systemId, input.BodyId, cancellationToken)) errors.Add(new FieldError("bodyId", "Select a body of this system"));
        return errors;
    }

    public override Measure Create(Guid systemId, MeasureInput input) => new() { SystemId = systemId, Name = "", Unit = "", CreatedAt = time.GetUtcNow() };

    public override void Apply(Measure row, MeasureInput input)
    {
        (row.Name, row.Unit, row.Definition, row.Source) = (input.Name!.Trim(), input.Unit!.Trim(), Optional(input.Definition), Optional(input.Source));
        (row.Direction, row.Target, row.OwnerPersonId, row.BodyId) = (SpcWords.Direction(input.Direction)!.Value, input.Target, input.OwnerPersonId, input.BodyId);
        var rebase = (input.Rebase ?? []).Distinct().Order().ToList();
        if (!row.Rebase.SequenceEqual(rebase)) row.Rebase = rebase;
        (row.ScreenOutliers, row.FixAfterPoints) = (input.ScreenOutliers ?? true, input.FixAfterPoints);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

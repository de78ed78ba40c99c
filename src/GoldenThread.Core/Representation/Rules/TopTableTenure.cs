using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Representation.Rules;

/// <summary>
/// R-TOP-TABLE-TENURE: each current member of a top-level body who has sat there without a break for longer than
/// the limit (6 years by default). Memberships of one person on one body that meet or overlap count as one spell.
/// </summary>
public sealed class TopTableTenure : RepresentationRule
{
    public override string Id => "R-TOP-TABLE-TENURE";

    public override IReadOnlyDictionary<string, object> Defaults { get; } = new Dictionary<string, object> { ["years"] = 6 };


    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        var years = context.Parameters.Number("years");
        foreach (var body in context.TopLevelBodies)
            foreach (var personId in context.Current(body.Id).Select(m => m.PersonId).Distinct())
            {
                var since = SpellStart(context.Network.SeatsOf(personId).Where(m => m.BodyId == body.Id), context.On);
                // A spell that began within the limit of the calendar's end cannot have lasted longer than the limit.
                if (since.Year <= DateOnly.MaxValue.Year - years && since.AddYears(years) < context.On)
                    yield return context.Finding(body.Id,
                        $"{context.Network.People[personId].Person.Name} has sat on {body.Name} since {UkDate.Long(since)}, more than {years} years.", personId);
            }
    }

    /// <summary>When the unbroken spell that includes <paramref name="on"/> began.</summary>
    public static DateOnly SpellStart(IEnumerable<MembershipRecord> seats, DateOnly on)
    {
        DateOnly? spell = null;
        // From the latest start back: a seat joins the spell if it lasted to at least the day before the spell began.
        // A seat that does not join starts later than anything still to come, so it could never extend the spell.
        foreach (var seat in seats.Where(m => m.Start <= on).OrderByDescending(m => m.Start))
        {
            if (spell is null) { if (Evaluation.IsCurrent(seat, on)) spell = seat.Start; }
            else if (seat.End is null || seat.End.Value.DayNumber + 1 >= spell.Value.DayNumber) spell = seat.Start;
        }
        return spell ?? on;
    }
}

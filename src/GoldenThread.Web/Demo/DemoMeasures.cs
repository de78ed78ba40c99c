using GoldenThread.Interchange;
using GoldenThread.Measures;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

/// <summary>
/// Made-up outcome measures of the demo system with years of history, drawn with a fixed seed and dated up to a fixed
/// last month as the demo network is, so that the charts show what Making Data Count looks for: the 28% fall in
/// admissions from care homes after the care-home support pathway launched (a rebase and a note at the launch), a 10%
/// fall in suicides per quarter, a 7-month rise in waiting times for community mental health, targets always met,
/// never met and sometimes met, a measure with trial limits and one with too few points to chart.
/// </summary>
public static class DemoMeasures
{
    /// <summary>The month of the latest monthly figures; quarterly figures end the quarter before.</summary>
    public static readonly DateOnly LastMonth = new(2026, 9, 1);
    public static readonly DateOnly PathwayLaunch = new(2025, 4, 1);

    /// <summary>
    /// One demo measure: the mean level of each point (<paramref name="Level"/>, by index and count), noise around it,
    /// and values for the last points that replace the drawn ones where a pattern must show whatever the noise.
    /// </summary>
    private sealed record Spec(string Name, string Unit, string Definition, string Source, ImprovementDirection Direction,
        double? Target, string OwnerSpecialty, string? Body, int Months, int Points, Func<DateOnly, double> Level, double Noise,
        int Decimals, double[]? Last = null, DateOnly[]? Rebase = null, (DateOnly Date, string Text)[]? Notes = null);

    private static readonly Spec[] Specs =
    [
        new("Admissions to hospital from care homes", "admissions",
            "Emergency admissions of people whose usual residence is a care home, by month of admission.",
            "Secondary Uses Service (SUS) admitted patient care, linked to the care home register", ImprovementDirection.Decrease,
            140, "community-nursing", "Care Homes Clinical Cabinet", 1, 42, d => d < PathwayLaunch ? 182 : 131, 7, 0,
            Rebase: [PathwayLaunch], Notes: [(PathwayLaunch, "Care-home support pathway launched"), (new(2024, 12, 1), "Winter surge plan")]),
        new("Suicides", "deaths",
            "Deaths registered as suicide or undetermined intent among residents aged 10 and over, by quarter of registration.",
            "Office for National Statistics death registrations (real-time surveillance from 2023)", ImprovementDirection.Decrease,
            null, "psychiatry", "Mental Health, Learning Disability and Autism Network Board", 3, 30, d => d < new DateOnly(2023, 1, 1) ? 39 : 35, 1.6, 0,
            Notes: [(new(2023, 1, 1), "Suicide prevention strategy refreshed")]),
        new("Median weeks waiting for first contact with community mental health services", "weeks",
            "Median time from referral to first contact with adult community mental health services, for referrals with a first contact in the month.",
            "Mental Health Services Data Set (MHSDS)", ImprovementDirection.Decrease,
            4, "mental-health-nursing", "Mental Health, Learning Disability and Autism Network Board", 1, 30, _ => 6.2, 0.35, 1,
            Last: [5.8, 5.95, 6.1, 6.3, 6.5, 6.7, 6.95]),
        new("A&E 4-hour performance", "%",
            "Attendances at type 1 to 3 emergency departments admitted, transferred or discharged within 4 hours of arrival.",
            "NHS England A&E attendances and emergency admissions", ImprovementDirection.Increase,
            78, "emergency-medicine", "Frailty Clinical Cabinet", 1, 36, _ => 72.4, 0.9, 1),
        new("Cancer faster diagnosis standard", "%",
            "Patients told they have cancer, or that it is ruled out, within 28 days of an urgent referral.",
            "NHS England cancer waiting times", ImprovementDirection.Increase,
            77, "hospital-nursing", null, 1, 30, _ => 82.1, 0.7, 1),
        new("Ambulance category 2 mean response time", "minutes",
            "Mean time from call connect to the arrival of a resource at category 2 incidents.",
            "Ambulance Quality Indicators", ImprovementDirection.Decrease,
            30, "paramedicine", null, 1, 30, _ => 32.5, 2.5, 1,
            Last: [24.0]),
        new("Referrals to social prescribing link workers", "referrals",
            "People referred to a social prescribing link worker in primary care, by month of referral.",
            "GP practice systems (SNOMED CT social prescribing codes)", ImprovementDirection.Neutral,
            null, "general-practice", "Clinical and Care Professional Leadership Group", 1, 30, _ => 640, 28, 0,
            Last: [520, 650, 655, 840]),
        new("HbA1c at or below 58 mmol/mol", "%",
            "People with type 2 diabetes whose latest HbA1c in the last 12 months is at or below 58 mmol/mol.",
            "National Diabetes Audit (quarterly core)", ImprovementDirection.Increase,
            null, "general-practice", "Diabetes Clinical Cabinet", 3, 16, _ => 61.5, 0.6, 1,
            Last: [61.9, 61.0, 59.2, 61.6, 59.0]),
        new("Virtual ward occupancy", "%",
            "Virtual ward beds occupied at 8am on census days, as a share of the beds available.",
            "NHS England virtual ward sitrep", ImprovementDirection.Increase,
            80, "community-nursing", "Frailty Clinical Cabinet", 1, 9, _ => 71, 3, 1),
        new("Leadership time funded for clinical and care professional leads", "hours a month",
            "Hours a month of protected leadership time funded for clinical and care professional leads across the system.",
            "Leadership team's quarterly return", ImprovementDirection.Increase,
            null, "general-practice", "Clinical and Care Professional Executive", 3, 1, _ => 312, 0, 0),
    ];

    /// <summary>The measures, their points and their notes, as rows to add; owners and bodies from <paramref name="network"/>.</summary>
    public static IEnumerable<object> For(NetworkEntities network, DateTimeOffset createdAt)
    {
        var random = new Random(2025_04_01);
        foreach (var spec in Specs)
        {
            var measure = new Measure
            {
                SystemId = network.System.Id, Name = spec.Name, Unit = spec.Unit, Definition = spec.Definition, Source = spec.Source,
                Direction = spec.Direction, Target = spec.Target, CreatedAt = createdAt, Rebase = [.. spec.Rebase ?? []],
                OwnerPersonId = network.People.FirstOrDefault(p => p.Specialty == spec.OwnerSpecialty)?.Id,
                BodyId = spec.Body is null ? null : network.Bodies.Single(b => b.Name == spec.Body).Id,
            };
            yield return measure;
            var last = spec.Months == 3 ? new DateOnly(LastMonth.Year, (LastMonth.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3) : LastMonth;
            for (var i = 0; i < spec.Points; i++)
            {
                var date = last.AddMonths(-spec.Months * (spec.Points - 1 - i));
                var fromEnd = spec.Points - 1 - i;
                var drawn = spec.Level(date) + spec.Noise * Normal(random);
                var value = spec.Last is { } fixedValues && fromEnd < fixedValues.Length ? fixedValues[^(fromEnd + 1)] : drawn;
                yield return new MeasurePoint { SystemId = measure.SystemId, MeasureId = measure.Id, Date = date, Value = Math.Round(value, spec.Decimals) };
            }
            foreach (var (date, text) in spec.Notes ?? [])
                yield return new MeasureAnnotation { SystemId = measure.SystemId, MeasureId = measure.Id, Date = date, Text = text };
        }
    }

    /// <summary>A standard normal draw (Box–Muller), so the noise looks like measurement rather than dice.</summary>
    internal static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

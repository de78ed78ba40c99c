using System.Globalization;
using GoldenThread.Measures;
using GoldenThread.Programmes;

namespace GoldenThread.Development;

/// <summary>
/// A selected programme team as the learning set it becomes (issue 6 "selected teams become learning sets"): the set in
/// the team's system named as the team, its wicked issue, a member for each team member, and an SPC measure for each
/// named proposed measure, whose direction follows from the baseline and target (a target below the baseline means
/// lower is better) and whose definition keeps the baseline the team gave; and the sets a registration of individuals
/// proposed (issue 9), as <see cref="LearningSetFormer"/> grouped them.
/// </summary>
public static class LearningSetFormation
{
    public sealed record Formed(LearningSet Set, IReadOnlyList<LearningSetMember> Members, IReadOnlyList<Measure> Measures)
    {
        public IEnumerable<object> Rows => new object[] { Set }.Concat(Members).Concat(Measures);
    }

    /// <summary>
    /// The set <paramref name="application"/> becomes, formed on <paramref name="formedOn"/>. A member's register
    /// person is kept only when <paramref name="registerPeople"/> (the system's people) holds it, since an imported
    /// application may name anyone. Sets <see cref="TeamApplication.LearningSetId"/>.
    /// </summary>
    public static Formed Form(TeamApplication application, IReadOnlySet<Guid> registerPeople, DateOnly formedOn, DateTimeOffset now)
    {
        var content = application.Content;
        var set = new LearningSet
        {
            SystemId = application.SystemId,
            Name = Clip(Blank(content.TeamName) ? $"Team {application.Reference}" : content.TeamName.Trim(), LearningSet.NameLength),
            WickedIssueTitle = Text(content.WickedIssue.Title, LearningSet.NameLength),
            WickedIssueDescription = Text(content.WickedIssue.Description, LearningSet.TextLength),
            PriorityArea = Text(content.WickedIssue.PriorityArea, LearningSet.NameLength),
            RoundId = application.RoundId,
            ApplicationId = application.Id,
            FormedOn = formedOn,
            CreatedAt = now,
        };
        var members = content.Members.Select(m => new LearningSetMember
        {
            SystemId = application.SystemId,
            LearningSetId = set.Id,
            PersonId = m.PersonId is { } id && registerPeople.Contains(id) ? id : null,
            Name = Clip(Blank(m.Name) ? "Unnamed member" : m.Name.Trim(), LearningSet.NameLength),
            Organisation = Text(m.Organisation, LearningSet.NameLength),
            Sector = Text(m.Sector, 64),
            Seniority = Text(m.Seniority, 64),
            Function = Text(m.Function, LearningSet.NameLength),
        }).ToList();
        var measures = content.Measures.Where(m => !Blank(m.Name)).Select(m => MeasureOf(m, application.SystemId, set.Id, now)).ToList();
        application.LearningSetId = set.Id;
        return new Formed(set, members, measures);
    }

    /// <summary>
    /// The sets a registration's proposal becomes, formed on <paramref name="formedOn"/>: one for each proposed set
    /// number, named <paramref name="names"/>[number − 1], whose members are its registrants with the register's view the
    /// formation used and their <paramref name="people"/>'s names. Sets each placed registrant's
    /// <see cref="LearningSetRegistrant.LearningSetId"/> and moves the registration to formed.
    /// </summary>
    public static IReadOnlyList<Formed> Form(LearningSetRegistration registration, IReadOnlyList<LearningSetRegistrant> registrants,
        IReadOnlyDictionary<Guid, string> people, IReadOnlyList<string> names, DateOnly formedOn, DateTimeOffset now)
    {
        var formed = new List<Formed>();
        foreach (var group in registrants.Where(r => r.SetNumber is not null).GroupBy(r => r.SetNumber!.Value).OrderBy(g => g.Key))
        {
            var set = new LearningSet
            {
                SystemId = registration.SystemId, Name = Clip(names[group.Key - 1].Trim(), LearningSet.NameLength), RegistrationId = registration.Id,
                FormedOn = formedOn, CreatedAt = now,
            };
            var members = group.Select(r => new LearningSetMember
            {
                SystemId = registration.SystemId, LearningSetId = set.Id, PersonId = r.PersonId, Name = Clip(people[r.PersonId], LearningSet.NameLength),
                Organisation = Text(r.Organisation, LearningSet.NameLength), Sector = r.Sector, Seniority = r.Seniority,
            }).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
            foreach (var registrant in group) registrant.LearningSetId = set.Id;
            formed.Add(new Formed(set, members, []));
        }
        (registration.Status, registration.FormedAt) = (LearningSetRegistrationStatus.Formed, now);
        return formed;
    }

    /// <summary>"Spring 2027 learning sets: set 2", the name a proposed set has until the leadership team gives it another.</summary>
    public static string DefaultName(string registrationTitle, int number) =>
        Clip($"{registrationTitle.Trim()}: set {number}", LearningSet.NameLength);

    /// <summary>Lower is better when the team aims below its baseline, higher when above; neither when it gave no aim.</summary>
    public static ImprovementDirection DirectionOf(ProposedMeasure measure) => (measure.Baseline, measure.Target) switch
    {
        ({ } baseline, { } target) when target < baseline => ImprovementDirection.Decrease,
        ({ } baseline, { } target) when target > baseline => ImprovementDirection.Increase,
        _ => ImprovementDirection.Neutral,
    };

    /// <summary>"Baseline at application: 42 per month".</summary>
    public static string? BaselineOf(ProposedMeasure measure) =>
        measure.Baseline is { } baseline
            ? $"Baseline at application: {baseline.ToString("0.###", CultureInfo.InvariantCulture)}{(Blank(measure.Unit) ? "" : " " + measure.Unit.Trim())}"
            : null;

    private static Measure MeasureOf(ProposedMeasure proposed, Guid systemId, Guid setId, DateTimeOffset now) => new()
    {
        SystemId = systemId,
        LearningSetId = setId,
        Name = Clip(proposed.Name.Trim(), Measure.NameLength),
        Unit = Clip(proposed.Unit.Trim(), Measure.UnitLength),
        Definition = BaselineOf(proposed),
        Direction = DirectionOf(proposed),
        Target = proposed.Target,
        CreatedAt = now,
    };

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string? Text(string? text, int length) => Blank(text) ? null : Clip(text!.Trim(), length);

    /// <summary>An application allows longer text than some of the set's fields (a unit of 200 characters, not 64): cut, marked.</summary>
    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

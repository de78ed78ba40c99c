using GoldenThread.Measures;
using GoldenThread.Programmes;

namespace GoldenThread.Development;

public class LearningSetFormationTests
{
    private static readonly Guid SystemId = Guid.NewGuid();
    private static readonly DateOnly FormedOn = new(2026, 5, 15);
    private static readonly DateTimeOffset Now = new(2026, 5, 15, 9, 0, 0, TimeSpan.Zero);

    private static TeamApplication Application(ApplicationContent content) =>
        new() { SystemId = SystemId, RoundId = Guid.NewGuid(), Reference = "a7", State = ApplicationState.Submitted, Content = content };

    private static readonly Guid Registered = Guid.NewGuid();

    private static readonly ApplicationContent Content = new()
    {
        TeamName = "  Severnmouth Frailty Collaborative ",
        WickedIssue = new() { Title = "Falls at home", Description = "Older people fall at home and wait hours.", PriorityArea = "frailty" },
        Members =
        [
            new() { PersonId = Registered, Name = "Dr Ada Khan", Organisation = "Severnmouth GP Alliance", Sector = "nhs-primary-care", Seniority = "senior", Function = "clinical" },
            new() { PersonId = Guid.NewGuid(), Name = "Bea Lowe", Organisation = "Severnmouth City Council", Sector = "local-authority-unitary", Seniority = "middle", Function = "care" },
            new() { Name = "Cal Reyes", Organisation = "Vale Carers Alliance", Sector = "voluntary-community", Seniority = "middle", Function = "managerial" },
        ],
        Measures =
        [
            new() { Name = "Falls admissions", Baseline = 42, Target = 38, Unit = "per month" },
            new() { Name = "People with a falls plan", Baseline = 12.5, Target = 60, Unit = "%" },
            new() { Name = "Calls to the falls line", Baseline = 300, Target = 300, Unit = "calls" },
            new() { Name = "  ", Baseline = 1, Target = 2, Unit = "x" },
        ],
    };

    [Fact]
    public void Form_SelectedTeam_BecomesASetOfTheTeamsSystemWithItsWickedIssue()
    {
        var application = Application(Content);

        var formed = LearningSetFormation.Form(application, new HashSet<Guid> { Registered }, FormedOn, Now);

        var set = formed.Set;
        Assert.Equal(("Severnmouth Frailty Collaborative", "Falls at home", "frailty"), (set.Name, set.WickedIssueTitle, set.PriorityArea));
        Assert.Equal((SystemId, application.RoundId, application.Id, FormedOn), (set.SystemId, set.RoundId!.Value, set.ApplicationId!.Value, set.FormedOn));
        Assert.Equal(set.Id, application.LearningSetId);
    }

    [Fact]
    public void Form_Members_KeepTheirRegisterPersonOnlyWhenTheSystemHasThem()
    {
        var formed = LearningSetFormation.Form(Application(Content), new HashSet<Guid> { Registered }, FormedOn, Now);

        Assert.Equal(["Dr Ada Khan", "Bea Lowe", "Cal Reyes"], formed.Members.Select(m => m.Name));
        // Bea Lowe's person id is not one of the system's people (an imported file may say anything): she is kept by name.
        Assert.Equal([Registered, null, null], formed.Members.Select(m => m.PersonId));
        Assert.All(formed.Members, m => Assert.Equal((SystemId, formed.Set.Id), (m.SystemId, m.LearningSetId)));
        Assert.Equal(("Vale Carers Alliance", "voluntary-community", "middle", "managerial"),
            (formed.Members[2].Organisation, formed.Members[2].Sector, formed.Members[2].Seniority, formed.Members[2].Function));
    }

    [Fact]
    public void Form_Measures_TakeTheirDirectionFromBaselineAndTargetAndRecordTheBaseline()
    {
        var formed = LearningSetFormation.Form(Application(Content), new HashSet<Guid>(), FormedOn, Now);

        // The unnamed fourth measure cannot be an SPC measure, which needs a name.
        Assert.Equal(
            [
                ("Falls admissions", ImprovementDirection.Decrease, (double?)38, "per month", "Baseline at application: 42 per month"),
                ("People with a falls plan", ImprovementDirection.Increase, 60, "%", "Baseline at application: 12.5 %"),
                ("Calls to the falls line", ImprovementDirection.Neutral, 300, "calls", "Baseline at application: 300 calls"),
            ],
            formed.Measures.Select(m => (m.Name, m.Direction, m.Target, m.Unit, m.Definition)));
        Assert.All(formed.Measures, m => Assert.Equal((SystemId, (Guid?)formed.Set.Id), (m.SystemId, m.LearningSetId)));
    }

    [Fact]
    public void Form_NoTeamNameAndALongUnit_NamesTheSetByReferenceAndClipsTheUnit()
    {
        var unit = new string('u', 100);
        var content = Content with { TeamName = " ", Measures = [new() { Name = "M", Baseline = 5, Unit = unit }] };

        var formed = LearningSetFormation.Form(Application(content), new HashSet<Guid>(), FormedOn, Now);

        Assert.Equal("Team a7", formed.Set.Name);
        var measure = Assert.Single(formed.Measures);
        Assert.Equal(Measure.UnitLength, measure.Unit.Length);
        Assert.EndsWith("…", measure.Unit);
        Assert.Equal($"Baseline at application: 5 {unit}", measure.Definition);
        Assert.Null(measure.Target);
        Assert.Equal(ImprovementDirection.Neutral, measure.Direction);
    }

    [Fact]
    public void Form_ARegistrationsProposal_MakesASetForEachNumberWithItsRegistrantsAndLeavesTheUnplacedOut()
    {
        var registration = new LearningSetRegistration { SystemId = SystemId, Title = "Spring sets", ClosesOn = FormedOn, Status = LearningSetRegistrationStatus.Proposed };
        LearningSetRegistrant Registrant(string name, int? set) => new()
        {
            SystemId = SystemId, RegistrationId = registration.Id, PersonId = Guid.NewGuid(), Organisation = $"{name}'s trust", Sector = "nhs-acute",
            Profession = "medicine", Seniority = "senior", SetNumber = set,
        };
        var (ada, bea, cal, dev) = (Registrant("Ada", 2), Registrant("Bea", 1), Registrant("Cal", 2), Registrant("Dev", null));
        LearningSetRegistrant[] registrants = [ada, bea, cal, dev];
        var people = new Dictionary<Guid, string> { [ada.PersonId] = "Ada", [bea.PersonId] = "Bea", [cal.PersonId] = "Cal", [dev.PersonId] = "Dev" };

        var formed = LearningSetFormation.Form(registration, registrants, people, ["  Falls  ", "Frailty"], FormedOn, Now);

        Assert.Equal(["Falls", "Frailty"], formed.Select(f => f.Set.Name));
        Assert.All(formed, f => Assert.Equal((registration.Id, FormedOn, (Guid?)null), (f.Set.RegistrationId!.Value, f.Set.FormedOn, f.Set.RoundId)));
        Assert.Equal(["Bea"], formed[0].Members.Select(m => m.Name));
        Assert.Equal(["Ada", "Cal"], formed[1].Members.Select(m => m.Name));
        Assert.Equal((ada.PersonId, "Ada's trust", "nhs-acute", "senior"), (formed[1].Members[0].PersonId!.Value, formed[1].Members[0].Organisation, formed[1].Members[0].Sector, formed[1].Members[0].Seniority));
        Assert.Equal([formed[1].Set.Id, formed[0].Set.Id, formed[1].Set.Id, (Guid?)null], registrants.Select(r => r.LearningSetId));
        Assert.Equal((LearningSetRegistrationStatus.Formed, Now), (registration.Status, registration.FormedAt!.Value));
    }

    [Fact]
    public void DefaultName_IsTheRegistrationAndTheSetsNumber() =>
        Assert.Equal("Spring sets: set 3", LearningSetFormation.DefaultName(" Spring sets ", 3));
}

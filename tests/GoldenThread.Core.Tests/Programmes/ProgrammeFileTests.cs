using System.Text.Json;

namespace GoldenThread.Programmes;

public class ProgrammeFileTests
{
    private static IReadOnlyList<ProgrammeProblem> Problems(string json)
    {
        var reading = ProgrammeFile.Read(json);
        Assert.Null(reading.Settings);
        return reading.Problems;
    }

    [Fact]
    public void Read_TheReferencesExample_ReadsEverySetting()
    {
        var reading = ProgrammeFile.Read("""
            {"id": "2026-autumn", "minTeamSize": 7, "maxTeamsPerSystem": 4, "peoplePerSystem": 30.0,
             "minDaysPerMonth": 1.5,
             "systems": [{"code": "QXX", "priorityAreas": ["mental health", "care homes"]}, {"code": "QYY", "priorityAreas": ["frailty"]}]}
            """);

        Assert.Empty(reading.Problems);
        var settings = reading.Settings!;
        // 30.0 is the whole number 30, as writers that keep every number a double write it.
        Assert.Equal(("2026-autumn", 7, 4, 30, 1.5m), (settings.Id, settings.MinTeamSize, settings.MaxTeamsPerSystem, settings.PeoplePerSystem, settings.MinDaysPerMonth));
        Assert.Equal("""[{"Code":"QXX","PriorityAreas":["mental health","care homes"]},{"Code":"QYY","PriorityAreas":["frailty"]}]""",
            JsonSerializer.Serialize(settings.Systems));
    }

    [Fact]
    public void Read_OnlyIdAndSystems_TakesTheProgrammesDefaults()
    {
        var settings = ProgrammeFile.Read("""{"id": "r1", "minTeamSize": null, "systems": [{"code": "QXX", "priorityAreas": ["frailty"]}]}""").Settings!;

        Assert.Equal((6, 5, 40, 1m), (settings.MinTeamSize, settings.MaxTeamsPerSystem, settings.PeoplePerSystem, settings.MinDaysPerMonth));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "{\"id\": \"r1\",\n\"systems\": [", "$: is not valid JSON at line 2, position 13: " },
        { "[]", "$: must be the programme file (a JSON object), found []" },
        { """{"systems": []}""", "id: is required" },
        { """{"id": "r1"}""", "systems: is required" },
        { """{"id": "r1", "systems": {"QXX": ["frailty"]}}""", "systems: must be a list (a JSON array), found {\"QXX\": [\"frailty\"]}" },
        { """{"id": "r1", "systems": [], "maxTeams": 5}""", "maxTeams: is not a field of the programme file (id, minTeamSize, maxTeamsPerSystem, peoplePerSystem, minDaysPerMonth, systems)" },
        { """{"id": "r1", "systems": [], "minTeamSize": 6.5}""", "minTeamSize: must be a whole number, found 6.5" },
        { """{"id": "r1", "systems": [], "peoplePerSystem": "40"}""", "peoplePerSystem: must be a whole number, found \"40\"" },
        { """{"id": "r1", "systems": [], "minDaysPerMonth": "one"}""", "minDaysPerMonth: must be a number, found \"one\"" },
        { """{"id": "r1", "systems": ["QXX"]}""", "systems[0]: must be a system (a JSON object), found \"QXX\"" },
        { """{"id": "r1", "systems": [{"code": "QXX"}]}""", "systems[0].priorityAreas: is required" },
        { """{"id": "r1", "systems": [{"code": "QXX", "priorityAreas": ["frailty", 3]}]}""", "systems[0].priorityAreas[1]: must be text (a JSON string), found 3" },
        { """{"id": "r1", "systems": [{"code": "QXX", "priorityAreas": ["frailty"], "name": "Sussex"}]}""", "systems[0].name: is not a field of a system (code, priorityAreas)" },
        { """{"id": "r1", "systems": [], "minTeamSize": 1}""", "minTeamSize: Minimum team size must be between 2 and 100" },
        { """{"id": "r1", "systems": [{"code": "QXX", "priorityAreas": ["frailty"]}, {"code": "qxx", "priorityAreas": ["falls"]}]}""", "systems[1].code: qxx is listed twice" },
        { """{"id": "r1", "systems": [{"code": "QXX", "priorityAreas": []}]}""", "systems[0].priorityAreas: QXX has no priority areas" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_NamesTheJsonPathOfTheFirstProblem(string json, string expected)
    {
        Assert.StartsWith(expected, Problems(json)[0].ToString());
    }

    [Fact]
    public void Read_SeveralProblems_AreAllReported()
    {
        var problems = Problems("""{"id": 1, "minTeamSize": "six", "systems": [{"code": "QXX", "priorityAreas": "frailty"}]}""");

        Assert.Equal(["id", "minTeamSize", "systems[0].priorityAreas"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameSettings()
    {
        var settings = new ProgrammeSettings
        {
            Id = "2026-autumn", MinTeamSize = 7, MaxTeamsPerSystem = 3, PeoplePerSystem = 25, MinDaysPerMonth = 1.5m,
            Systems = [new("QXX", ["mental health", "care homes"]), new("QYY", ["frailty"])],
        };

        var read = ProgrammeFile.Read(ProgrammeFile.Write(settings)).Settings!;

        Assert.Equal(JsonSerializer.Serialize(settings), JsonSerializer.Serialize(read));
    }
}

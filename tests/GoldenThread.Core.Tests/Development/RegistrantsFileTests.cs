namespace GoldenThread.Development;

public class RegistrantsFileTests
{
    private const string TwoPeople = """
        {"registrants": [
          {"id": "r1", "name": "Asha Patel", "systemCode": "QXX", "organisationId": "o1", "sector": "nhs-acute",
           "profession": "medicine", "seniority": "senior"},
          {"id": "r2", "systemCode": "qyy", "organisationId": "o2", "sector": "voluntary-community", "profession": "social-work",
           "seniority": "early-career"}
        ]}
        """;

    private static IEnumerable<string> Problems(string json) => RegistrantsFile.Read(json).Problems.Select(p => p.ToString());

    [Fact]
    public void Read_ValidFile_KeepsEveryFieldWithTheSystemInCapitals()
    {
        var reading = RegistrantsFile.Read(TwoPeople);

        Assert.Empty(reading.Problems);
        Assert.Equal(
        [
            new Registrant("r1", "Asha Patel", "QXX", "o1", "nhs-acute", "medicine", "senior"),
            new Registrant("r2", null, "QYY", "o2", "voluntary-community", "social-work", "early-career"),
        ], reading.Registrants!);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameRegistrants()
    {
        var registrants = RegistrantsFile.Read(TwoPeople).Registrants!;

        var again = RegistrantsFile.Read(RegistrantsFile.Write(registrants));

        Assert.Empty(again.Problems);
        Assert.Equal(registrants, again.Registrants!);
    }

    [Theory]
    [InlineData("""{"registrants": [}""", "$: is not valid JSON at line 1, position 18")]
    [InlineData("""[]""", "$: must be the registrants file (a JSON object), found []")]
    [InlineData("""{}""", "registrants: is required")]
    [InlineData("""{"registrants": null}""", "registrants: is required")]
    [InlineData("""{"registrants": [], "round": 1}""", "round: is not a field of the registrants file (registrants)")]
    [InlineData("""{"registrants": [], "registrants": []}""", "registrants: is given twice")]
    [InlineData("""{"registrants": {}}""", "registrants: must be a list (a JSON array), found {}")]
    [InlineData("""{"registrants": [7]}""", "registrants[0]: must be a registrant (a JSON object), found 7")]
    public void Read_BadShape_SaysWhere(string json, string expected) =>
        Assert.StartsWith(expected, Assert.Single(Problems(json)));

    [Fact]
    public void Read_RegistrantLeavingOutRequiredFields_NamesEach()
    {
        Assert.Equal(
        [
            "registrants[0].id: is required", "registrants[0].systemCode: is required", "registrants[0].organisationId: is required",
            "registrants[0].sector: is required", "registrants[0].profession: is required", "registrants[0].seniority: is required",
        ], Problems("""{"registrants": [{"name": "A"}]}"""));
    }

    [Theory]
    [InlineData("\"sector\": \"nhs-acute\"", "\"sector\": \"acute\"", "registrants[0].sector: “acute” is not a sector code (")]
    [InlineData("\"profession\": \"social-work\"", "\"profession\": \"social worker\"", "registrants[1].profession: “social worker” is not a profession code (")]
    [InlineData("\"seniority\": \"senior\"", "\"seniority\": \"consultant\"", "registrants[0].seniority: “consultant” is not a seniority code (early-career, executive, middle, senior)")]
    [InlineData("\"id\": \"r2\"", "\"id\": \"r1\"", "registrants[1].id: “r1” is already the id of registrants[0]")]
    [InlineData("\"id\": \"r2\"", "\"id\": \"\"", "registrants[1].id: must not be empty")]
    [InlineData("\"systemCode\": \"qyy\"", "\"systemCode\": \"\"", "registrants[1].systemCode: must not be empty")]
    [InlineData("\"organisationId\": \"o2\"", "\"organisationId\": 2", "registrants[1].organisationId: must be text (a JSON string), found 2")]
    [InlineData("\"name\": \"Asha Patel\"", "\"name\": [\"Asha\"]", "registrants[0].name: must be text (a JSON string), found [\"Asha\"]")]
    [InlineData("\"id\": \"r1\"", "\"id\": \"r1\", \"grade\": 7", "registrants[0].grade: is not a field of a registrant (id, name, systemCode, ")]
    public void Read_BadRegistrant_NamesTheFieldAndReadsNothing(string replace, string with, string expected)
    {
        Assert.Contains(replace, TwoPeople);
        var reading = RegistrantsFile.Read(TwoPeople.Replace(replace, with));

        Assert.Null(reading.Registrants);
        Assert.StartsWith(expected, reading.Problems[0].ToString());
    }

    [Fact]
    public void Read_NoRegistrants_IsAnEmptyList() => Assert.Empty(RegistrantsFile.Read("""{"registrants": []}""").Registrants!);
}

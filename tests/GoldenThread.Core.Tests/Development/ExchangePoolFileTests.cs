namespace GoldenThread.Development;

public class ExchangePoolFileTests
{
    private const string TwoPeople = """
        {"participants": [
          {"id": "x1", "name": "Asha Patel", "profession": "medicine", "setting": "primary-care", "organisationId": "o1",
           "placeId": "p1", "availability": ["2026-12-09-pm", "2026-12-02-am"], "avoid": ["x2"]},
          {"id": "x2", "profession": "nursing", "setting": "acute", "organisationId": "o2", "availability": ["2026-12-02-am"]}
        ]}
        """;

    private static IEnumerable<string> Problems(string json) => ExchangePoolFile.Read(json).Problems.Select(p => p.ToString());

    [Fact]
    public void Read_ValidPool_KeepsEveryFieldAndTheOrderOfHalfDays()
    {
        var reading = ExchangePoolFile.Read(TwoPeople);

        Assert.Empty(reading.Problems);
        var (first, second) = (reading.Participants![0], reading.Participants[1]);
        Assert.Equal(("x1", "Asha Patel", "medicine", "primary-care", "o1", "p1"),
            (first.Id, first.Name, first.Profession, first.Setting, first.OrganisationId, first.PlaceId));
        Assert.Equal(["2026-12-09-pm", "2026-12-02-am"], first.Availability.Select(s => s.ToString()));
        Assert.Equal(["x2"], first.Avoid);
        Assert.Equal(("", null), (second.Name, second.PlaceId));
        Assert.Empty(second.Avoid);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameParticipants()
    {
        var participants = ExchangePoolFile.Read(TwoPeople).Participants!;

        var again = ExchangePoolFile.Read(ExchangePoolFile.Write(participants));

        Assert.Empty(again.Problems);
        Assert.Equal(participants.Select(Flat), again.Participants!.Select(Flat));
        static string Flat(ExchangeParticipant p) =>
            $"{p.Id}|{p.Name}|{p.Profession}|{p.Setting}|{p.OrganisationId}|{p.PlaceId}|{string.Join(",", p.Availability)}|{string.Join(",", p.Avoid)}";
    }

    [Theory]
    [InlineData("""{"participants": [}""", "$: is not valid JSON at line 1, position 19")]
    [InlineData("""[]""", "$: must be the pool file (a JSON object), found []")]
    [InlineData("""{}""", "participants: is required")]
    [InlineData("""{"participants": [], "round": 1}""", "round: is not a field of the pool file (participants)")]
    [InlineData("""{"participants": {}}""", "participants: must be a list (a JSON array), found {}")]
    public void Read_BadShape_SaysWhere(string json, string expected) =>
        Assert.StartsWith(expected, Assert.Single(Problems(json)));

    [Fact]
    public void Read_ParticipantLeavingOutRequiredFields_NamesEach()
    {
        Assert.Equal(
        [
            "participants[0].id: is required", "participants[0].profession: is required", "participants[0].setting: is required",
            "participants[0].organisationId: is required", "participants[0].availability: is required",
        ], Problems("""{"participants": [{"name": "A"}]}"""));
    }

    [Theory]
    [InlineData("\"setting\": \"acute\"", "\"setting\": \"hospital\"", "participants[1].setting: “hospital” is not a setting code (")]
    [InlineData("\"profession\": \"nursing\"", "\"profession\": \"nurse\"", "participants[1].profession: “nurse” is not a profession code (")]
    [InlineData("[\"2026-12-02-am\"]}", "[\"2026-12-02-am\", \"2026-02-30-pm\"]}", "participants[1].availability[1]: “2026-02-30-pm” is not a half-day written yyyy-mm-dd-am or yyyy-mm-dd-pm")]
    [InlineData("[\"2026-12-02-am\"]}", "[\"2026-12-02-AM\"]}", "participants[1].availability[0]: “2026-12-02-AM” is not a half-day")]
    [InlineData("[\"2026-12-02-am\"]}", "[\"2026-12-02-am\", \"2026-12-02-am\"]}", "participants[1].availability[1]: 2026-12-02-am is listed twice")]
    [InlineData("[\"2026-12-02-am\"]}", "[\"2026-12-02-am\", 7]}", "participants[1].availability[1]: must be text (a JSON string), found 7")]
    [InlineData("\"id\": \"x2\"", "\"id\": \"x1\"", "participants[1].id: “x1” is already the id of participants[0]")]
    [InlineData("\"id\": \"x2\"", "\"id\": \"\"", "participants[1].id: must not be empty")]
    [InlineData("\"organisationId\": \"o2\"", "\"organisationId\": 2", "participants[1].organisationId: must be text (a JSON string), found 2")]
    [InlineData("\"avoid\": [\"x2\"]", "\"avoid\": [\"x3\"]", "participants[0].avoid[0]: “x3” is not the id of anyone in the pool")]
    [InlineData("\"avoid\": [\"x2\"]", "\"avoid\": [\"x1\"]", "participants[0].avoid[0]: names the participant themselves")]
    [InlineData("\"placeId\": \"p1\"", "\"placeId\": \"p1\", \"grade\": 7", "participants[0].grade: is not a field of a participant (")]
    public void Read_BadParticipant_NamesTheFieldAndReadsNothing(string replace, string with, string expected)
    {
        Assert.Contains(replace, TwoPeople);
        var reading = ExchangePoolFile.Read(TwoPeople.Replace(replace, with));

        Assert.Null(reading.Participants);
        Assert.StartsWith(expected, reading.Problems[0].ToString());
    }

    [Fact]
    public void Read_EmptyPool_IsAPoolOfNobody() => Assert.Empty(ExchangePoolFile.Read("""{"participants": []}""").Participants!);
}

public class ExchangeSlotTests
{
    [Theory]
    [InlineData("2026-12-02-am", 2026, 12, 2, false)]
    [InlineData("2028-02-29-pm", 2028, 2, 29, true)]
    public void Parse_HalfDay_ReadsDateAndHalf(string text, int year, int month, int day, bool afternoon)
    {
        Assert.Equal(new ExchangeSlot(new DateOnly(year, month, day), afternoon), ExchangeSlot.Parse(text));
        Assert.Equal(text, ExchangeSlot.Parse(text).ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-12-02")]
    [InlineData("2026-12-02-eve")]
    [InlineData("2026-12-02 am")]
    [InlineData("2027-02-29-am")]
    [InlineData("02-12-2026-am")]
    [InlineData("2026-12-02-am ")]
    public void Parse_NotAHalfDay_IsNull(string? text) => Assert.Null(ExchangeSlot.Parse(text));

    [Fact]
    public void Order_IsByDateThenMorningFirst_AsTheTextSorts()
    {
        string[] texts = ["2026-12-02-pm", "2026-11-30-pm", "2026-12-02-am", "2027-01-01-am"];

        var ordered = texts.Select(t => ExchangeSlot.Parse(t)!.Value).Order().Select(s => s.ToString());

        Assert.Equal(texts.Order(StringComparer.Ordinal), ordered);
    }

    [Fact]
    public void Describe_ReadsAsAPageWouldSayIt() =>
        Assert.Equal("Wednesday 2 December 2026, afternoon", ExchangeSlot.Parse("2026-12-02-pm")!.Value.Describe());
}

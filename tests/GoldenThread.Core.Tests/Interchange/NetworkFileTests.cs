using GoldenThread.Network;

namespace GoldenThread.Interchange;

public class NetworkFileTests
{
    private static NetworkFile.Reading Read(string json) => NetworkFile.Read(json, Vocabularies.Default);

    private static string Minimal(string people = "[]", string extra = "") => $$"""
        {"schema":"goldenthread/network/v1",
         "system":{"code":"QAA","name":"NHS Test ICB","region":"North West","population":500000,"priorityAreas":[]},
         "places":[],"neighbourhoods":[],"organisations":[],"people":{{people}},"bodies":[],"memberships":[],"posts":[]{{extra}}}
        """;

    [Fact]
    public void Read_DemoNetworkAsWritten_GivesTheSameDocumentBack()
    {
        var demo = DemoNetwork.Build();

        var reading = Read(NetworkFile.Write(demo));

        Assert.Empty(reading.Errors);
        Assert.Equal(NetworkFile.Write(demo), NetworkFile.Write(reading.Document!));
    }

    [Fact]
    public void Read_MinimalFile_IsValid() => Assert.Empty(Read(Minimal()).Errors);

    [Fact]
    public void Read_WrongKindOfValue_NamesThePathAndLine()
    {
        var reading = Read(Minimal("""[{"id":"u1","name":"A","profession":"nursing","specialty":null,"setting":"acute","organisationId":null,"seniority":"senior","fte":"most","lay":false}]"""));

        var error = Assert.Single(reading.Errors);
        Assert.Equal("$.people[0].fte", error.Path);
        Assert.StartsWith("has a value of the wrong kind (line ", error.Message);
        Assert.Null(reading.Document);
    }

    [Fact]
    public void Read_MissingRequiredField_NamesTheRecord()
    {
        var reading = Read(Minimal("""[{"id":"u1","profession":"nursing","specialty":null,"setting":"acute","organisationId":null,"seniority":"senior","fte":1,"lay":false}]"""));

        var error = Assert.Single(reading.Errors);
        Assert.StartsWith("$.people[0]", error.Path);
        Assert.Contains("name", error.Message);
    }

    [Fact]
    public void Read_UnknownField_IsNamed()
    {
        var error = Assert.Single(Read(Minimal(extra: ""","secretPlans":[]""")).Errors);

        Assert.Equal("$.secretPlans", error.Path);
        Assert.StartsWith("is not a field of the network file", error.Message);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("")]
    public void Read_Malformed_IsOneErrorNotAnException(string json)
    {
        var reading = Read(json);

        Assert.Single(reading.Errors);
        Assert.Null(reading.Document);
    }

    [Fact]
    public void Read_ValidJsonInvalidNetwork_ReportsTheValidatorsErrors()
    {
        var error = Assert.Single(Read(Minimal().Replace("\"QAA\"", "\"qaa\"")).Errors);

        Assert.Equal("$.system.code", error.Path);
    }
}

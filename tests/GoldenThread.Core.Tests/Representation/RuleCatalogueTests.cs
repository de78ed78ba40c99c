using GoldenThread.Network;

namespace GoldenThread.Representation;

public class RuleCatalogueTests
{
    public static string DefaultJson()
    {
        using var reader = new StreamReader(ReferenceData.Open("representation-rules.json"));
        return reader.ReadToEnd();
    }

    [Fact]
    public void Default_HasEveryRuleOnceInTheReferenceOrder()
    {
        Assert.Equal(RepresentationEngine.Rules.Select(r => r.Id), RuleCatalogue.Default.Rules.Select(r => r.Id));
        Assert.Equal(21, RuleCatalogue.Default.Rules.Count);
        Assert.All(RuleCatalogue.Default.Rules, r => Assert.True(r.Enabled));
        Assert.Equal(["R-LOCAL-AUTHORITY-EQUIVALENCE", "R-FORUM-CROSS-SECTOR", "R-DECISION-RIGHTS-DECLARED", "R-FEEDS-INTO", "R-TOP-TABLE-TENURE",
            "R-LEADERSHIP-TIME-FUNDED", "R-SUCCESSION"], RuleCatalogue.Default.Rules.Where(r => r.Severity == Severity.Warning).Select(r => r.Id));
    }

    [Fact]
    public void Parse_ParameterLeftOut_TakesTheRulesDefault()
    {
        var (catalogue, errors) = RuleCatalogue.Parse(DefaultJson().Replace("\"parameters\": {\"years\": 6}", "\"parameters\": {}"));

        Assert.Empty(errors);
        Assert.Equal(6, catalogue!.Find("R-TOP-TABLE-TENURE")!.Parameters.Number("years"));
    }

    [Theory]
    [InlineData("\"id\": \"R-SUCCESSION\"", "\"id\": \"R-NOPE\"", "rules[20].id: R-NOPE is not a rule GoldenThread knows")]
    [InlineData("\"id\": \"R-SUCCESSION\", \"severity\": \"warning\"", "\"id\": \"R-SUCCESSION\", \"severity\": \"urgent\"", "rules[20].severity: must be gap or warning")]
    [InlineData("{\"years\": 6}", "{\"years\": 0}", "rules[18].parameters.years: must be a whole number from 1 to 100")]
    [InlineData("{\"years\": 6}", "{\"years\": \"six\"}", "rules[18].parameters.years: must be a whole number from 1 to 100")]
    [InlineData("{\"years\": 6}", "{\"months\": 6}", "rules[18].parameters.months: R-TOP-TABLE-TENURE has no parameter months")]
    [InlineData("{\"kinds\": [\"icb-board\", \"icp\"]}", "{\"kinds\": [\"icb-board\", \"parish\"]}", "rules[4].parameters.kinds: parish is not a body kind")]
    [InlineData("\"topic\": \"mental health\"", "\"topic\": \" \"", "rules[9].parameters.topic: must be some words")]
    [InlineData("\"enabled\": true,\n     \"title\": \"Successors", "\"enabled\": \"yes\",\n     \"title\": \"Successors", "rules[20].enabled: must be true or false")]
    public void Parse_BadValue_NamesTheJsonPath(string find, string replace, string error)
    {
        var json = DefaultJson();
        Assert.Contains(find, json);

        var (catalogue, errors) = RuleCatalogue.Parse(json.Replace(find, replace));

        Assert.Null(catalogue);
        Assert.Equal([error], errors);
    }

    [Fact]
    public void Parse_RuleListedTwice_IsRefused()
    {
        var json = DefaultJson().Replace("\"id\": \"R-SUCCESSION\"", "\"id\": \"R-TRIUMVIRATE\"");

        Assert.Equal(["rules[20].id: R-TRIUMVIRATE is listed twice"], RuleCatalogue.Parse(json).Errors);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"topLevelKinds\": [\"icb-board\"]}")]
    public void Parse_NotACatalogue_SaysWhy(string json)
    {
        var (catalogue, errors) = RuleCatalogue.Parse(json);

        Assert.Null(catalogue);
        Assert.Single(errors);
    }
}

using System.Text.Json.Nodes;

namespace GoldenThread.Cli;

/// <summary>
/// One corruption of each kind DESIGN.md names for a network file, made in a valid file that has at least two people,
/// two memberships and a body "b2" that feeds into the first body.
/// </summary>
internal static class NetworkCorruption
{
    public static string Apply(string json, string corruption)
    {
        if (corruption == "malformed JSON") return json.Replace("\"people\": [", "\"people\": [,");
        var file = JsonNode.Parse(json)!;
        switch (corruption)
        {
            case "unknown profession": file["people"]![0]!["profession"] = "wizardry"; break;
            case "unknown profession with a line break": file["people"]![0]!["profession"] = "wizardry\nand more"; break;
            case "dangling body": file["memberships"]![1]!["bodyId"] = "b99"; break;
            case "duplicate id": file["people"]![1]!["id"] = file["people"]![0]!["id"]!.GetValue<string>(); break;
            case "feeds-into cycle": file["bodies"]![0]!["feedsInto"] = new JsonArray("b2"); break;
            case "end before start": file["memberships"]![0]!["end"] = "2001-01-01"; break;
            default: throw new ArgumentOutOfRangeException(nameof(corruption), corruption, "not a corruption this helper makes");
        }
        return file.ToJsonString();
    }
}

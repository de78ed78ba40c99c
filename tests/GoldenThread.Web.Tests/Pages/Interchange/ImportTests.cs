using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Interchange;

public class ImportTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Import = "/systems/QAA/network/import";

    private static string Tiny(Func<NetworkDocument, NetworkDocument>? edit = null)
    {
        var tiny = TinyNetwork.Document("QAA", "NHS Other Vale ICB");
        return NetworkFile.Write((edit ?? (d => d))(tiny));
    }

    private static NetworkDocument WithFte(NetworkDocument d, decimal fte) =>
        d with { People = [.. d.People.Select(p => p with { Fte = fte })] };

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string json, string name = "qaa.json")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await GoldenThreadApp.AntiforgeryToken(client, Import)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "Upload", name);
        return await client.PostAsync(Import, form);
    }

    private static async Task<HttpResponseMessage> Confirm(HttpClient client, string preview, string? fingerprint = null)
    {
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(preview));
        return await client.PostAsync(preview, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Fingerprint"] = fingerprint ?? page.QuerySelector("input[name=Fingerprint]")!.GetAttribute("value")!,
        }));
    }

    [Fact]
    public async Task UploadPreviewConfirm_ChangedFte_ShowsTheChangeThenImportsIt()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var current = NetworkFile.Read(await client.GetStringAsync("/systems/QAA/network?handler=File"), Vocabularies.Default).Document!;
        var uploaded = await Upload(client, NetworkFile.Write(WithFte(current, 0.4m)));
        var preview = uploaded.Headers.Location!.OriginalString;
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(preview));
        var people = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "People");
        var before = await client.GetStringAsync("/systems/QAA/network?handler=File");
        var confirmed = await Confirm(client, preview);
        var done = GoldenThreadApp.Parse(await client.GetStringAsync(preview));
        var after = await client.GetStringAsync("/systems/QAA/network?handler=File");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal(["People", "0", current.People.Count.ToString(), "0", "0"], people.Children.Select(c => c.TextContent.Trim()));
        Assert.Contains("Ada Brook (fte)", page.QuerySelector("details")!.TextContent);
        Assert.DoesNotContain("\"fte\": 0.4", before);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Network imported", done.QuerySelector("h1")!.TextContent);
        Assert.Contains($"0 added, {current.People.Count} changed, 0 removed", done.QuerySelector(".nhsuk-panel")!.TextContent);
        Assert.Contains("\"fte\": 0.4", after);
        Assert.Contains("qaa.json", await client.GetStringAsync("/systems/QAA/network"));
    }

    [Fact]
    public async Task Upload_FileWithProblems_ListsEachByPathInTheErrorSummaryAndTable()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var broken = Tiny().Replace("\"bodyId\": \"b2\"", "\"bodyId\": \"b9\"").Replace("\"profession\": \"nursing\"", "\"profession\": \"wizardry\"");

        var response = await Upload(client, broken);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal("The selected file has 2 problems, listed below the upload", page.QuerySelector(".nhsuk-error-summary__list a")!.TextContent);
        Assert.Equal("#upload", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(["$.people[0].profession", "$.memberships[1].bodyId"], page.QuerySelectorAll("#problems tbody code").Select(c => c.TextContent));
    }

    [Theory]
    [InlineData("", "Select a network file")]
    [InlineData("not json at all", "The selected file has a problem: $: is not valid JSON (line 1)")]
    public async Task Upload_EmptyOrNotJson_SaysWhatIsWrong(string content, string message)
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await (await Upload(client, content)).Content.ReadAsStringAsync());

        Assert.Equal(message, page.QuerySelector("#upload-error")!.TextContent.Replace("Error: ", "").Trim());
    }

    [Fact]
    public async Task Upload_AnotherSystemsFile_IsRefused()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await (await Upload(client, NetworkFile.Write(DemoNetwork.Build()))).Content.ReadAsStringAsync());

        Assert.Contains("is the network of QXV, not QAA", page.QuerySelector("#upload-error")!.TextContent);
    }

    [Fact]
    public async Task Confirm_NetworkChangedSincePreview_ImportsNothingAndShowsTheNewPreview()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var preview = (await Upload(client, Tiny(d => WithFte(d, 0.3m)))).Headers.Location!.OriginalString;
        var before = await client.GetStringAsync("/systems/QAA/network?handler=File");

        var response = await Confirm(client, preview, fingerprint: "0000");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The network changed after this preview was made", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(before, await client.GetStringAsync("/systems/QAA/network?handler=File"));
    }

    [Fact]
    public async Task Confirm_Twice_ImportsOnce()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var current = NetworkFile.Read(await client.GetStringAsync("/systems/QAA/network?handler=File"), Vocabularies.Default).Document!;
        var preview = (await Upload(client, NetworkFile.Write(current with
            { People = [.. current.People, new PersonRecord("u-twice", "Tess Twice", "nursing", null, "community", null, "senior", 1m, false)] }))).Headers.Location!.OriginalString;
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(preview));
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Fingerprint"] = page.QuerySelector("input[name=Fingerprint]")!.GetAttribute("value")!,
        };

        var first = await client.PostAsync(preview, new FormUrlEncodedContent(form));
        var second = await client.PostAsync(preview, new FormUrlEncodedContent(form));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(1, await app.Query(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.People, p => p.Name == "Tess Twice")));
    }

    [Fact]
    public async Task Preview_OfAnotherSystemsUpload_IsNotFound()
    {
        using var owner = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var preview = (await Upload(owner, Tiny())).Headers.Location!.OriginalString;
        using var stranger = await app.ClientFor("leader@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(preview)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(preview.Replace("/QAA/", "/QXV/"))).StatusCode);
    }

    [Fact]
    public async Task PeopleCsv_NameThatLooksLikeAFormula_IsEscaped()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var preview = (await Upload(client, Tiny(d => d with { People = [.. d.People, new PersonRecord("u3", "=HYPERLINK(\"http://x\")", "nursing", null, "community", null, "senior", 1m, false)] }))).Headers.Location!.OriginalString;
        await Confirm(client, preview);

        var csv = await client.GetStringAsync("/systems/QAA/network?handler=People");

        Assert.StartsWith("id,name,email,profession,specialty,setting,organisation,seniority,fte,lay", csv);
        Assert.DoesNotContain("\n=", csv.Replace("\r", ""));
        Assert.DoesNotContain(",=", csv);
        Assert.Contains("HYPERLINK", csv);
    }
}

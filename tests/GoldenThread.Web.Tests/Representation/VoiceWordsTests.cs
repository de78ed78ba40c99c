using GoldenThread.Interchange;
using GoldenThread.Representation;

namespace GoldenThread.Web.Representation;

public class VoiceWordsTests
{
    private static BodyRecord Body(string id) =>
        new(id, $"Body {id}", "collaborative", "system", null, null, id == "e" ? "endorses" : "advisory", []);

    private static string Read(Standing standing) =>
        VoiceWords.Headline(standing) + string.Concat(VoiceWords.Detail(standing, Body).Select(p => p.Text));

    [Fact]
    public void Detail_FiveDecidingSeats_NamesThreeAndCountsTheRest() =>
        Assert.Equal("Decides — on Body a, Body b, Body c and 2 more",
            Read(new Standing(Voice.Decides, ["a", "b", "c", "d", "e"], ["a"])));

    [Fact]
    public void Detail_FourDecidingSeats_NamesThemAll() =>
        Assert.Equal("Decides — on Body a, Body b, Body c and Body d",
            Read(new Standing(Voice.Decides, ["a", "b", "c", "d"], ["a"])));

    [Fact]
    public void Detail_RouteOfFourSteps_NamesEveryBodyOnIt() =>
        Assert.Equal("Reaches a deciding body in 4 steps (from Body a through Body b, Body c and Body d to Body z)",
            Read(new Standing(Voice.Reaches, ["a"], ["a", "b", "c", "d", "z"])));

    [Fact]
    public void Detail_AdvisingOnly_SaysEachBodysRights() =>
        Assert.Equal("Advises only — on Body a (advisory) and Body e (endorses)",
            Read(new Standing(Voice.AdvisesOnly, ["a", "e"], [])));

    [Fact]
    public void Detail_NoVoice_SaysThereIsNoMember()
    {
        Assert.Equal("No voice — no current member on any body", Read(Standing.Nowhere));
        Assert.DoesNotContain(VoiceWords.Detail(Standing.Nowhere, Body), p => p.BodyId is not null);
    }

    [Fact]
    public void Sentence_NoneDecide_SaysSoAndNamesTheFewOthers()
    {
        var rows = new List<(string, Standing)>
        {
            ("Dentistry", new Standing(Voice.Reaches, ["a"], ["a", "z"])),
            ("Optometry", new Standing(Voice.AdvisesOnly, ["a"], [])),
            ("Psychology", new Standing(Voice.AdvisesOnly, ["a"], [])),
        };

        Assert.Equal("of the 3 professions, none sits on a body that decides, 1 reaches a deciding body only through what its bodies feed into "
                     + "(Dentistry) and 2 only advise (Optometry and Psychology).", VoiceWords.Sentence("professions", rows));
    }

    [Fact]
    public void Sentence_AllDecide_SaysAll() =>
        Assert.Equal("of the 2 sectors, all sit on a body that decides.", VoiceWords.Sentence("sectors",
            [("NHS acute", new Standing(Voice.Decides, ["a"], ["a"])), ("Housing", new Standing(Voice.Decides, ["b"], ["b"]))]));
}

using System.Text.RegularExpressions;
using GoldenThread.Diversity;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Testing;
using GoldenThread.Web.Diversity;

namespace GoldenThread.Web.Frameworks;

public partial class CriterionEvidenceTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static readonly DateOnly Today = UkDate.Today(TimeProvider.System);

    private Task<CriterionEvidence.Facts?> Read(string? key, string code = DemoNetwork.SystemCode) =>
        app.Query(db => CriterionEvidence.ReadAsync(db, code, key, Today, CancellationToken.None));

    [Fact]
    public async Task ReadAsync_ProtectedTime_CountsTheDemoClinicalSeatsAndHeldPostsWithFundedTime()
    {
        // Worked from the demo network file directly: current clinical seats on bodies active today, and held posts.
        var demo = DemoNetwork.Build();
        var active = demo.Bodies.Where(b => (b.ActiveFrom is null || b.ActiveFrom <= Today) && (b.ActiveTo is null || b.ActiveTo >= Today))
            .Select(b => b.Id).ToHashSet();
        var seats = demo.Memberships.Where(m => m.Capacity == "clinical" && active.Contains(m.BodyId) && m.Start <= Today && (m.End is null || m.End >= Today)).ToList();
        var fundedSeats = seats.Count(m => m.HoursPerMonth > 0 && m.FundedByOrganisationId is not null);
        var held = demo.Posts.Where(p => p.HolderPersonId is not null && (p.HolderSince is null || p.HolderSince <= Today)).ToList();
        var fundedPosts = held.Count(p => p.SessionsPerWeek > 0 && p.FundedByOrganisationId is not null);

        var facts = await Read(RegisterEvidence.ProtectedTime);

        Assert.NotNull(facts);
        Assert.True(fundedSeats < seats.Count, "the demo's neighbourhood nurses sit unfunded");
        Assert.StartsWith($"{fundedSeats} of {seats.Count} ({Math.Round(100m * fundedSeats / seats.Count, MidpointRounding.AwayFromZero)}%)", facts.Lines[0]);
        Assert.StartsWith($"{fundedPosts} of {held.Count} (", facts.Lines[1]);
        Assert.Equal($"/systems/{DemoNetwork.SystemCode}/representation?rule=R-LEADERSHIP-TIME-FUNDED", facts.Link);
        Assert.Equal(Today, facts.AsOf);
    }

    [Fact]
    public async Task ReadAsync_OpenAdvertisingAndPosts_CountTheDemoPosts()
    {
        var posts = DemoNetwork.Build().Posts;
        var advertised = posts.Count(p => p.OpenlyAdvertised);

        var advertising = await Read(RegisterEvidence.OpenAdvertising);
        var holders = await Read(RegisterEvidence.Posts);

        Assert.StartsWith($"{advertised} of {posts.Count} (", advertising!.Lines[0]);
        Assert.Equal($"{posts.Count - advertised} posts filled without open advertising.", advertising.Lines[1]);
        Assert.StartsWith($"{posts.Count} leadership posts: {posts.Count(p => p.HolderPersonId is not null)} with a holder", holders!.Lines[0]);
    }

    [Fact]
    public async Task ReadAsync_ProfessionsVoice_QuotesTheProfessionFindingsOfTheDemo()
    {
        var facts = await Read(RegisterEvidence.ProfessionsVoice);

        Assert.Matches(@"^The representation rules about professions find \d+ gaps? and \d+ warnings?\.$", facts!.Lines[0]);
        Assert.Contains(facts.Lines, l => l.Contains("clinical and care professions have a current member on a system-level body", StringComparison.Ordinal));
        Assert.True(facts.Lines.Count <= 2 + CriterionEvidence.MessagesShown + 1);
    }

    [Theory]
    [InlineData(RegisterEvidence.LevelsVoice, "System level: ")]
    [InlineData(RegisterEvidence.SectorsVoice, "NHS ")]
    [InlineData(RegisterEvidence.LayVoice, "In current seats: ")]
    [InlineData(RegisterEvidence.Succession, "")]
    [InlineData(RegisterEvidence.LearningSets, "")]
    public async Task ReadAsync_EveryOtherKey_HasFactsAboutTheDemo(string key, string someLineStarts)
    {
        var facts = await Read(key);

        Assert.NotNull(facts);
        Assert.NotEmpty(facts.Title);
        Assert.Contains(facts.Lines, l => l.StartsWith(someLineStarts, StringComparison.Ordinal) && l.Length > someLineStarts.Length);
        Assert.StartsWith($"/systems/{DemoNetwork.SystemCode}/", facts.Link);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("staff-survey")]
    public async Task ReadAsync_NoOrUnknownKey_IsNull(string? key) => Assert.Null(await Read(key));

    [Fact]
    public async Task ReadAsync_SystemNotThere_IsNull() => Assert.Null(await Read(RegisterEvidence.Posts, "ZZZ"));

    [Fact]
    public async Task ReadAsync_LeaderDiversity_ShowsNoCountOfPeopleBelowTheThreshold()
    {
        var facts = await Read(RegisterEvidence.LeaderDiversity);

        var threshold = DiversityVocabulary.Default.SuppressionThreshold;
        var counts = facts!.Lines.Skip(1).SelectMany(l => GroupCount().Matches(l)).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, n => Assert.True(n >= threshold && n % DiversityVocabulary.Default.RoundTo == 0, $"{n} shown"));
        Assert.Contains(facts.Lines, l => l.Contains($"fewer than {threshold}", StringComparison.Ordinal));
    }

    [Fact]
    public void DiversityLines_GroupOfThree_IsWithheldAndOthersRounded()
    {
        // 23 respondents: 20 female (shown as 20), 3 male (withheld); 23 rounds to 25.
        var records = Enumerable.Range(0, 23).Select(i => new DiversityRecord { Sex = i < 20 ? "female" : "male" }).ToList();
        var report = new DiversityReport.Report(DiversityReport.Find("members")!, 40, DiversityAggregates.Summarise(records, DiversityVocabulary.Default));

        var lines = CriterionEvidence.DiversityLines(report);

        Assert.Equal("40 current members of any body; 25 gave diversity information.", lines[0]);
        var sex = Assert.Single(lines, l => l.StartsWith("Sex", StringComparison.Ordinal));
        Assert.Contains("Female 20", sex);
        Assert.Contains("Male fewer than 10", sex);
        Assert.DoesNotContain(" 3", sex);
    }

    [Fact]
    public void DiversityLines_FewRespondents_ShowsNoGroupsAtAll()
    {
        var records = Enumerable.Range(0, 4).Select(_ => new DiversityRecord { Sex = "female", Ethnicity = "A" }).ToList();
        var report = new DiversityReport.Report(DiversityReport.Find("members")!, 40, DiversityAggregates.Summarise(records, DiversityVocabulary.Default));

        var line = Assert.Single(CriterionEvidence.DiversityLines(report));

        Assert.Contains("not enough answers to show", line);
        Assert.DoesNotContain("4", line.Replace("40 current", "", StringComparison.Ordinal));
    }

    /// <summary>A group's count as a line shows it: "White 25", after a colon or semicolon.</summary>
    [GeneratedRegex(@"(?:: |; )[^;:]*?(\d+)(?=;|\.$)")]
    private static partial Regex GroupCount();
}

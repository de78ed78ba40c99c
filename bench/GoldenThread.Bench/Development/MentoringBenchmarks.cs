using BenchmarkDotNet.Attributes;
using GoldenThread.Development;

namespace GoldenThread.Bench.Development;

/// <summary>
/// <see cref="MentoringMatcher.Match"/> on the pool: 1,000 mentees and 200 mentors of capacity 1 to 5 (about
/// 600 places) from one generated system, so about 200,000 pairs to score and a flow over 1,200 people.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class MentoringBenchmarks
{
    private Mentor[] mentors = null!;
    private Mentee[] mentees = null!;

    [GlobalSetup]
    public void Setup() => (mentors, mentees) = DevelopmentPools.Mentoring(1_000, 200, 9);

    [Benchmark]
    public MentoringResult Mentees1000Mentors200() => MentoringMatcher.Default.Match(mentors, mentees);

    /// <summary>What the pool gives, for the record beside the timing.</summary>
    [GlobalCleanup]
    public void Describe()
    {
        var result = MentoringMatcher.Default.Match(mentors, mentees);
        Console.WriteLine($"// mentoring: {mentors.Sum(m => m.Capacity)} places, {result.Pairs.Count} pairs, total {result.TotalScore}, "
            + $"{result.Unmatched.Count} unmatched");
    }
}

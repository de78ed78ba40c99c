using BenchmarkDotNet.Attributes;
using GoldenThread.Development;

namespace GoldenThread.Bench.Development;

/// <summary>
/// The figure: pairing a workplace exchange pool of 2,000 (and 200 and 1,000 beside it) from
/// <see cref="ExchangePoolGenerator"/> (seed 1): deciding and scoring every pair, the maximum-weight matching and the
/// visits; and reading the pool as a POOL.json file, which the command does first.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class ExchangeBenchmarks
{
    private IReadOnlyList<ExchangeParticipant> pool = null!;
    private string file = null!;

    [Params(200, 1_000, 2_000)]
    public int Participants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        pool = ExchangePoolGenerator.Generate(Participants, 1);
        file = ExchangePoolFile.Write(pool);
    }

    [Benchmark]
    public int Pair() => ExchangeMatcher.Default.Match(pool).TotalScore;

    [Benchmark]
    public int ReadFile() => ExchangePoolFile.Read(file).Participants!.Count;
}

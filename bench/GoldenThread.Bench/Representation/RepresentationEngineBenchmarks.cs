using BenchmarkDotNet.Attributes;
using GoldenThread.Interchange;
using GoldenThread.Representation;

namespace GoldenThread.Bench.Representation;

/// <summary>
/// The representation engine over generated networks: one 5,000-person system, and the whole nation (42 systems of
/// 5,000 people) one system after another. Each evaluation indexes the file's network, runs every rule and finds
/// candidates for every gap, as the CLI and the report page do.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class RepresentationEngineBenchmarks
{
    private static readonly DateOnly On = new(2026, 11, 24);
    private NetworkDocument system = null!;
    private NetworkDocument[] nation = null!;

    [GlobalSetup]
    public void Setup()
    {
        system = NetworkGenerator.Generate(1, 5_000, 1).Single();
        nation = [.. NetworkGenerator.Generate(NetworkGenerator.MaxSystems, 5_000, 1)];
    }

    [Benchmark]
    public IReadOnlyList<Finding> OneSystem() => Evaluate(system);

    [Benchmark]
    public int WholeNation()
    {
        var findings = 0;
        foreach (var document in nation) findings += Evaluate(document).Count;
        return findings;
    }

    private static IReadOnlyList<Finding> Evaluate(NetworkDocument document) =>
        RepresentationEngine.Default.Evaluate(new RepresentationNetwork(document), On);
}

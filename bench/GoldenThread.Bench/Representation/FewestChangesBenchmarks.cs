using BenchmarkDotNet.Attributes;
using GoldenThread.Interchange;
using GoldenThread.Representation;

namespace GoldenThread.Bench.Representation;

/// <summary>
/// The fewest-changes optimiser on one generated system of 5,000 people: as generated (a few gaps), and with every
/// other membership gone (many gaps, many ways to close them). The findings are worked out once; only the suggestion is timed.
/// </summary>
[MemoryDiagnoser]
public class FewestChangesBenchmarks
{
    private static readonly DateOnly On = new(2026, 4, 1);
    private (RepresentationNetwork Network, IReadOnlyList<Finding> Findings) asGenerated, halfTheSeats;

    [GlobalSetup]
    public void Setup()
    {
        var document = NetworkGenerator.GenerateSystem(0, 5_000, 1);
        asGenerated = Evaluate(document);
        halfTheSeats = Evaluate(document with { Memberships = [.. document.Memberships.Where((_, i) => i % 2 == 0)] });
    }

    private static (RepresentationNetwork, IReadOnlyList<Finding>) Evaluate(NetworkDocument document)
    {
        var network = new RepresentationNetwork(document);
        return (network, RepresentationEngine.Default.Evaluate(network, On));
    }

    [Benchmark(Baseline = true)]
    public FewestChangesResult AsGenerated() => FewestChanges.Default.Suggest(asGenerated.Network, On, asGenerated.Findings);

    [Benchmark]
    public FewestChangesResult HalfTheSeatsEmpty() => FewestChanges.Default.Suggest(halfTheSeats.Network, On, halfTheSeats.Findings);
}

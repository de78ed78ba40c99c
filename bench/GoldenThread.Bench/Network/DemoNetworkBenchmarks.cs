using BenchmarkDotNet.Attributes;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Bench.Network;

/// <summary>The in-memory part of the demo seed that runs on first start: build the network, map it to rows.</summary>
[MemoryDiagnoser]
public class DemoNetworkBenchmarks
{
    private NetworkDocument document = null!;

    [GlobalSetup]
    public void Setup() => document = DemoNetwork.Build();

    [Benchmark]
    public NetworkDocument Build() => DemoNetwork.Build();

    [Benchmark]
    public NetworkEntities MapToRows() => NetworkEntities.From(document);
}

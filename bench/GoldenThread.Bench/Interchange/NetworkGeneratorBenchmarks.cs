using BenchmarkDotNet.Attributes;
using GoldenThread.Interchange;

namespace GoldenThread.Bench.Interchange;

/// <summary>One system of the national generator at the size the issue asks for (5,000 people), made and written.</summary>
[MemoryDiagnoser]
public class NetworkGeneratorBenchmarks
{
    private NetworkDocument document = null!;

    [GlobalSetup]
    public void Setup() => document = NetworkGenerator.GenerateSystem(0, 5_000, 1);

    [Benchmark]
    public NetworkDocument GenerateSystem() => NetworkGenerator.GenerateSystem(0, 5_000, 1);

    [Benchmark]
    public string WriteFile() => NetworkFile.Write(document);
}

using BenchmarkDotNet.Attributes;
using GoldenThread.Programmes;

namespace GoldenThread.Bench.Programmes;

/// <summary>
/// The figure: eligibility of 10,000 applications across England's 42 systems (<see cref="ApplicationsGenerator"/>,
/// seed 6), every criterion for every application with the caps decided per system; and reading the same round as an
/// APPLICATIONS.json file (36 MB, indented as the writer writes it), which the command does first.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class EligibilityBenchmarks
{
    private ProgrammeSettings settings = null!;
    private Application[] applications = null!;
    private string file = null!;

    [GlobalSetup]
    public void Setup()
    {
        (settings, applications) = ApplicationsGenerator.Round(10_000, 6);
        file = ApplicationsFile.Write(applications);
    }

    /// <summary>Counts the eligible, so nothing is skipped.</summary>
    [Benchmark]
    public int Evaluate10000() => Eligibility.Evaluate(settings, applications).Count(r => r.Eligible);

    [Benchmark]
    public int ReadFile10000() => ApplicationsFile.Read(file, settings).Applications!.Count;
}

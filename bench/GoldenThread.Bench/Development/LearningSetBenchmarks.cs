using BenchmarkDotNet.Attributes;
using GoldenThread.Development;

namespace GoldenThread.Bench.Development;

/// <summary>
/// <see cref="LearningSetFormer.Form"/> on the 400 registrants: 134, 134 and 132 drawn from three generated
/// systems, and all 400 in one system (66 sets to search at once); and a harder 400, 134, 134 and 132 in three systems
/// each from only 5 organisations (<see cref="DevelopmentPools.FewOrganisations"/>), where CP-SAT has to search. The
/// default 10-second limit and sizes 6 to 8. The score, bound and status of each are printed with the timings (the
/// goal is within 2% of the bound in 10 s).
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class LearningSetBenchmarks
{
    private List<Registrant> threeSystems = null!;
    private List<Registrant> oneSystem = null!;
    private List<Registrant> fewOrganisations = null!;

    [GlobalSetup]
    public void Setup()
    {
        threeSystems = [.. DevelopmentPools.Registrants(3, 134, 5).Take(400)];
        oneSystem = DevelopmentPools.Registrants(1, 400, 5);
        fewOrganisations = [.. DevelopmentPools.FewOrganisations(3, 134, 5, 5).Take(400)];
    }

    [Benchmark(Baseline = true)]
    public FormationResult ThreeSystems400() => LearningSetFormer.Default.Form(threeSystems);

    [Benchmark]
    public FormationResult OneSystem400() => LearningSetFormer.Default.Form(oneSystem);

    [Benchmark]
    public FormationResult FewOrganisations400() => LearningSetFormer.Default.Form(fewOrganisations);

    [GlobalCleanup]
    public void Describe()
    {
        foreach (var (name, pool) in new[] { ("three systems", threeSystems), ("one system", oneSystem), ("few organisations", fewOrganisations) })
        {
            var result = LearningSetFormer.Default.Form(pool);
            Console.WriteLine($"// learning sets, {name}: {result.Sets.Count} sets, total {result.TotalScore}, bound {result.Bound}, "
                + $"gap {(double)(result.Bound - result.TotalScore) / result.Bound:P2}, {FormationReport.Word(result.Status)}");
        }
    }
}

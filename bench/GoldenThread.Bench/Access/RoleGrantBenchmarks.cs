using BenchmarkDotNet.Attributes;
using GoldenThread.Access;

namespace GoldenThread.Bench.Access;

/// <summary>Role claims are parsed on every authorised request.</summary>
[MemoryDiagnoser]
public class RoleGrantBenchmarks
{
    private readonly string[] claims =
        ["leadership-team@QXV", "system-admin@QAA", $"body-secretary@QXV#{Guid.NewGuid()}", "reviewer"];

    [Benchmark]
    public int ParseFourClaims()
    {
        var parsed = 0;
        foreach (var claim in claims)
            if (RoleGrant.Parse(claim) is not null) parsed++;
        return parsed;
    }
}

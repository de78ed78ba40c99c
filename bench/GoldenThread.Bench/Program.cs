using BenchmarkDotNet.Running;
using GoldenThread.Bench.Programmes;
using GoldenThread.Programmes;

// `eligibility-files DIR [N]`: the benchmarks' national round as PROGRAMME.json and APPLICATIONS.json, for timing the command.
if (args is ["eligibility-files", var directory, .. var rest])
{
    var (settings, applications) = ApplicationsGenerator.Round(rest is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 10_000, 6);
    Directory.CreateDirectory(directory);
    File.WriteAllText(Path.Combine(directory, "programme.json"), ProgrammeFile.Write(settings));
    File.WriteAllText(Path.Combine(directory, "applications.json"), ApplicationsFile.Write(applications));
    return;
}

// `exchange-pool FILE [N] [SEED]`: a generated workplace exchange pool as POOL.json, for timing match-exchanges.
if (args is ["exchange-pool", var poolFile, .. var options])
{
    var count = options is [var c, ..] ? int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : 2_000;
    var seed = options is [_, var s] ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 1;
    File.WriteAllText(poolFile, GoldenThread.Development.ExchangePoolFile.Write(GoldenThread.Development.ExchangePoolGenerator.Generate(count, seed)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

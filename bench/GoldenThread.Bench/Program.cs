using BenchmarkDotNet.Running;
using GoldenThread.Bench.Development;
using GoldenThread.Bench.Programmes;
using GoldenThread.Development;
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

// `registrants-file FILE [SYSTEMS] [PER-SYSTEM] [ORGANISATIONS]`: the learning-set benchmarks' registrants as
// REGISTRANTS.json: drawn from generated systems, or with ORGANISATIONS the harder pool from that many organisations a system.
if (args is ["registrants-file", var path, .. var counts])
{
    var numbers = counts.Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    var (systems, perSystem) = (numbers is [var s, ..] ? s : 3, numbers is [_, var n, ..] ? n : 134);
    File.WriteAllText(path, RegistrantsFile.Write(numbers is [_, _, var organisations]
        ? DevelopmentPools.FewOrganisations(systems, perSystem, organisations, 5)
        : DevelopmentPools.Registrants(systems, perSystem, 5)));
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

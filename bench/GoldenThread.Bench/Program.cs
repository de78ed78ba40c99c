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

// `registrants-file FILE [SYSTEMS] [PER-SYSTEM]`: the learning-set benchmarks' registrants as REGISTRANTS.json.
if (args is ["registrants-file", var path, .. var counts])
{
    var numbers = counts.Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    File.WriteAllText(path, RegistrantsFile.Write(DevelopmentPools.Registrants(numbers is [var s, ..] ? s : 3, numbers is [_, var n] ? n : 134, 5)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

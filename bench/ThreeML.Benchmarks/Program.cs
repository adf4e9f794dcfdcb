using BenchmarkDotNet.Running;
using ThreeML.Benchmarks.Tutorial;

// "targets" prints every DESIGN.md §6 row beside the 3ML figure; anything else goes to BenchmarkDotNet
// (e.g. --filter '*JointLikelihood*').
if (args.Length > 0 && args[0] == "targets")
{
    return DesignTargetsReport.Run(Console.Out);
}

// "nested [seeds]" prints the nested sampler's calls, time and allocation per problem (issue 19 item 3).
if (args.Length > 0 && args[0] == "nested")
{
    return ThreeML.Benchmarks.Bayesian.NestedSamplerReport.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 2 ? args[2] : null);
}

BenchmarkSwitcher.FromAssembly(typeof(DesignTargetsReport).Assembly).Run(args);
return 0;

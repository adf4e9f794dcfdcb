using BenchmarkDotNet.Running;
using ThreeML.Benchmarks.Tutorial;

// "targets" prints every DESIGN.md §6 row beside the 3ML figure; anything else goes to BenchmarkDotNet
// (e.g. --filter '*JointLikelihood*').
if (args.Length > 0 && args[0] == "targets")
{
    return DesignTargetsReport.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(DesignTargetsReport).Assembly).Run(args);
return 0;

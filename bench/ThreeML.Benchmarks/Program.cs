using BenchmarkDotNet.Running;
using ThreeML.Benchmarks.Targets;
using ThreeML.Benchmarks.Tutorial;

// "targets" prints issue 19's table (every row beside 3ML's figure and the goal), then every DESIGN.md §6 row;
// "targets --smoke" measures issue 19's rows once with small counts (CI keeps the report working with it);
// "--tool PATH" times that threeml binary; "--only tutorial" measures only the tool's tutorial rows, "--only plot" only
// the nested sampling and nuFnu plot rows (the plot needs the posterior). Anything else goes to BenchmarkDotNet (e.g.
// --filter '*JointLikelihood*').
if (args.Length > 0 && args[0] == "targets")
{
    var smoke = args.Contains("--smoke");
    var toolAt = Array.IndexOf(args, "--tool");
    var tool = toolAt > 0 && toolAt + 1 < args.Length ? Path.GetFullPath(args[toolAt + 1]) : null;
    var onlyAt = Array.IndexOf(args, "--only");
    var only = onlyAt > 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1] : null;
    if (only is not null and not ("tutorial" or "plot"))
    {
        Console.Error.WriteLine($"--only takes 'tutorial' or 'plot', not '{only}'.");
        return 2;
    }

    SpeedTargetsReport.Run(Console.Out, smoke, tool, only);
    if (smoke || only is not null)
    {
        return 0;
    }

    Console.WriteLine();
    return DesignTargetsReport.Run(Console.Out);
}

// "likelihood" prints one tutorial log-likelihood (best of short batches) beside the floor of its arithmetic.
if (args.Length > 0 && args[0] == "likelihood")
{
    return ThreeML.Benchmarks.Analysis.LikelihoodReport.Run(Console.Out);
}

// "nested [seeds] [filter|all] [ultranest|nautilus]" prints the nested sampler's calls, time and allocation per problem (issue 19 item 3).
if (args.Length > 0 && args[0] == "nested")
{
    return ThreeML.Benchmarks.Bayesian.NestedSamplerReport.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 2 && args[2] != "all" ? args[2] : null, args.Length > 3 ? args[3] : "ultranest");
}

// "mle" prints only the MLE battery rows of the design report (issue 13: calls and time beside Minuit's).
if (args.Length > 0 && args[0] == "mle")
{
    if (args.Length > 1 && args[1] == "all")
    {
        ThreeML.Benchmarks.Fitting.MleExtendedReport.Run(Console.Out);
        return 0;
    }

    ThreeML.Benchmarks.Fitting.MleBatteryReport.Run(Console.Out, (work, reference, here, note) =>
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{work,-60} 3ML {reference,8:G3}  here {here,10:G3}  {note}")));
    return 0;
}

// "timeseries-cpu [repetitions]" prints issue 16's time-series rows as thread CPU time beside wall time and the load.
if (args.Length > 0 && args[0] == "timeseries-cpu")
{
    return ThreeML.Benchmarks.TimeSeries.TimeSeriesCpuReport.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 41);
}

BenchmarkSwitcher.FromAssembly(typeof(DesignTargetsReport).Assembly).Run(args);
return 0;

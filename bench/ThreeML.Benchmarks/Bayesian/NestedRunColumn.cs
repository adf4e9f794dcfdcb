using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ThreeML.Bayesian.Samplers;

namespace ThreeML.Benchmarks.Bayesian;

/// <summary>A summary column that re-runs the benchmarked (deterministic) sampler once and shows one of its statistics.</summary>
internal sealed class NestedRunColumn(string name, Func<SamplerRun, string> statistic) : IColumn
{
    public string Id => "NestedRun." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name + " of one seeded run (independent of Threads)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var instance = new NestedSamplerBenchmarks { Threads = 1 };
        return statistic(benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(NestedSamplerBenchmarks.LogNormalPriors5D)
            ? instance.LogNormalPriors5D()
            : instance.TutorialLike5D());
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

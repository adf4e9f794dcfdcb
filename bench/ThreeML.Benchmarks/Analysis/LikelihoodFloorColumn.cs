using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>A summary column beside the measured likelihood: the physical limit of its arithmetic on the machine that
/// prints the summary (<see cref="LikelihoodWork"/>), with the work it is made of.</summary>
internal sealed class LikelihoodFloorColumn : IColumn
{
    private readonly Lazy<string> _floor = new(() => LikelihoodWork.Tutorial().Describe());

    public string Id => "LikelihoodFloor";

    public string ColumnName => "Floor";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Time of the unavoidable arithmetic (fold multiply-adds, exponentials, logarithms, square roots) at this machine's measured throughput";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => _floor.Value;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

using Astromodels;
using Astromodels.Functions;
using BenchmarkDotNet.Attributes;
using ThreeML.Analysis;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.TableModels;

namespace ThreeML.Benchmarks.Functions;

/// <summary>One log-likelihood of a spectrum folded through the demo 140×128 response, with the source an XSPEC table
/// model of 2 parameters on a 20×20 grid (Cutoff_powerlaw tabulated over index × xc, 300 energy bins) beside the
/// analytic Cutoff_powerlaw itself (issue #15 item 6: a table model should cost little more than a power law).</summary>
/// <remarks>Every call visits another (index, xc), so the table's interpolated spectrum is recomputed each time.</remarks>
[MemoryDiagnoser]
public class TableModelBenchmarks
{
    private LikelihoodEvaluator _table = null!;
    private LikelihoodEvaluator _analytic = null!;
    private double[][] _tablePoints = null!;
    private double[][] _analyticPoints = null!;
    private string _folder = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "threeml-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "cpl.fits");
        var indices = Enumerable.Range(0, 20).Select(i => -2.0 + 0.075 * i).ToArray();
        var cutoffs = Enumerable.Range(0, 20).Select(i => 50 * Math.Pow(40, i / 19.0)).ToArray();
        var edges = Enumerable.Range(0, 301).Select(i => 5 * Math.Pow(4000, i / 300.0)).ToArray();
        XspecTableWriter.Write(path, "cutoffpl", new CutoffPowerlaw(K: 0.01, piv: 100),
            [TableParameter.Grid("index", indices), TableParameter.Grid("xc", cutoffs, TableInterpolation.Logarithmic)], edges);

        var response = OgipResponse.Read(DemoData.ResponsePath);
        var truth = new CutoffPowerlaw(K: 0.01, index: -1.2, xc: 300, piv: 100);
        var plugin = DispersionSpectrumLike.FromFunction("sim", truth, response, new Random(7));
        var table = XspecTableModel.Read(path);
        _table = new LikelihoodEvaluator(new Model(new PointSource("src", 0, 0, table)), new DataList(plugin));
        var analytic = new CutoffPowerlaw(K: 0.01, index: -1.2, xc: 300, piv: 100);
        _analytic = new LikelihoodEvaluator(new Model(new PointSource("src", 0, 0, analytic)), new DataList(DispersionSpectrumLike.FromFunction("sim", truth, response, new Random(7))));
        var random = new Random(42);
        _tablePoints = new double[1024][];
        _analyticPoints = new double[1024][];
        for (var k = 0; k < 1024; k++)
        {
            var index = -1.2 + 0.1 * (random.NextDouble() - 0.5);
            var xc = 300 * (1 + 0.1 * (random.NextDouble() - 0.5));
            var norm = 1 + 0.05 * (random.NextDouble() - 0.5);
            _tablePoints[k] = [index, xc, norm];
            _analyticPoints[k] = [0.01 * norm, index, xc];
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public double CutoffPowerlawLogLikelihood() => _analytic.LogLikelihood(_analyticPoints[_next++ & 1023]);

    [Benchmark]
    public double TableModelLogLikelihood() => _table.LogLikelihood(_tablePoints[_next++ & 1023]);
}

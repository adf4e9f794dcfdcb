using BenchmarkDotNet.Attributes;
using ThreeML.Ogip;
using ThreeML.Responses;

namespace ThreeML.Benchmarks.Ogip;

/// <summary>One fold of a dense 140×128 response (the size of the tutorial's GBM BGO response): vectorised kernel vs
/// the scalar reference, and the real GBM response of the tutorial, alone and two spectra at once. Target (issue 3):
/// ≤ 1 µs and 0 bytes allocated. The random dense matrix keeps double weights; the GBM file's are floats.</summary>
[MemoryDiagnoser]
public class ResponseFoldBenchmarks
{
    private InstrumentResponse _response = null!;
    private double[] _photons = null!;
    private double[] _rates = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var matrix = new double[140, 128];
        for (var j = 0; j < 140; j++)
        {
            for (var c = 0; c < 128; c++)
            {
                matrix[j, c] = random.NextDouble();
            }
        }

        var e = Enumerable.Range(0, 141).Select(i => 100.0 * Math.Pow(2000.0, i / 140.0)).ToArray();
        var ch = Enumerable.Range(0, 129).Select(i => 110.0 * Math.Pow(450.0, i / 128.0)).ToArray();
        _response = InstrumentResponse.FromMatrix(matrix, e, ch);
        _photons = Enumerable.Range(0, 140).Select(_ => random.NextDouble()).ToArray();
        _rates = new double[128];
    }

    private InstrumentResponse _gbm = null!;
    private double[] _gbmRates = null!;

    /// <summary>The tutorial's own file, ../shared/data/ogip/ogip_powerlaw.rsp (a GBM BGO DRM), when it is present;
    /// otherwise the embedded demo response of the same shape.</summary>
    [GlobalSetup(Targets = [nameof(GbmResponseKernel), nameof(GbmResponsePair)])]
    public void SetupGbm()
    {
        Setup();
        var shared = Path.Combine(FindRoot(), "..", "shared", "data", "ogip", "ogip_powerlaw.rsp");
        _gbm = OgipResponse.Read(File.Exists(shared) ? shared : DemoData.ResponsePath);
        _gbmRates = new double[_gbm.ChannelCount];
    }

    [Benchmark]
    public void GbmResponseKernel() => _gbm.Fold(_photons, _gbmRates);

    /// <summary>Two spectra through the GBM response in one sweep (two plugins sharing a response).</summary>
    [Benchmark]
    public void GbmResponsePair() => _gbm.FoldPair(_photons, _photons, _gbmRates, _rates);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ThreeML.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    [Benchmark(Baseline = true)]
    public void ScalarReference() => _response.FoldReference(_photons, _rates);

    [Benchmark]
    public void Kernel() => _response.Fold(_photons, _rates);
}

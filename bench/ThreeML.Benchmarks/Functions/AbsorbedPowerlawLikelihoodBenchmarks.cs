using Astromodels;
using Astromodels.Functions;
using BenchmarkDotNet.Attributes;
using ThreeML.Plugins;

namespace ThreeML.Benchmarks.Functions;

/// <summary>One likelihood call of the XMM-Newton EPIC-pn ULX spectrum (HEACIT, 4096 channels, RMF + ARF, Poisson
/// background, 0.3–10 keV): the model evaluated on the response's energy grid, folded and compared, with the
/// power-law index and (for the absorbed model) NH changed before every call as in a fit step. The plain power law
/// is the baseline (issue 15, item 6). Needs ../shared/data/heacit.</summary>
[MemoryDiagnoser]
public class AbsorbedPowerlawLikelihoodBenchmarks
{
    private OgipLike _plain = null!;
    private OgipLike _absorbed = null!;
    private Powerlaw _plainShape = null!;
    private TbAbs _absorber = null!;
    private Powerlaw _absorbedContinuum = null!;
    private int _call;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(FindRoot(), "..", "shared", "data", "heacit", "XMM-Newton", "EPIC-PN");
        OgipLike Load(Function1D shape)
        {
            var plugin = new OgipLike("pn", Path.Combine(dir, "PN.pha"), Path.Combine(dir, "PNbackground_spectrum.fits"),
                Path.Combine(dir, "PN.rmf"), Path.Combine(dir, "PN.arf"));
            plugin.SetActiveMeasurements("0.3-10");
            plugin.SetModel(new Model(new PointSource("ulx", ra: 0, dec: 0, spectralShape: shape)));
            return plugin;
        }

        _plainShape = new Powerlaw(K: 1e-3, index: -2.0);
        _plain = Load(_plainShape);
        _absorber = new TbAbs(NH: 0.5);
        _absorbedContinuum = new Powerlaw(K: 1e-3, index: -2.0);
        _absorbed = Load(_absorber * _absorbedContinuum);
    }

    [Benchmark(Baseline = true)]
    public double Powerlaw()
    {
        _plainShape.Index.Value = (_call++ & 1) == 0 ? -2.0 : -2.01;
        return _plain.GetLogLike();
    }

    [Benchmark]
    public double TbAbsTimesPowerlaw()
    {
        var odd = (_call++ & 1) == 0;
        _absorbedContinuum.Index.Value = odd ? -2.0 : -2.01;
        _absorber.NH.Value = odd ? 0.5 : 0.51;
        return _absorbed.GetLogLike();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ThreeML.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

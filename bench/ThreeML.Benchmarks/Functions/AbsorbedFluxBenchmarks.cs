using Astromodels;
using Astromodels.Functions;
using BenchmarkDotNet.Attributes;
using ThreeML.Fitting;
using ThreeML.Plugins;
using ThreeML.Results;

namespace ThreeML.Benchmarks.Functions;

/// <summary>GetFlux (0.3–10 keV, erg/(cm² s), errors from the fit's covariance samples) after maximum-likelihood fits
/// of the XMM-Newton EPIC-pn ULX spectrum (HEACIT, RMF + ARF, 0.3–10 keV): a plain power law (the baseline), and the
/// same power law absorbed by TbAbs and by PhAbs, whose fluxes integrate exp(−NH·σ(E)) times the continuum for every
/// sample (issue 15). Also the unabsorbed component flux of the TbAbs fit. Needs ../shared/data/heacit.</summary>
[MemoryDiagnoser]
public class AbsorbedFluxBenchmarks
{
    private static readonly Quantity Low = 0.3 * Units.keV;
    private static readonly Quantity High = 10 * Units.keV;
    private MLEResults _plain = null!;
    private MLEResults _tbabs = null!;
    private MLEResults _phabs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plain = Fit(new Powerlaw(K: 1e-3, index: -2.0));
        _tbabs = Fit(new TbAbs(NH: 0.5) * new Powerlaw(K: 1e-3, index: -2.0));
        _phabs = Fit(new PhAbs(NH: 0.5) * new Powerlaw(K: 1e-3, index: -2.0));
    }

    [Benchmark(Baseline = true)]
    public FluxTable Powerlaw() => _plain.GetFlux(Low, High, fluxUnit: "erg/(s cm2)");

    [Benchmark]
    public FluxTable TbAbsTimesPowerlaw() => _tbabs.GetFlux(Low, High, fluxUnit: "erg/(s cm2)");

    [Benchmark]
    public FluxTable PhAbsTimesPowerlaw() => _phabs.GetFlux(Low, High, fluxUnit: "erg/(s cm2)");

    [Benchmark]
    public FluxTable TbAbsTimesPowerlawComponents() => _tbabs.GetFlux(Low, High, fluxUnit: "erg/(s cm2)", useComponents: true);

    private static MLEResults Fit(Function1D shape)
    {
        var dir = Path.Combine(FindRoot(), "..", "shared", "data", "heacit", "XMM-Newton", "EPIC-PN");
        var plugin = new OgipLike("pn", Path.Combine(dir, "PN.pha"), Path.Combine(dir, "PNbackground_spectrum.fits"),
            Path.Combine(dir, "PN.rmf"), Path.Combine(dir, "PN.arf"));
        plugin.SetActiveMeasurements("0.3-10");
        var model = new Model(new PointSource("ulx", ra: 0, dec: 0, spectralShape: shape));
        var result = new JointLikelihood(model, new DataList(plugin)).Fit();
        return result.IsValid ? result : throw new InvalidOperationException($"the {shape.Name} fit is not valid: {result.Reason}");
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

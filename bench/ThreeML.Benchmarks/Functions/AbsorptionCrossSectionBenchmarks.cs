using Astromodels.Functions;
using BenchmarkDotNet.Attributes;

namespace ThreeML.Benchmarks.Functions;

/// <summary>The one-off cost of an absorber on a new energy grid: σ computed from the published fits at 4096
/// energies (0.05–15 keV, a response's input grid), before the grid memoises it. Fit steps afterwards cost one vector
/// multiply and exp (see <see cref="AbsorbedPowerlawLikelihoodBenchmarks"/>); the span overload keeps σ of the last
/// energies too (the last benchmark). Each other benchmark evaluates a new instance, so nothing is memoised.</summary>
[MemoryDiagnoser]
public class AbsorptionCrossSectionBenchmarks
{
    private readonly double[] _energies = new double[4096];
    private readonly double[] _values = new double[4096];
    private TbAbs _repeated = null!;

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _energies.Length; i++)
        {
            _energies[i] = 0.05 * Math.Pow(300, i / 4095.0);
        }

        _repeated = new TbAbs(NH: 0.5);
        _repeated.Evaluate(_energies, _values);
    }

    [Benchmark(Baseline = true)]
    public double WAbsSpan()
    {
        new WAbs(NH: 0.5).Evaluate(_energies, _values);
        return _values[100];
    }

    [Benchmark]
    public double TbAbsSpan()
    {
        new TbAbs(NH: 0.5).Evaluate(_energies, _values);
        return _values[100];
    }

    [Benchmark]
    public double PhAbsVernSpan()
    {
        new PhAbs(NH: 0.5).Evaluate(_energies, _values);
        return _values[100];
    }

    [Benchmark]
    public double PhAbsBcmcSpan()
    {
        new PhAbs(NH: 0.5, crossSections: PhotoionizationCrossSections.Bcmc).Evaluate(_energies, _values);
        return _values[100];
    }

    [Benchmark]
    public double TbAbsSpanSameEnergiesNewNH()
    {
        _repeated.NH.Value = _repeated.NH.Value == 0.5 ? 0.51 : 0.5;
        _repeated.Evaluate(_energies, _values);
        return _values[100];
    }
}

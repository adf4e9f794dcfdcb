using Astromodels.Functions;
using BenchmarkDotNet.Attributes;

namespace ThreeML.Benchmarks.Functions;

/// <summary>Evaluation of the tutorial's second spectrum, Blackbody + Powerlaw_flux, on 1000 log-spaced energies.</summary>
/// <remarks>Results are per energy (OperationsPerInvoke = 1000); the span path must allocate nothing.</remarks>
[MemoryDiagnoser]
public class CompositeEvaluationBenchmarks
{
    private const int Count = 1000;
    private readonly double[] _energies = new double[Count];
    private readonly double[] _values = new double[Count];
    private Function1D _composite = null!;
    private Function1D _blackbody = null!;
    private Function1D _powerlaw = null!;

    /// <summary>Builds the spectrum and 1000 energies from 1 keV to 10 MeV.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _composite = new Blackbody() + new PowerlawFlux(a: 10, b: 500);
        _blackbody = new Blackbody();
        _powerlaw = new PowerlawFlux(a: 10, b: 500);
        for (var i = 0; i < Count; i++)
        {
            _energies[i] = Math.Pow(10, 4.0 * i / (Count - 1));
        }
    }

    /// <summary>The composite through the span overload.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public void CompositeSpan() => _composite.Evaluate(_energies, _values);

    /// <summary>The composite one energy at a time (scalar reference path).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double CompositeScalar()
    {
        var sum = 0.0;
        foreach (var e in _energies)
        {
            sum += _composite.Evaluate(e);
        }

        return sum;
    }

    /// <summary>The blackbody component alone through the span overload.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void BlackbodySpan() => _blackbody.Evaluate(_energies, _values);

    /// <summary>The power-law component alone through the span overload.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void PowerlawFluxSpan() => _powerlaw.Evaluate(_energies, _values);
}

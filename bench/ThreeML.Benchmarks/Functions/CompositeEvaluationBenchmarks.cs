using Astromodels;
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
    private Function1D _gridComposite = null!;
    private Blackbody _gridBlackbody = null!;
    private PowerlawFlux _gridPowerlaw = null!;
    private PointSource _gridSource = null!;
    private EnergyGrid _grid = null!;
    private ShapeCache _shapes = null!;
    private int _step;

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

        _gridBlackbody = new Blackbody();
        _gridPowerlaw = new PowerlawFlux(a: 10, b: 500);
        _gridComposite = _gridBlackbody + _gridPowerlaw;
        _gridSource = new PointSource("s", ra: 0, dec: 0, _gridComposite);
        _grid = new EnergyGrid(_energies);
        _shapes = new ShapeCache();
    }

    /// <summary>The composite on an <see cref="EnergyGrid"/> with a new temperature and index at every call (as in a
    /// fit: every shape is computed; ln E comes from the grid).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void CompositeGridNewShapes()
    {
        _step = (_step + 1) & 63;
        _gridBlackbody.KT.Value = 30 + (0.01 * _step);
        _gridPowerlaw.Index.Value = -2 + (0.001 * _step);
        _gridSource.Evaluate(_grid, _shapes, _values);
    }

    /// <summary>The composite on the grid when only the normalizations changed: both shapes come from the cache.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void CompositeGridSameShapes()
    {
        _gridBlackbody.K.Value = 1e-4 * (1 + (0.001 * (_step = (_step + 1) & 63)));
        _gridSource.Evaluate(_grid, _shapes, _values);
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

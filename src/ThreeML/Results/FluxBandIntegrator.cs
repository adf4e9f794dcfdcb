using Astromodels;
using Astromodels.Functions;
using Astromodels.Numerics;

namespace ThreeML.Results;

/// <summary>∫ Eᵏ f dE over one band with one method, for many functions: what does not depend on the function (3ML's
/// trapz grid and its powers Eᵏ) is computed once, not once per sample row.</summary>
/// <remarks>Every value is the one the per-call computation gave, bit for bit: the grid and Eᵏ are the same numbers,
/// only computed once, and the quadrature's integrand uses E⁰ = 1 and E¹ = E, which <see cref="Math.Pow"/> returns
/// exactly for those exponents.</remarks>
internal sealed class FluxBandIntegrator
{
    /// <summary>3ML's trapz points.</summary>
    private const int TrapzPoints = 50;

    private readonly double _e1;
    private readonly double _e2;
    private readonly int _k;
    private readonly FluxIntegration _method;
    private readonly double[] _x = [];
    private readonly double[] _xk = [];

    /// <param name="e1">Lower end of the band, keV.</param>
    /// <param name="e2">Upper end, keV.</param>
    /// <param name="energyPower">k: 0 photon flux, 1 energy flux, 2 νFν.</param>
    /// <param name="method">The integration method.</param>
    public FluxBandIntegrator(double e1, double e2, int energyPower, FluxIntegration method)
    {
        (_e1, _e2, _k, _method) = (e1, e2, energyPower, method);
        if (method is FluxIntegration.Exact or FluxIntegration.Quad)
        {
            return;
        }

        // numpy: linspace(a, b, n) = arange(n)·step + a with the last point set to b; logspace = 10**linspace(log10 e1, log10 e2).
        _x = new double[TrapzPoints];
        _xk = new double[TrapzPoints];
        var log = e2 / e1 > 100;
        var (a, b) = log ? (Math.Log10(e1), Math.Log10(e2)) : (e1, e2);
        var step = (b - a) / (TrapzPoints - 1);
        for (var i = 0; i < TrapzPoints; i++)
        {
            var t = i == TrapzPoints - 1 ? b : i * step + a;
            _x[i] = log ? Math.Pow(10, t) : t;
            _xk[i] = Math.Pow(_x[i], energyPower);
        }
    }

    /// <summary>∫ Eᵏ f dE over the band, in keV-based units.</summary>
    public double Integrate(Function1D f) => _method switch
    {
        FluxIntegration.Exact => f.Integral(_e1, _e2, _k),
        FluxIntegration.Quad => GaussKronrod.Integrate(Integrand(f), _e1, _e2, 1.49e-8, 1.49e-8),
        _ => Trapz(f),
    };

    private Func<double, double> Integrand(Function1D f) => _k switch
    {
        0 => f.Evaluate,
        1 => x => x * f.Evaluate(x),
        _ => x => Math.Pow(x, _k) * f.Evaluate(x),
    };

    /// <summary>3ML's trapz: 50 points, log-spaced when e2/e1 &gt; 100 else linear, trapezoid rule on Eᵏ f(E).</summary>
    private double Trapz(Function1D f)
    {
        Span<double> y = stackalloc double[TrapzPoints];
        f.Evaluate(_x, y);
        var sum = 0.0;
        for (var i = 0; i + 1 < TrapzPoints; i++)
        {
            sum += 0.5 * (_x[i + 1] - _x[i]) * (_xk[i] * y[i] + _xk[i + 1] * y[i + 1]);
        }

        return sum;
    }
}

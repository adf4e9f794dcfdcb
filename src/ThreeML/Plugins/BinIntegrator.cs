using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Astromodels.Functions;
using Astromodels;
using ThreeML.Analysis;

namespace ThreeML.Plugins;

/// <summary>Integrates a differential flux over energy bins with one of 3ML's rules, from the flux on a fixed grid of
/// evaluation energies.</summary>
/// <remarks>
/// <para>The grid is laid out so the integration reads it contiguously: for Simpson's rule the n + 1 bin edges come
/// first and the n midpoints after them, for the trapezoid rule the edges, for the midpoint rule the midpoints. Each
/// bin integral is then weight·(f(e₁) + 4 f(mid) + f(e₂)) (Simpson, weight ΔE/6), weight·(f(e₁) + f(e₂)) (trapezoid,
/// ΔE/2) or weight·f(mid) (midpoint, ΔE), and a non-finite integral becomes 0 as in 3ML (e.g. a power law at E = 0).</para>
/// <para>Immutable (the grid included): the caches of shapes on the grid belong to the plan or worker that evaluates
/// on it (<see cref="LikelihoodEvaluator"/>'s plan, a plugin's own worker).</para>
/// </remarks>
internal sealed class BinIntegrator
{
    private readonly double[] _weights;
    private readonly int _bins;

    /// <summary>Prepares the rule for the bins with the given edges, keV.</summary>
    public BinIntegrator(ModelIntegrationMethod method, ReadOnlySpan<double> edges)
    {
        Method = method;
        _bins = edges.Length - 1;
        _weights = new double[_bins];
        var divisor = method switch
        {
            ModelIntegrationMethod.Simpson => 6.0,
            ModelIntegrationMethod.Trapz => 2.0,
            _ => 1.0,
        };
        for (var i = 0; i < _bins; i++)
        {
            _weights[i] = (edges[i + 1] - edges[i]) / divisor;
        }

        var midpoints = new double[_bins];
        for (var i = 0; i < _bins; i++)
        {
            midpoints[i] = 0.5 * (edges[i] + edges[i + 1]);
        }

        Grid = new EnergyGrid(method switch
        {
            ModelIntegrationMethod.Simpson => [.. edges, .. midpoints],
            ModelIntegrationMethod.Trapz => edges,
            _ => midpoints,
        });
    }

    /// <summary>The rule.</summary>
    public ModelIntegrationMethod Method { get; }

    /// <summary>The energies, keV, at which the flux must be given to <see cref="Integrate"/>.</summary>
    public EnergyGrid Grid { get; }

    /// <summary>The number of bins.</summary>
    public int BinCount => _bins;

    /// <summary>Writes the integral over every bin of the flux given on <see cref="Grid"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Integrate(ReadOnlySpan<double> fluxOnGrid, Span<double> binIntegrals)
    {
        var n = _bins;
        var f = fluxOnGrid[..Grid.Length];
        var target = binIntegrals[..n];
        ref var w = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var f0 = ref MemoryMarshal.GetReference(f);
        ref var t0 = ref MemoryMarshal.GetReference(target);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var four = Vector256.Create(4.0);
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var value = Method switch
                {
                    ModelIntegrationMethod.Simpson => (Vector256.LoadUnsafe(ref f0, (nuint)i) + (four * Vector256.LoadUnsafe(ref f0, (nuint)(n + 1 + i))))
                        + Vector256.LoadUnsafe(ref f0, (nuint)(i + 1)),
                    ModelIntegrationMethod.Trapz => Vector256.LoadUnsafe(ref f0, (nuint)i) + Vector256.LoadUnsafe(ref f0, (nuint)(i + 1)),
                    _ => Vector256.LoadUnsafe(ref f0, (nuint)i),
                } * Vector256.LoadUnsafe(ref w, (nuint)i);
                // v − v is 0 exactly when v is finite (∞ − ∞ and NaN − NaN are NaN).
                Vector256.ConditionalSelect(Vector256.Equals(value - value, Vector256<double>.Zero), value, Vector256<double>.Zero).StoreUnsafe(ref t0, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            var value = Method switch
            {
                ModelIntegrationMethod.Simpson => (f[i] + (4.0 * f[n + 1 + i]) + f[i + 1]) * _weights[i],
                ModelIntegrationMethod.Trapz => (f[i] + f[i + 1]) * _weights[i],
                _ => f[i] * _weights[i],
            };
            target[i] = double.IsFinite(value) ? value : 0.0;
        }
    }
}

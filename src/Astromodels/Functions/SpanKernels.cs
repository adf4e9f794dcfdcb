using System.Buffers;
using System.Numerics.Tensors;

namespace Astromodels.Functions;

/// <summary>SIMD span kernels for the hottest spectral shapes, each with a scalar reference in its function class.</summary>
/// <remarks>
/// Implementation note: on 1000 log-spaced energies (BenchmarkDotNet short job, the 2-core build machine, .NET 10) the
/// scalar loops cost about 19 ns (Powerlaw_flux, Math.Pow) and 25 ns (Blackbody, expm1 = exp + log) per energy; these
/// kernels, built on <see cref="TensorPrimitives"/> Log/Exp over the whole span, cost 4.8 and 7.1 ns, and
/// Blackbody + Powerlaw_flux went from about 32 to 12.9 ns per energy. They agree with the scalar paths to a few ulp
/// (tested to 1e-13).
/// </remarks>
internal static class SpanKernels
{
    /// <summary>destination[i] = norm·(x[i]/pivot)^index as exp(index·ln(x/pivot)); falls back to norm·Math.Pow(x/pivot, index)
    /// when some x/pivot is not positive and finite (where exp∘log and Math.Pow disagree).</summary>
    public static void PowerLaw(ReadOnlySpan<double> x, double pivot, double index, double norm, Span<double> destination)
    {
        var target = destination[..x.Length];
        TensorPrimitives.Divide(x, pivot, target);
        if (x.Length > 0 && !(TensorPrimitives.Min(target) > 0 && double.IsFinite(TensorPrimitives.Max(target))))
        {
            for (var i = 0; i < x.Length; i++)
            {
                target[i] = norm * Math.Pow(x[i] / pivot, index);
            }

            return;
        }

        TensorPrimitives.Log(target, target);
        TensorPrimitives.Multiply(target, index, target);
        TensorPrimitives.Exp(target, target);
        TensorPrimitives.Multiply(target, norm, target);
    }

    /// <summary>destination[i] = k·x²/expm1(x/kT), computed as k·kT·x·ln(u)/(u − 1) with u = e^(x/kT) rounded: Kahan's
    /// correction of expm1, exact to a few ulp for 1e-5 ≤ x/kT ≤ 700; the remaining points (and non-finite ones) go through
    /// the scalar <see cref="Functions.Blackbody.Shape"/>. The scratch span for ln(u) is rented from the shared pool.</summary>
    public static void Blackbody(ReadOnlySpan<double> x, double k, double kT, Span<double> destination)
    {
        var n = x.Length;
        var target = destination[..n];
        var rented = ArrayPool<double>.Shared.Rent(Math.Max(n, 1));
        try
        {
            var logU = rented.AsSpan(0, n);
            TensorPrimitives.Divide(x, kT, target);
            TensorPrimitives.Exp(target, target);
            TensorPrimitives.Log(target, logU);
            TensorPrimitives.Subtract(target, 1.0, target);
            TensorPrimitives.Divide(logU, target, target);
            TensorPrimitives.Multiply(target, x, target);
            TensorPrimitives.Multiply(target, k * kT, target);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        for (var i = 0; i < n; i++)
        {
            var r = x[i] / kT;
            if (!(r >= 1e-5 && r <= 700))
            {
                target[i] = Functions.Blackbody.Shape(x[i], k, kT);
            }
        }
    }
}

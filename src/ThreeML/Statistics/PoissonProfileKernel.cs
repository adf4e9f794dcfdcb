using System.Runtime.Intrinsics;
using Astromodels.Numerics;
using System.Numerics.Tensors;

namespace ThreeML.Statistics;

/// <summary>A fast, allocation-free evaluator of 3ML's Poisson log-likelihoods for fixed data: with no background
/// (cstat) or with a Poisson background profiled out (W-stat profile).</summary>
/// <remarks>
/// The data-only terms −Σ(ln o! + ln b!) are computed once; each call then needs the profile background per channel
/// and two logarithms per channel: inlined vector logarithms (<see cref="SimdMath"/>) for the W-stat, with
/// TensorPrimitives.Log where an argument leaves their fast domain, and TensorPrimitives.Log for cstat. The
/// formulas are those of <see cref="PoissonObservedNoBackground"/> and <see cref="PoissonObservedPoissonBackground"/>,
/// which stay the scalar references this kernel is tested against. Channels with o = 0 (or b = 0) contribute no
/// logarithm, exactly as there.
/// </remarks>
internal sealed partial class PoissonProfileKernel
{
    private readonly double[] _observed;
    private readonly double[] _background;
    private readonly double _constant;
    private readonly double[] _logArgument;
    private readonly double[] _logBackground;

    /// <summary>Prepares the kernel for observed counts and (optionally) background counts of the same length.</summary>
    public PoissonProfileKernel(ReadOnlySpan<double> observed, ReadOnlySpan<double> background)
    {
        _observed = observed.ToArray();
        _background = background.ToArray();
        var constant = 0.0;
        foreach (var o in _observed)
        {
            constant += LogFactorial.Of(o);
        }

        foreach (var b in _background)
        {
            constant += LogFactorial.Of(b);
        }

        _constant = constant;
        _logArgument = new double[_observed.Length];
        _logBackground = new double[_observed.Length];
    }

    /// <summary>Σ [o ln M − M − ln o!] (no background).</summary>
    public double NoBackground(ReadOnlySpan<double> model) => NoBackground(model, 1.0);

    /// <summary>As <see cref="NoBackground(ReadOnlySpan{double})"/> with M = scale·rates[i], each product formed as it is
    /// loaded (the same rounding as multiplying first).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public double NoBackground(ReadOnlySpan<double> rates, double scale)
    {
        var n = _observed.Length;
        var arg = _logArgument.AsSpan(0, n);
        var linear = 0.0;
        for (var i = 0; i < n; i++)
        {
            var m = rates[i] * scale;
            linear -= m;
            arg[i] = _observed[i] > 0 ? m : 1.0;
        }

        TensorPrimitives.Log(arg, arg);
        return TensorPrimitives.Dot(_observed, arg) + linear - _constant;
    }

    /// <summary>Σ [o ln(M + αB̂) + b ln B̂ − (α+1)B̂ − M − ln o! − ln b!] with the profile B̂; writes αB̂ when asked.</summary>
    /// <remarks>The profile B̂ is computed eight channels at a time with <see cref="Vector512"/> (both algebraic forms of
    /// the root evaluated and the cancellation-free one selected per lane, as the scalar
    /// <see cref="PoissonObservedPoissonBackground.ProfileBackground"/> does), four at a time with <see cref="Vector256"/>
    /// where AVX-512 is missing (AVX2); the tail and machines with neither use the scalar form.</remarks>
    public double PoissonBackground(ReadOnlySpan<double> model, double alpha, Span<double> backgroundEstimate) =>
        PoissonBackground(model, 1.0, alpha, backgroundEstimate);

    /// <summary>As <see cref="PoissonBackground(ReadOnlySpan{double}, double, Span{double})"/> with the model counts
    /// M = scale·rates[i], each product formed as it is loaded (the same rounding as multiplying first: one pass over the
    /// channels fewer).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public double PoissonBackground(ReadOnlySpan<double> rates, double scale, double alpha, Span<double> backgroundEstimate)
    {
        var n = _observed.Length;
        var arg = _logArgument.AsSpan(0, n);
        var logB = _logBackground.AsSpan(0, n);
        var linear = 0.0;
        var write = !backgroundEstimate.IsEmpty;
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var a = Vector512.Create(alpha);
            var ap1 = Vector512.Create(alpha + 1.0);
            var fourAAp1 = Vector512.Create(4.0 * alpha * (alpha + 1.0));
            var inverseTwoAAp1 = Vector512.Create(1.0 / (2.0 * alpha * (alpha + 1.0)));
            var one = Vector512<double>.One;
            var vScale = Vector512.Create(scale);
            var zero = Vector512<double>.Zero;
            var sum = Vector512<double>.Zero;
            for (; i <= n - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                var o = Vector512.Create(_observed.AsSpan(i, Vector512<double>.Count));
                var b = Vector512.Create(_background.AsSpan(i, Vector512<double>.Count));
                var m = Vector512.Create(rates.Slice(i, Vector512<double>.Count)) * vScale;
                var x = a * (o + b) - ap1 * m;
                var root = Vector512.Sqrt(x * x + fourAAp1 * b * m);
                var positive = (x + root) * inverseTwoAAp1;
                var negative = (b + b) * m / (root - x);
                var bHat = Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(x, zero), positive, negative);
                // Lanes with x ≥ 0 may divide by zero in the unused form; the selection discards that value.
                var scaled = a * bHat;
                sum += ap1 * bHat + m;
                Vector512.ConditionalSelect(Vector512.GreaterThan(o, zero), scaled + m, one).CopyTo(arg.Slice(i, Vector512<double>.Count));
                Vector512.ConditionalSelect(Vector512.GreaterThan(b, zero), bHat, one).CopyTo(logB.Slice(i, Vector512<double>.Count));
                if (write)
                {
                    scaled.CopyTo(backgroundEstimate.Slice(i, Vector512<double>.Count));
                }
            }

            linear -= Vector512.Sum(sum);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            i = ProfileFourLanes(rates, scale, alpha, arg, logB, backgroundEstimate, ref linear);
        }

        for (; i < n; i++)
        {
            var o = _observed[i];
            var b = _background[i];
            var m = rates[i] * scale;
            var bHat = PoissonObservedPoissonBackground.ProfileBackground(o, b, m, alpha);
            var scaled = alpha * bHat;
            linear -= (alpha + 1.0) * bHat + m;
            arg[i] = o > 0 ? scaled + m : 1.0;
            logB[i] = b > 0 ? bHat : 1.0;
            if (write)
            {
                backgroundEstimate[i] = scaled;
            }
        }

        return WeightedLogSum(_observed, arg) + WeightedLogSum(_background, logB) + linear - _constant;
    }

    /// <summary>Σ wᵢ·ln xᵢ, the logarithms inlined (<see cref="SimdMath"/>), or through TensorPrimitives when some xᵢ is
    /// not a positive normal number (a logarithm of 0 gives 3ML's −∞).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static double WeightedLogSum(ReadOnlySpan<double> weights, Span<double> x)
    {
        var n = x.Length;
        var i = 0;
        var sum = 0.0;
        if (Vector512.IsHardwareAccelerated)
        {
            // A lane is a positive normal finite number exactly when its bits less the smallest normal's are below
            // 0x7FE0…0 as an unsigned integer (zero, subnormals and negative numbers wrap around, ∞ and NaN are above):
            // a subtraction and a running maximum, checked once after the loop.
            var total = Vector512<double>.Zero;
            var largest = Vector512<ulong>.Zero;
            for (; i <= n - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                var v = Vector512.Create(x.Slice(i, Vector512<double>.Count));
                largest = Vector512.Max(largest, v.AsUInt64() - Vector512.Create(0x0010_0000_0000_0000UL));
                total = Vector512.FusedMultiplyAdd(Vector512.Create(weights.Slice(i, Vector512<double>.Count)), SimdMath.LogUnchecked(v), total);
            }

            if (!Vector512.LessThanAll(largest, Vector512.Create(0x7FE0_0000_0000_0000UL)))
            {
                TensorPrimitives.Log(x, x);
                return TensorPrimitives.Dot(weights, x);
            }

            sum = Vector512.Sum(total);
        }
        else if (Vector256.IsHardwareAccelerated && !TryWeightedLogSumFourLanes(weights, x, ref i, out sum))
        {
            TensorPrimitives.Log(x, x);
            return TensorPrimitives.Dot(weights, x);
        }

        for (; i < n; i++)
        {
            sum += weights[i] * Math.Log(x[i]);
        }

        return sum;
    }
}

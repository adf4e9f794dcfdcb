using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Astromodels.Functions;

/// <summary>The grid kernel of the cut-off power laws and of the Band function.</summary>
internal static partial class SpanKernels
{
    /// <summary>On a grid's energies x and their logarithms lnX: destination[i] = lowNorm·exp(alpha·(lnX[i] − logPivot) −
    /// x[i]/e0) where x[i] &lt; breakPoint, and highNorm·exp(beta·(lnX[i] − logPivot)) from breakPoint on, in one SIMD pass;
    /// false (the destination then holds nothing usable) when there is no vector unit or some lane's exponent is not
    /// within ±708, where the scalar references round differently or underflow to subnormals.</summary>
    /// <remarks>
    /// <para>A cut-off power law is the case breakPoint = +∞; the Band function's high-energy branch starts at
    /// breakPoint = (α − β)E₀ with highNorm = K·e^(β−α)·(breakPoint/piv)^(α−β) (<see cref="BandShape"/>).</para>
    /// <para>One exponential per energy instead of the scalar references' Math.Pow (or Math.Log) and Math.Exp, whose
    /// logarithm the grid has already taken. x/e0 is the same correctly rounded quotient the references divide out; the
    /// one extra rounding is that of the exponent's sum, so the values agree with the references to within about
    /// |exponent|·2⁻⁵³ relative (8e-14 at the ±708 edge; tested to 2e-13).</para>
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryCutoffBranches(ReadOnlySpan<double> x, ReadOnlySpan<double> lnX, double logPivot, double lowNorm, double alpha, double e0,
        double breakPoint, double highNorm, double beta, Span<double> destination)
    {
        var n = x.Length;
        var target = destination[..n];
        if (Vector512.IsHardwareAccelerated && n >= Vector512<double>.Count)
        {
            return CutoffBranches512(x, lnX[..n], logPivot, lowNorm, alpha, e0, breakPoint, highNorm, beta, target);
        }

        return Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count &&
            CutoffBranches256(x, lnX[..n], logPivot, lowNorm, alpha, e0, breakPoint, highNorm, beta, target);
    }

    /// <summary>norm·(x/pivot)^index·e^(−x/cutoff) on a grid (Cutoff_powerlaw and Cutoff_powerlaw_Ep) through
    /// <see cref="TryCutoffBranches"/>, or false when the grid, the parameters or some exponent leave its domain (the
    /// caller then evaluates on the energies).</summary>
    public static bool TryCutoffPowerLaw(EnergyGrid grid, double norm, double pivot, double index, double cutoff, Span<double> destination) =>
        grid.AllPositiveAndFinite && pivot > 0 && double.IsFinite(pivot) && double.IsFinite(norm) && double.IsFinite(index) &&
        TryCutoffBranches(grid.Energies, grid.LogEnergies, Math.Log(pivot), norm, index, cutoff, double.PositiveInfinity, 0, 0, destination);

    private static bool CutoffBranches512(ReadOnlySpan<double> x, ReadOnlySpan<double> lnX, double logPivot, double lowNorm, double alpha, double e0,
        double breakPoint, double highNorm, double beta, Span<double> destination)
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var l0 = ref MemoryMarshal.GetReference(lnX);
        ref var d0 = ref MemoryMarshal.GetReference(destination);
        var vLogPivot = Vector512.Create(logPivot);
        var vLowNorm = Vector512.Create(lowNorm);
        var vAlpha = Vector512.Create(alpha);
        var vE0 = Vector512.Create(e0);
        var vBreak = Vector512.Create(breakPoint);
        var vHighNorm = Vector512.Create(highNorm);
        var vBeta = Vector512.Create(beta);
        var ok = Vector512<double>.AllBitsSet;
        var last = (nuint)(x.Length - Vector512<double>.Count);
        for (nuint i = 0; ; i += (nuint)Vector512<double>.Count)
        {
            // The last vector overlaps the one before it when the length is not a multiple of the width: the values
            // are element-wise, so the lanes computed twice come out the same.
            i = Math.Min(i, last);
            var e = Vector512.LoadUnsafe(ref x0, i);
            var logRatio = Vector512.LoadUnsafe(ref l0, i) - vLogPivot;
            var low = Vector512.LessThan(e, vBreak);
            var exponent = Vector512.ConditionalSelect(low, vAlpha * logRatio - e / vE0, vBeta * logRatio);
            ok &= Numerics.SimdMath.InExpDomain(exponent);
            (Vector512.ConditionalSelect(low, vLowNorm, vHighNorm) * Numerics.SimdMath.ExpUnchecked(exponent)).StoreUnsafe(ref d0, i);
            if (i == last)
            {
                break;
            }
        }

        return Vector512.ExtractMostSignificantBits(ok) == (1u << Vector512<double>.Count) - 1;
    }

    private static bool CutoffBranches256(ReadOnlySpan<double> x, ReadOnlySpan<double> lnX, double logPivot, double lowNorm, double alpha, double e0,
        double breakPoint, double highNorm, double beta, Span<double> destination)
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var l0 = ref MemoryMarshal.GetReference(lnX);
        ref var d0 = ref MemoryMarshal.GetReference(destination);
        var vLogPivot = Vector256.Create(logPivot);
        var vLowNorm = Vector256.Create(lowNorm);
        var vAlpha = Vector256.Create(alpha);
        var vE0 = Vector256.Create(e0);
        var vBreak = Vector256.Create(breakPoint);
        var vHighNorm = Vector256.Create(highNorm);
        var vBeta = Vector256.Create(beta);
        var ok = Vector256<double>.AllBitsSet;
        var last = (nuint)(x.Length - Vector256<double>.Count);
        for (nuint i = 0; ; i += (nuint)Vector256<double>.Count)
        {
            i = Math.Min(i, last);
            var e = Vector256.LoadUnsafe(ref x0, i);
            var logRatio = Vector256.LoadUnsafe(ref l0, i) - vLogPivot;
            var low = Vector256.LessThan(e, vBreak);
            var exponent = Vector256.ConditionalSelect(low, vAlpha * logRatio - e / vE0, vBeta * logRatio);
            ok &= Numerics.SimdMath.InExpDomain(exponent);
            (Vector256.ConditionalSelect(low, vLowNorm, vHighNorm) * Numerics.SimdMath.ExpUnchecked(exponent)).StoreUnsafe(ref d0, i);
            if (i == last)
            {
                break;
            }
        }

        return Vector256.ExtractMostSignificantBits(ok) == (1u << Vector256<double>.Count) - 1;
    }
}

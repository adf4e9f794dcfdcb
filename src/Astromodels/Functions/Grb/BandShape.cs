namespace Astromodels.Functions;

/// <summary>The Band et al. (1993) shape shared by <see cref="Band"/>, <see cref="BandGrbm"/> and <see cref="BandCalderone"/>.</summary>
/// <remarks>f(x) = K (x/piv)^α e^(−x/E₀) for x &lt; x_b = (α − β)E₀, and K·e^(β−α)·(x_b/piv)^(α−β)·(x/piv)^β from x_b on
/// (astromodels' <c>band_eval</c>); the two branches and their first derivatives join at x_b.</remarks>
internal readonly record struct BandShape(double K, double Alpha, double Beta, double E0, double Piv)
{
    /// <summary>The break energy x_b = (α − β)E₀, keV.</summary>
    public double BreakPoint => (Alpha - Beta) * E0;

    /// <summary>The factor e^(β−α)·(x_b/piv)^(α−β) that makes the high-energy branch continuous.</summary>
    public double HighFactor => Math.Exp(Beta - Alpha) * Math.Pow(BreakPoint / Piv, Alpha - Beta);

    /// <summary>Evaluates the shape at x, given the precomputed break point and high-energy factor.</summary>
    public double Evaluate(double x, double breakPoint, double highFactor) =>
        x < breakPoint
            ? K * Math.Pow(x / Piv, Alpha) * Math.Exp(-x / E0)
            : K * highFactor * Math.Pow(x / Piv, Beta);

    /// <summary>Evaluates the shape over a span.</summary>
    public void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        var breakPoint = BreakPoint;
        var highFactor = HighFactor;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Evaluate(x[i], breakPoint, highFactor);
        }
    }

    /// <summary>Evaluates the shape on a grid with one SIMD exponential per energy (<see cref="SpanKernels.TryCutoffBranches"/>),
    /// or through the scalar branches where the grid, the parameters or an exponent leave that kernel's domain.</summary>
    public void Evaluate(EnergyGrid grid, Span<double> destination)
    {
        var breakPoint = BreakPoint;
        // Where the high-energy branch is never reached (β = −∞, a cut-off power law) its factor is not needed.
        var highNorm = breakPoint == double.PositiveInfinity ? 0 : K * HighFactor;
        var inDomain = grid.AllPositiveAndFinite && Piv > 0 && double.IsFinite(Piv) && double.IsFinite(K) && double.IsFinite(Alpha) &&
            double.IsFinite(highNorm) && !double.IsNaN(breakPoint) &&
            SpanKernels.TryCutoffBranches(grid.Energies, grid.LogEnergies, Math.Log(Piv), K, Alpha, E0, breakPoint, highNorm, Beta, destination);
        if (!inDomain)
        {
            Evaluate(grid.Energies, destination);
        }
    }

    /// <summary>∫ xᵏ·f over [a, b] with 0 ≤ a ≤ b: K·piv^(−α)·E₀^s·[Γ(s, a/E₀) − Γ(s, x_b/E₀)] (s = α + k + 1) below the
    /// break plus K·factor·piv^(−β)·(b^r − x_b^r)/r (r = β + k + 1) above it.</summary>
    /// <returns>False (use quadrature) when E₀ ≤ 0, a &lt; 0, b &lt; a, or the result is not finite.</returns>
    public bool TryIntegral(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!(E0 > 0) || !(a >= 0) || !(b >= a) || !double.IsFinite(b))
        {
            return false;
        }

        var breakPoint = BreakPoint;
        if (a < breakPoint && b > a)
        {
            value += K * Math.Pow(Piv, -Alpha) * CutoffIntegrals.Exponential(Alpha + energyPower + 1, a, Math.Min(b, breakPoint), E0);
        }

        var lo = Math.Max(a, breakPoint);
        if (b > lo)
        {
            if (!(lo > 0))
            {
                return false;
            }

            value += K * HighFactor * Math.Pow(Piv, -Beta) * PowerlawIntegrals.PowerIntegral(lo, b, Beta + energyPower + 1);
        }

        return double.IsFinite(value);
    }
}

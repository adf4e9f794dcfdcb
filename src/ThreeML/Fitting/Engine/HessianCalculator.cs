namespace ThreeML.Fitting;

/// <summary>Full numerical Hessian in internal coordinates, with adaptive diagonal steps.</summary>
/// <remarks>
/// <para>
/// Diagonal: for each parameter, f(u ± hᵢeᵢ) gives g₂ᵢ and a central gradient; the step is re-tuned
/// until the function change ½ g₂ h² is within 30 % of <see cref="Aim"/>, at most <c>maxCycles</c>
/// times. The target is larger than the gradient's so that the second derivative, a difference of
/// differences, stays well above rounding noise.
/// </para>
/// <para>
/// Off-diagonal: one evaluation per pair, Hᵢⱼ = [f(u + hᵢeᵢ + hⱼeⱼ) − f(u + hᵢeᵢ) − f(u + hⱼeⱼ) + f(u)]/(hᵢhⱼ),
/// the forward formula also used by Minuit's HESSE, which costs n(n − 1)/2 calls instead of 2n(n − 1)
/// and is exact for quadratic objectives. Total cost: 2n per diagonal cycle plus n(n − 1)/2.
/// </para>
/// </remarks>
internal static class HessianCalculator
{
    /// <summary>The target function change per diagonal step: 10⁻⁴ errordef + 10⁻⁸ |f|.</summary>
    /// <remarks>
    /// The errordef term puts the step near 0.01σ, where a smooth objective is quadratic to high
    /// accuracy; the |f| term keeps the change far above rounding noise (about 10⁻¹⁵ |f| for a sum of
    /// a few hundred terms) when the objective carries a large constant, as −ln L without ln n! does.
    /// A target proportional to |f| alone (Minuit's choice) put the steps at several σ for such an
    /// objective (|f| ≈ 10⁶) and spoiled the Hessian.
    /// </remarks>
    internal static double Aim(double f, double errorDefinition) => (1e-4 * errorDefinition) + (1e-8 * Math.Abs(f));

    /// <summary>Computes the Hessian; <paramref name="steps"/> holds starting steps and receives the tuned ones.</summary>
    /// <returns>A reason string when the function was not finite near <paramref name="u"/>, otherwise <see langword="null"/>.</returns>
    public static string? Compute(InternalObjective f, Span<double> u, double fu, Span<double> steps, int maxCycles, double[,] hessian, Span<double> g, Span<double> g2)
    {
        int n = u.Length;
        double aim = Aim(fu, f.ErrorDefinition);
        Span<double> fPlus = n <= 64 ? stackalloc double[n] : new double[n];
        for (int k = 0; k < n; k++)
        {
            double uk = u[k];
            double h = steps[k] > 0 ? steps[k] : 1e-3 * (Math.Abs(uk) + 1);
            for (int cycle = 0; cycle < maxCycles; cycle++)
            {
                u[k] = uk + h;
                double fp = f.Evaluate(u);
                u[k] = uk - h;
                double fm = f.Evaluate(u);
                u[k] = uk;
                if (!double.IsFinite(fp) || !double.IsFinite(fm))
                {
                    if (cycle + 1 < maxCycles)
                    {
                        h *= 0.1;
                        continue;
                    }

                    return "the objective is not finite next to the point where the Hessian was requested";
                }

                fPlus[k] = fp;
                g[k] = (fp - fm) / (2 * h);
                g2[k] = (fp + fm - (2 * fu)) / (h * h);
                steps[k] = h;
                double sag = 0.5 * Math.Abs(g2[k]) * h * h;
                if (sag > 0.7 * aim && sag < 1.3 * aim)
                {
                    break;
                }

                double next = sag > 0 ? h * Math.Sqrt(aim / sag) : 10 * h;
                h = Math.Clamp(next, 0.01 * h, 100 * h);
            }

            hessian[k, k] = g2[k];
        }

        for (int i = 0; i < n; i++)
        {
            double ui = u[i];
            u[i] = ui + steps[i];
            for (int j = i + 1; j < n; j++)
            {
                double uj = u[j];
                u[j] = uj + steps[j];
                double fpp = f.Evaluate(u);
                u[j] = uj;
                double hij = (fpp - fPlus[i] - fPlus[j] + fu) / (steps[i] * steps[j]);
                hessian[i, j] = hessian[j, i] = double.IsFinite(hij) ? hij : 0;
            }

            u[i] = ui;
        }

        return null;
    }
}

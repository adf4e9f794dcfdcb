namespace ThreeML.Fitting;

/// <summary>Central-difference gradient and diagonal second derivatives with self-tuning steps.</summary>
/// <remarks>
/// Each component costs two evaluations, f(u ± h): g = (f₊ − f₋)/2h and g₂ = (f₊ + f₋ − 2f)/h².
/// The second derivative comes for free and sets the next step so that the function change
/// ½ g₂ h² is about <see cref="Aim"/>, far above rounding noise and small enough for the truncation
/// error to be negligible (the idea of Minuit's step tuning; the constants are ours). A step may shrink or grow by at most a factor 10 per call.
/// </remarks>
internal sealed class NumericalGradient
{
    /// <summary>The target function change per step: 10⁻⁶ errordef + 10⁻⁸ |f| (about 10⁻³σ when |f| is small).</summary>
    internal static double Aim(double f, double errorDefinition) => (1e-6 * errorDefinition) + (1e-8 * Math.Abs(f));

    private const double RelativePrecision = 8 * 2.2e-16;

    /// <summary>How many times the forward difference's own error a slope must be for one evaluation to suffice.</summary>
    private const double ForwardMargin = 10;
    private readonly double[] _steps;
    private readonly double[] _maxSteps;

    public NumericalGradient(ReadOnlySpan<double> initialSteps, InternalObjective f)
    {
        _steps = new double[initialSteps.Length];
        _maxSteps = new double[initialSteps.Length];
        for (int k = 0; k < _steps.Length; k++)
        {
            // The first gradient runs at a tenth of the user's step: close enough to a typical
            // error for g₂ to be meaningful, small enough for g to point the right way.
            _steps[k] = 0.1 * initialSteps[k];
            _maxSteps[k] = f.Transform(k).IsBounded && Math.Abs(initialSteps[k]) <= 1 ? 0.5 : 10 * initialSteps[k];
        }
    }

    public ReadOnlySpan<double> Steps => _steps;

    /// <summary>Computes g and g₂ at <paramref name="u"/>, repeating up to <paramref name="maxCycles"/> times while the steps are still settling.</summary>
    /// <returns><see langword="false"/> if the function was not finite near <paramref name="u"/>.</returns>
    public bool Compute(InternalObjective f, Span<double> u, double fu, int maxCycles, Span<double> g, Span<double> g2)
    {
        double aim = Aim(fu, f.ErrorDefinition);
        for (int cycle = 0; cycle < maxCycles; cycle++)
        {
            bool settled = true;
            for (int k = 0; k < u.Length; k++)
            {
                if (!Central(f, u, fu, k, aim, g, g2, out bool componentSettled))
                {
                    return false;
                }

                settled &= componentSettled;
            }

            if (settled)
            {
                break;
            }
        }

        return true;
    }

    /// <summary>A gradient that spends one evaluation on each component whose slope is large and two on the others.</summary>
    /// <remarks>
    /// The forward difference (f(u + h) − f(u))/h overestimates the slope by ½ g₂ h; with g₂ from the previous
    /// (central) gradient that term is subtracted, leaving an error set by how much g₂ changed since. A component is
    /// kept forward only while its slope exceeds <see cref="ForwardMargin"/> times ½ |g₂| h, the whole uncorrected error:
    /// far from the minimum that is nearly every component, and the iteration then costs n + 1 calls instead of 2n + 1.
    /// Close to the minimum the slopes shrink below the margin and every component reverts to the central difference,
    /// which also re-tunes its step, so convergence is judged on central gradients.
    /// </remarks>
    /// <returns><see langword="false"/> if the function was not finite near <paramref name="u"/>.</returns>
    public bool ComputeMostlyForward(InternalObjective f, Span<double> u, double fu, ReadOnlySpan<double> g2Previous, Span<double> g, Span<double> g2, out bool anyForward)
    {
        double aim = Aim(fu, f.ErrorDefinition);
        anyForward = false;
        for (int k = 0; k < u.Length; k++)
        {
            double uk = u[k];
            double h = _steps[k];
            double curvature = g2Previous[k];
            if (curvature > 0)
            {
                u[k] = uk + h;
                double fp = f.Evaluate(u);
                u[k] = uk;
                if (double.IsFinite(fp))
                {
                    double slope = ((fp - fu) / h) - (0.5 * curvature * h);
                    if (Math.Abs(slope) > ForwardMargin * 0.5 * curvature * h)
                    {
                        g[k] = slope;
                        g2[k] = curvature;
                        anyForward = true;
                        continue;
                    }
                }
            }

            if (!Central(f, u, fu, k, aim, g, g2))
            {
                return false;
            }
        }

        return true;
    }

    private bool Central(InternalObjective f, Span<double> u, double fu, int k, double aim, Span<double> g, Span<double> g2) =>
        Central(f, u, fu, k, aim, g, g2, out _);

    /// <summary>One central difference for component <paramref name="k"/>, re-tuning its step from the new g₂.</summary>
    private bool Central(InternalObjective f, Span<double> u, double fu, int k, double aim, Span<double> g, Span<double> g2, out bool settled)
    {
        double uk = u[k];
        double h = _steps[k];
        double fp = double.NaN, fm = double.NaN;
        for (int attempt = 0; attempt < 8; attempt++)
        {
            u[k] = uk + h;
            fp = f.Evaluate(u);
            u[k] = uk - h;
            fm = f.Evaluate(u);
            if (double.IsFinite(fp) && double.IsFinite(fm))
            {
                break;
            }

            h *= 0.1;
        }

        u[k] = uk;
        if (!double.IsFinite(fp) || !double.IsFinite(fm))
        {
            settled = false;
            return false;
        }

        g[k] = (fp - fm) / (2 * h);
        g2[k] = (fp + fm - (2 * fu)) / (h * h);
        double next = g2[k] > 0 ? Math.Sqrt(2 * aim / g2[k]) : 2 * h;
        next = Math.Clamp(next, 0.1 * h, 10 * h);
        // The precision floor wins over the largest step: far out in an unbounded coordinate (|u| ~ 1e16) the smallest
        // step that changes u can exceed the cap, and a step that does not change u gives no derivative at all.
        next = Math.Max(Math.Min(next, _maxSteps[k]), RelativePrecision * (Math.Abs(uk) + 1e-300) * 4);
        settled = Math.Abs(next / h - 1) < 0.5;
        _steps[k] = next;
        return true;
    }

    /// <summary>One central-difference gradient with steps set from known second derivatives, for an accurate EDM after a Hessian.</summary>
    /// <returns><see langword="false"/> if the function was not finite near <paramref name="u"/>.</returns>
    public static bool Fine(InternalObjective f, Span<double> u, double fu, ReadOnlySpan<double> g2, ReadOnlySpan<double> fallbackSteps, Span<double> g)
    {
        double aim = Aim(fu, f.ErrorDefinition);
        for (int k = 0; k < u.Length; k++)
        {
            double h = g2[k] > 0 ? Math.Sqrt(2 * aim / g2[k]) : 0.1 * fallbackSteps[k];
            double uk = u[k];
            u[k] = uk + h;
            double fp = f.Evaluate(u);
            u[k] = uk - h;
            double fm = f.Evaluate(u);
            u[k] = uk;
            if (!double.IsFinite(fp) || !double.IsFinite(fm))
            {
                return false;
            }

            g[k] = (fp - fm) / (2 * h);
        }

        return true;
    }
}

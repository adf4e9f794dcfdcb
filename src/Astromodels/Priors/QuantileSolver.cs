namespace Astromodels.Priors;

/// <summary>Inverts a monotone distribution function by safeguarded Newton iteration.</summary>
/// <remarks>
/// Used where no closed-form inverse exists (Beta, Gamma). Each Newton step that would leave the
/// current bracket is replaced by a bisection, geometric when the bracket spans orders of
/// magnitude so that quantiles near 0 are reached in few steps.
/// </remarks>
internal static class QuantileSolver
{
    private const int MaxIterations = 2000;
    private const double RelativeTolerance = 4e-16;

    // Newton converges quadratically, so once a step is this small the iterate is as accurate as the
    // distribution function itself (~1e-15); waiting for a smaller step only chases its rounding noise.
    private const double StepTolerance = 1e-14;

    /// <summary>Finds x in [<paramref name="lower"/>, <paramref name="upper"/>] with residual(x) = 0.</summary>
    /// <param name="residual">Non-decreasing in x, ≤ 0 at <paramref name="lower"/> and ≥ 0 at <paramref name="upper"/>.</param>
    /// <param name="slope">The derivative of <paramref name="residual"/> (a probability density, ≥ 0).</param>
    /// <param name="lower">A finite lower end of the bracket, ≥ 0.</param>
    /// <param name="upper">The upper end of the bracket; may be +∞.</param>
    /// <param name="guess">A starting point; replaced when outside the bracket.</param>
    internal static double Solve(Func<double, double> residual, Func<double, double> slope, double lower, double upper, double guess)
    {
        var lo = lower;
        var hi = upper;
        var x = guess > lo && guess < hi ? guess : Split(lo, hi, lo);
        for (var i = 0; i < MaxIterations; i++)
        {
            var r = residual(x);
            if (r == 0)
            {
                return x;
            }

            if (r < 0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            if (double.IsFinite(hi) && hi - lo <= RelativeTolerance * hi)
            {
                return 0.5 * (lo + hi);
            }

            var next = x - (r / slope(x));
            if (!(next > lo && next < hi))
            {
                next = Split(lo, hi, x);
            }

            if (Math.Abs(next - x) <= StepTolerance * Math.Abs(next))
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    private static double Split(double lo, double hi, double x)
    {
        if (double.IsPositiveInfinity(hi))
        {
            return Math.Max(2 * x, lo + 1);
        }

        if (lo == 0)
        {
            return hi / 16;
        }

        return hi > 4 * lo ? Math.Sqrt(lo * hi) : 0.5 * (lo + hi);
    }
}

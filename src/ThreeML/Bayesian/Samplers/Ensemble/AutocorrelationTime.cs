namespace ThreeML.Bayesian.Samplers.Ensemble;

/// <summary>Integrated autocorrelation time of an ensemble chain, as emcee's <c>integrated_time</c>.</summary>
/// <remarks>
/// The normalised autocorrelation function ρ(τ) = Σ_t x_t x_{t+τ} / Σ_t x_t² (x centred per walker) is
/// averaged over walkers; τ_int(M) = 2 Σ_{τ≤M} ρ(τ) − 1, and the window M is the first lag with
/// M ≥ c τ_int(M), c = 5 (Sokal 1997, "Monte Carlo methods in statistical mechanics", §3; Goodman &amp;
/// Weare 2010). Lags are summed directly and only up to the window, which is cheaper than emcee's FFT
/// for chains of a few thousand steps.
/// </remarks>
internal static class AutocorrelationTime
{
    public const double Window = 5.0;

    /// <summary>τ_int for parameter <paramref name="parameter"/> of a chain laid out [step, walker, parameter].</summary>
    public static double Estimate(ReadOnlySpan<double> chain, int steps, int walkers, int d, int parameter)
    {
        if (steps < 2)
        {
            return double.NaN;
        }

        var series = new double[walkers][];
        var norm = new double[walkers];
        for (var w = 0; w < walkers; w++)
        {
            var x = new double[steps];
            for (var t = 0; t < steps; t++)
            {
                x[t] = chain[(((t * walkers) + w) * d) + parameter];
            }

            var mean = x.Average();
            for (var t = 0; t < steps; t++)
            {
                x[t] -= mean;
                norm[w] += x[t] * x[t];
            }

            series[w] = x;
        }

        var tau = 1.0;
        for (var lag = 1; lag < steps; lag++)
        {
            var rho = 0.0;
            var used = 0;
            for (var w = 0; w < walkers; w++)
            {
                if (norm[w] > 0)
                {
                    var x = series[w];
                    var sum = 0.0;
                    for (var t = 0; t + lag < steps; t++)
                    {
                        sum += x[t] * x[t + lag];
                    }

                    rho += sum / norm[w];
                    used++;
                }
            }

            if (used == 0)
            {
                return double.NaN;
            }

            tau += 2 * rho / used;
            if (lag >= Window * tau)
            {
                return tau;
            }
        }

        return tau;
    }
}

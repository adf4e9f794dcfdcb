namespace ThreeML;

/// <summary>Information criteria from a maximum log-likelihood, as 3ML defines them.</summary>
public static class InformationCriteria
{
    /// <summary>The corrected Akaike criterion −2 ln L + 2k + 2k(k+1)/(n − k − 1) (3ML's <c>aic</c>).</summary>
    /// <param name="logLikelihood">The maximum log-likelihood.</param>
    /// <param name="k">The number of free parameters.</param>
    /// <param name="n">The number of data points (bins actually used, not channels — DESIGN.md [Q4]).</param>
    /// <remarks>Hurvich &amp; Tsai (1989), Biometrika 76, 297. Undefined (NaN) when n ≤ k + 1.</remarks>
    public static double Aic(double logLikelihood, int k, int n) =>
        n - k - 1 > 0 ? -2 * logLikelihood + 2 * k + 2.0 * k * (k + 1) / (n - k - 1) : double.NaN;

    /// <summary>The Bayesian criterion −2 ln L + k ln n (Schwarz 1978, Ann. Stat. 6, 461).</summary>
    public static double Bic(double logLikelihood, int k, int n) => -2 * logLikelihood + k * Math.Log(n);
}

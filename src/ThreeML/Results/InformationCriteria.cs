namespace ThreeML.Results;

/// <summary>The information criteria of a result (3ML's "statistical measures"): AIC and BIC for every result; DIC,
/// its effective number of parameters p_D and the evidence for posterior samples.</summary>
/// <remarks>
/// AIC is 3ML's corrected form −2 ln L + 2k + 2k(k+1)/(n − k − 1) (Hurvich &amp; Tsai 1989, Biometrika 76, 297), BIC is
/// −2 ln L + k ln n (Schwarz 1978, Ann. Stat. 6, 461), n the bins actually used (DESIGN.md [Q4]). DIC = D̄ + p_D with the
/// deviance D = −2 ln L and p_D = D̄ − D(θ̄) at the posterior mean θ̄ (Spiegelhalter et al. 2002, JRSS B 64, 583). The
/// evidence is kept as ln Z; 3ML labels log10 Z "log(Z)" ([Q6]).
/// </remarks>
public sealed record InformationCriteria
{
    /// <summary>The corrected Akaike criterion (NaN when n ≤ k + 1).</summary>
    public required double Aic { get; init; }

    /// <summary>The Bayesian (Schwarz) criterion.</summary>
    public required double Bic { get; init; }

    /// <summary>The deviance information criterion D̄ + p_D, or null for a maximum-likelihood result.</summary>
    public double? Dic { get; init; }

    /// <summary>p_D, DIC's effective number of parameters D̄ − D(θ̄), or null for a maximum-likelihood result.</summary>
    public double? EffectiveParameters { get; init; }

    /// <summary>The natural log of the evidence Z (nested sampling), or null.</summary>
    /// <remarks>Setting it sets <see cref="Log10Z"/> to ln Z / ln 10; set <see cref="Log10Z"/> after it to keep a value
    /// read from a 3ML file exactly.</remarks>
    public double? LnZ
    {
        get;
        init
        {
            field = value;
            Log10Z = value / Math.Log(10);
        }
    }

    /// <summary>log10 of the evidence (what 3ML labels "log(Z)"), or null.</summary>
    public double? Log10Z { get; init; }

    /// <summary>The criteria with the labels the results file and the summaries use ("AIC", "BIC", "DIC", "PDIC",
    /// "ln(Z)", "log10(Z)"), in that order, the absent ones left out.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Labelled
    {
        get
        {
            var list = new List<KeyValuePair<string, double>>(6) { new("AIC", Aic), new("BIC", Bic) };
            if (Dic is { } dic)
            {
                list.Add(new("DIC", dic));
            }

            if (EffectiveParameters is { } pD)
            {
                list.Add(new("PDIC", pD));
            }

            if (LnZ is { } lnZ)
            {
                list.Add(new("ln(Z)", lnZ));
                list.Add(new("log10(Z)", Log10Z ?? lnZ / Math.Log(10)));
            }

            return list;
        }
    }

    /// <summary>AIC and BIC of a maximum-likelihood result.</summary>
    /// <param name="logLikelihood">The maximum ln L.</param>
    /// <param name="k">The number of free parameters.</param>
    /// <param name="n">The number of bins the likelihood used.</param>
    public static InformationCriteria ForMaximumLikelihood(double logLikelihood, int k, int n) =>
        new() { Aic = ComputeAic(logLikelihood, k, n), Bic = ComputeBic(logLikelihood, k, n) };

    /// <summary>The corrected Akaike criterion −2 ln L + 2k + 2k(k+1)/(n − k − 1) (3ML's <c>aic</c>).</summary>
    /// <param name="logLikelihood">The maximum log-likelihood.</param>
    /// <param name="k">The number of free parameters.</param>
    /// <param name="n">The number of data points (bins actually used, not channels — DESIGN.md [Q4]).</param>
    /// <remarks>Hurvich &amp; Tsai (1989), Biometrika 76, 297. Undefined (NaN) when n ≤ k + 1.</remarks>
    public static double ComputeAic(double logLikelihood, int k, int n) =>
        n - k - 1 > 0 ? -2 * logLikelihood + 2 * k + 2.0 * k * (k + 1) / (n - k - 1) : double.NaN;

    /// <summary>The Bayesian criterion −2 ln L + k ln n (Schwarz 1978, Ann. Stat. 6, 461).</summary>
    /// <param name="logLikelihood">The maximum log-likelihood.</param>
    /// <param name="k">The number of free parameters.</param>
    /// <param name="n">The number of data points (bins actually used).</param>
    public static double ComputeBic(double logLikelihood, int k, int n) => -2 * logLikelihood + k * Math.Log(n);
}

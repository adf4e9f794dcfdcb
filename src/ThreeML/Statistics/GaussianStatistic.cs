namespace ThreeML.Statistics;

/// <summary>Gaussian counts: 3ML's Gaussian log-likelihood (−½χ²), XSPEC's χ². With a Gaussian or ideal background the
/// net counts o − αb are compared with the errors in quadrature (3ML has no statistic here; this is the standard
/// choice).</summary>
internal sealed class GaussianStatistic : SpectrumStatistic
{
    private readonly double[] _values;
    private readonly double[] _errors;
    private readonly double[] _scaledBackground;
    private readonly bool _hasBackground;

    /// <summary>Prepares the compared values and their errors once (they depend on the data only).</summary>
    /// <param name="counts">The counts per bin.</param>
    /// <param name="gaussianBackground">True: the background errors enter the net errors (Gaussian background); false:
    /// they do not (ideal background); null: no background.</param>
    public GaussianStatistic(SpectrumCounts counts, bool? gaussianBackground)
        : base(counts)
    {
        _hasBackground = gaussianBackground is not null;
        var n = counts.Count;
        _scaledBackground = new double[n];
        if (!_hasBackground)
        {
            _values = counts.Observed;
            _errors = counts.ObservedErrors;
            return;
        }

        _values = new double[n];
        _errors = new double[n];
        var alpha = counts.Alpha;
        for (var i = 0; i < n; i++)
        {
            _values[i] = counts.Observed[i] - alpha * counts.Background[i];
            var be = gaussianBackground == true ? alpha * counts.BackgroundErrors[i] : 0.0;
            _errors[i] = Math.Sqrt(counts.ObservedErrors[i] * counts.ObservedErrors[i] + be * be);
            _scaledBackground[i] = alpha * counts.Background[i];
        }
    }

    /// <inheritdoc />
    public override string XspecName => "chi2";

    /// <inheritdoc />
    public override bool HasBackgroundEstimate => _hasBackground;

    /// <inheritdoc />
    public override double LogLikelihood(ReadOnlySpan<double> model, Span<double> backgroundEstimate)
    {
        if (_hasBackground)
        {
            _scaledBackground.CopyTo(backgroundEstimate);
        }

        return GaussianObserved.LogLikelihood(_values, _errors, model);
    }

    /// <inheritdoc />
    public override double XspecStatistic(ReadOnlySpan<double> model) => -2.0 * GaussianObserved.LogLikelihood(_values, _errors, model);

    /// <inheritdoc />
    /// <remarks>o ~ Normal(M + αb, σ) clipped at 0; the background is not redrawn.</remarks>
    public override double[]? Draw(ReadOnlySpan<double> model, SpectrumCounts channels, Random random, Span<double> observed)
    {
        for (var i = 0; i < observed.Length; i++)
        {
            var mean = model[i] + (_hasBackground ? channels.Alpha * channels.Background[i] : 0.0);
            observed[i] = DrawNormalClipped(random, mean, channels.ObservedErrors[i]);
        }

        return null;
    }
}

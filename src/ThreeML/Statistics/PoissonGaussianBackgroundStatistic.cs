namespace ThreeML.Statistics;

/// <summary>Poisson counts with a Gaussian background profiled out: 3ML's Poisson/Gaussian profile likelihood, XSPEC's
/// PG-stat.</summary>
internal sealed class PoissonGaussianBackgroundStatistic(SpectrumCounts counts) : SpectrumStatistic(counts)
{
    private readonly GaussianBackgroundKernel _kernel = new(counts);

    /// <inheritdoc />
    public override string XspecName => "pgstat";

    /// <inheritdoc />
    public override double LogLikelihood(ReadOnlySpan<double> model, Span<double> backgroundEstimate) =>
        _kernel.LogLikelihood(model, backgroundEstimate);

    /// <inheritdoc />
    public override double XspecStatistic(ReadOnlySpan<double> model) =>
        XspecStatistics.PgStat(Counts.Observed, Counts.Background, Counts.BackgroundErrors, model, Counts.SourceExposure, Counts.BackgroundExposure);

    /// <inheritdoc />
    /// <remarks>As 3ML: o ~ Poisson(M + b̂) and b ~ Normal(b̂/α, σ_b) clipped at 0, b̂ the profile background (at least 0).</remarks>
    public override double[]? Draw(ReadOnlySpan<double> model, SpectrumCounts channels, Random random, Span<double> observed)
    {
        var n = observed.Length;
        var alpha = channels.Alpha;
        var estimate = new double[n];
        PoissonObservedGaussianBackground.LogLikelihood(channels.Observed, channels.Background, channels.BackgroundErrors, model, alpha, estimate);
        var background = new double[n];
        for (var i = 0; i < n; i++)
        {
            var bHat = Math.Max(estimate[i], 0.0);
            observed[i] = DrawPoisson(random, model[i] + bHat);
            background[i] = DrawNormalClipped(random, bHat / alpha, channels.BackgroundErrors[i]);
        }

        return background;
    }
}

namespace ThreeML.Statistics;

/// <summary>Poisson counts with a Poisson background profiled out: 3ML's Poisson/Poisson profile likelihood, XSPEC's
/// W-stat.</summary>
internal sealed class PoissonPoissonBackgroundStatistic(SpectrumCounts counts) : SpectrumStatistic(counts)
{
    private readonly PoissonProfileKernel _kernel = new(counts.Observed, counts.Background);

    /// <inheritdoc />
    public override string XspecName => "wstat";

    /// <inheritdoc />
    public override double LogLikelihood(ReadOnlySpan<double> model, Span<double> backgroundEstimate) =>
        _kernel.PoissonBackground(model, Counts.Alpha, backgroundEstimate);

    /// <inheritdoc />
    public override double LogLikelihoodOfScaled(ReadOnlySpan<double> rates, double scale, Span<double> model, Span<double> backgroundEstimate) =>
        _kernel.PoissonBackground(rates, scale, Counts.Alpha, backgroundEstimate);

    /// <inheritdoc />
    public override double XspecStatistic(ReadOnlySpan<double> model) =>
        XspecStatistics.WStat(Counts.Observed, Counts.Background, model, Counts.SourceExposure, Counts.BackgroundExposure);

    /// <inheritdoc />
    /// <remarks>As 3ML: o ~ Poisson(M + αB̂) and b ~ Poisson(B̂), B̂ the profile background at the current model.</remarks>
    public override double[]? Draw(ReadOnlySpan<double> model, SpectrumCounts channels, Random random, Span<double> observed)
    {
        var n = observed.Length;
        var alpha = channels.Alpha;
        var estimate = new double[n];
        PoissonObservedPoissonBackground.LogLikelihood(channels.Observed, channels.Background, model, alpha, estimate);
        var background = new double[n];
        for (var i = 0; i < n; i++)
        {
            observed[i] = DrawPoisson(random, model[i] + estimate[i]);
            background[i] = DrawPoisson(random, estimate[i] / alpha);
        }

        return background;
    }
}

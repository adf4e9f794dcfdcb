namespace ThreeML.Statistics;

/// <summary>Poisson counts without background: 3ML's Poisson log-likelihood, XSPEC's C-stat.</summary>
internal sealed class PoissonNoBackgroundStatistic(SpectrumCounts counts) : SpectrumStatistic(counts)
{
    private readonly PoissonProfileKernel _kernel = new(counts.Observed, []);

    /// <inheritdoc />
    public override string XspecName => "cstat";

    /// <inheritdoc />
    public override bool HasBackgroundEstimate => false;

    /// <inheritdoc />
    public override double LogLikelihood(ReadOnlySpan<double> model, Span<double> backgroundEstimate) => _kernel.NoBackground(model);

    /// <inheritdoc />
    public override double LogLikelihoodOfScaled(ReadOnlySpan<double> rates, double scale, Span<double> model, Span<double> backgroundEstimate) =>
        _kernel.NoBackground(rates, scale);

    /// <inheritdoc />
    public override double XspecStatistic(ReadOnlySpan<double> model) => XspecStatistics.CStat(Counts.Observed, model);

    /// <inheritdoc />
    public override double[]? Draw(ReadOnlySpan<double> model, SpectrumCounts channels, Random random, Span<double> observed)
    {
        for (var i = 0; i < observed.Length; i++)
        {
            observed[i] = DrawPoisson(random, model[i]);
        }

        return null;
    }
}

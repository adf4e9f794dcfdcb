namespace ThreeML.Statistics;

/// <summary>Poisson counts over a background known exactly: 3ML's ideal-background likelihood, XSPEC's pstat.</summary>
internal sealed class PoissonIdealBackgroundStatistic : SpectrumStatistic
{
    private readonly double[] _scaledBackground;

    /// <summary>Scales the background into the source spectrum once (αb per bin).</summary>
    public PoissonIdealBackgroundStatistic(SpectrumCounts counts)
        : base(counts)
    {
        _scaledBackground = new double[counts.Count];
        for (var i = 0; i < _scaledBackground.Length; i++)
        {
            _scaledBackground[i] = counts.Alpha * counts.Background[i];
        }
    }

    /// <inheritdoc />
    public override string XspecName => "pstat";

    /// <inheritdoc />
    public override double LogLikelihood(ReadOnlySpan<double> model, Span<double> backgroundEstimate)
    {
        _scaledBackground.CopyTo(backgroundEstimate);
        return PoissonObservedIdealBackground.LogLikelihood(Counts.Observed, _scaledBackground, model);
    }

    /// <inheritdoc />
    public override double XspecStatistic(ReadOnlySpan<double> model) => XspecStatistics.PStat(Counts.Observed, _scaledBackground, model);

    /// <inheritdoc />
    /// <remarks>o ~ Poisson(M + αb); the background is not redrawn.</remarks>
    public override double[]? Draw(ReadOnlySpan<double> model, SpectrumCounts channels, Random random, Span<double> observed)
    {
        for (var i = 0; i < observed.Length; i++)
        {
            observed[i] = DrawPoisson(random, model[i] + (channels.Alpha * channels.Background[i]));
        }

        return null;
    }
}

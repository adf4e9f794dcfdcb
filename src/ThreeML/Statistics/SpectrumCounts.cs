namespace ThreeML.Statistics;

/// <summary>The counts a spectrum statistic compares the model with, per likelihood bin (active channels or rebinned
/// groups), with the scalings between background and source spectrum.</summary>
/// <param name="Observed">Observed counts o per bin.</param>
/// <param name="ObservedErrors">Gaussian 1σ errors of <paramref name="Observed"/> (empty or zeros for Poisson data).</param>
/// <param name="Background">Background counts b per bin as stored in the background spectrum (zeros without one).</param>
/// <param name="BackgroundErrors">Gaussian 1σ errors of <paramref name="Background"/> (zeros for a Poisson background).</param>
/// <param name="Alpha">The background-to-source scaling α (1 without background).</param>
/// <param name="SourceExposure">t·BACKSCAL·AREASCAL of the source spectrum (XSPEC's statistics use it).</param>
/// <param name="BackgroundExposure">t·BACKSCAL·AREASCAL of the background spectrum (1 without background).</param>
internal sealed record SpectrumCounts(double[] Observed, double[] ObservedErrors, double[] Background, double[] BackgroundErrors,
    double Alpha, double SourceExposure, double BackgroundExposure)
{
    /// <summary>The number of likelihood bins.</summary>
    public int Count => Observed.Length;
}

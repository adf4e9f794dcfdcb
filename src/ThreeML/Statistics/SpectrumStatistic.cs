using MathNet.Numerics.Distributions;

namespace ThreeML.Statistics;

/// <summary>One 3ML noise combination of a binned spectrum as an object (iminuit's cost classes are the model): it owns
/// its data-derived constants and scratch buffers, its 3ML log-likelihood, its XSPEC-convention statistic and its
/// simulation draw.</summary>
/// <remarks>A statistic belongs to one plugin copy (its buffers are written on every call); bound copies and worker
/// clones each build their own. The subclasses keep the exact arithmetic of the static formulas they call
/// (<see cref="PoissonObservedNoBackground"/>, <see cref="PoissonObservedPoissonBackground"/>,
/// <see cref="PoissonObservedGaussianBackground"/>, <see cref="PoissonObservedIdealBackground"/>,
/// <see cref="GaussianObserved"/>), which remain the scalar references.</remarks>
internal abstract class SpectrumStatistic(SpectrumCounts counts)
{
    /// <summary>The counts per likelihood bin.</summary>
    protected SpectrumCounts Counts { get; } = counts;

    /// <summary>The XSPEC name of the statistic ("cstat", "wstat", "pgstat", "pstat" or "chi2").</summary>
    public abstract string XspecName { get; }

    /// <summary>Whether the statistic has a background estimate per bin (what <see cref="LogLikelihood"/> writes).</summary>
    public virtual bool HasBackgroundEstimate => true;

    /// <summary>3ML's log-likelihood (natural log, with the data-only terms) of the expected source counts per bin.</summary>
    /// <param name="model">Expected source counts per likelihood bin.</param>
    /// <param name="backgroundEstimate">Receives the background counts per bin the likelihood used (profiled, scaled
    /// or ideal) when <see cref="HasBackgroundEstimate"/>; left untouched otherwise.</param>
    public abstract double LogLikelihood(ReadOnlySpan<double> model, Span<double> backgroundEstimate);

    /// <summary>3ML's log-likelihood of the expected source counts scale·rates[i] per bin: the same value, bit for bit,
    /// as <see cref="LogLikelihood"/> of those products.</summary>
    /// <param name="rates">The rates per likelihood bin (counts/s per unit effective area).</param>
    /// <param name="scale">cons·t·AREASCAL, s.</param>
    /// <param name="model">Scratch for the products, one per bin (a statistic that multiplies as it loads leaves it
    /// unwritten).</param>
    /// <param name="backgroundEstimate">As for <see cref="LogLikelihood"/>.</param>
    /// <remarks>The default writes the products and calls <see cref="LogLikelihood"/>; the W-stat multiplies in its own
    /// loads (one pass over the bins fewer per call).</remarks>
    public virtual double LogLikelihoodOfScaled(ReadOnlySpan<double> rates, double scale, Span<double> model, Span<double> backgroundEstimate)
    {
        System.Numerics.Tensors.TensorPrimitives.Multiply(rates, scale, model[..rates.Length]);
        return LogLikelihood(model[..rates.Length], backgroundEstimate);
    }

    /// <summary>The statistic XSPEC prints for the same data and model (−2 ln L without the data-only terms).</summary>
    /// <param name="model">Expected source counts per likelihood bin.</param>
    public abstract double XspecStatistic(ReadOnlySpan<double> model);

    /// <summary>Draws one simulated data set over all channels from the expected source counts (3ML's
    /// <c>get_simulated_dataset</c>).</summary>
    /// <param name="model">Expected source counts per channel.</param>
    /// <param name="channels">The counts per channel (not per likelihood bin) of the spectra being simulated.</param>
    /// <param name="random">The random source.</param>
    /// <param name="observed">Receives the simulated observed counts per channel.</param>
    /// <returns>The simulated background counts per channel, or null when the background is not redrawn.</returns>
    public abstract double[]? Draw(ReadOnlySpan<double> model, SpectrumCounts channels, Random random, Span<double> observed);

    /// <summary>A Poisson draw of mean <paramref name="mean"/>; 0 for a mean that is not positive and finite.</summary>
    protected static double DrawPoisson(Random random, double mean) =>
        mean > 0 && double.IsFinite(mean) ? Poisson.Sample(random, mean) : 0.0;

    /// <summary>A Gaussian draw clipped at 0; the mean itself when σ is 0.</summary>
    protected static double DrawNormalClipped(Random random, double mean, double sigma) =>
        sigma > 0 ? Math.Max(0.0, Normal.Sample(random, mean, sigma)) : mean;
}

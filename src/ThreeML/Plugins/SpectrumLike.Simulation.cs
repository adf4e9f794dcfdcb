using Astromodels;
using Astromodels.Functions;
using MathNet.Numerics.Distributions;
using ThreeML.Responses;
using ThreeML.Spectra;
using ThreeML.Statistics;

namespace ThreeML.Plugins;

public partial class SpectrumLike
{
    /// <summary>Simulates a data set from the current model, with the same kind of noise, selection, rebinning, source
    /// assignment and effective-area setting (3ML's <c>get_simulated_dataset</c>; for goodness of fit and LRT).</summary>
    /// <param name="name">The new plugin's name.</param>
    /// <param name="random">The random source (injected, for reproducibility).</param>
    /// <remarks>As 3ML: Poisson/Poisson draws o ~ Poisson(M + αB̂) and b ~ Poisson(B̂) with B̂ the profile background
    /// at the current parameters; Poisson/Gaussian draws o ~ Poisson(M + b̂) and b ~ Normal(b̂/α, σ_b) clipped at 0;
    /// Poisson/ideal draws o ~ Poisson(M + αb); Gaussian data draw Normal(M, σ) clipped at 0.</remarks>
    public SpectrumLike GetSimulatedDataset(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        CheckName(name);
        var expected = Likelihood.ChannelModelCounts();
        var channels = ChannelCounts();
        var obs = new double[_observation.ChannelCount];
        var bkg = CreateStatistic(channels).Draw(expected, channels, random, obs);
        var like = (SpectrumLike)Clone();
        like._name = name;
        like._effectiveAreaCorrection = EffectiveAreaCorrectionLike(name, _effectiveAreaCorrection);
        like.ExcludedFromFit = false;
        like._observation = _observation.WithCounts(obs, _observation.HasCountErrors ? _observation.CountErrors.ToArray() : null);
        like._background = bkg is null ? _background : _background!.WithCounts(bkg, _background.HasCountErrors ? _background.CountErrors.ToArray() : null);
        like.RefreshActiveData();
        return like;
    }

    /// <summary>Simulates a spectrum without dispersion from a source function (3ML's <c>SpectrumLike.from_function</c>).</summary>
    /// <param name="name">The plugin name.</param>
    /// <param name="sourceFunction">Differential photon flux of the source, 1/(cm² keV s).</param>
    /// <param name="energyEdges">Channel edges, keV.</param>
    /// <param name="random">The random source.</param>
    /// <param name="backgroundFunction">Differential background rate per channel energy, or null for no background.</param>
    /// <param name="sourceErrors">One-sigma errors for Gaussian source counts, or null for Poisson.</param>
    /// <param name="backgroundErrors">One-sigma errors for a Gaussian background, or null for Poisson.</param>
    /// <param name="exposure">Exposure of source and background, s (default 1, as 3ML).</param>
    /// <param name="scaleFactor">BACKSCAL of the source (default 1).</param>
    public static SpectrumLike FromFunction(string name, Function1D sourceFunction, ReadOnlySpan<double> energyEdges, Random random,
        Function1D? backgroundFunction = null, double[]? sourceErrors = null, double[]? backgroundErrors = null, double exposure = 1.0, double scaleFactor = 1.0)
    {
        var template = new BinnedSpectrum(new double[energyEdges.Length - 1], exposure, energyEdges, scaleFactor: scaleFactor);
        var (obs, bkg) = Simulate(template, null, sourceFunction, random, backgroundFunction, sourceErrors, backgroundErrors, exposure);
        return new SpectrumLike(name, obs, bkg);
    }

    /// <summary>Draws observed (and background) spectra for <see cref="FromFunction"/>-style simulations.</summary>
    /// <remarks>
    /// The source expectation is the plugin's own model counts (Simpson per bin, folded when dispersed). The background
    /// expectation is the background function integrated (Simpson) over each channel's energy range times the
    /// exposure — not folded through the response, as 3ML. The background is drawn once, b ~ Poisson(B), and the
    /// observed counts o ~ Poisson(M + B); 3ML draws the background a second time from a profile estimate conditioned
    /// on a dummy all-ones spectrum ([Q2]), which only adds noise to the simulated background, so we do not.
    /// </remarks>
    private protected static (BinnedSpectrum Observation, BinnedSpectrum? Background) Simulate(
        BinnedSpectrum template,
        InstrumentResponse? response,
        Function1D sourceFunction,
        Random random,
        Function1D? backgroundFunction,
        double[]? sourceErrors,
        double[]? backgroundErrors,
        double exposure)
    {
        ArgumentNullException.ThrowIfNull(sourceFunction);
        ArgumentNullException.ThrowIfNull(random);
        var generator = new SpectrumLike("generator", template, null, response);
        generator.SetModel(new Model(new PointSource("fake", ra: 0, dec: 0, sourceFunction.Clone())));
        var expected = generator.GetExpectedModelCounts();
        if (expected.Any(m => m < 0))
        {
            throw new ArgumentException("The source function gives negative expected counts; a photon spectrum must be non-negative.", nameof(sourceFunction));
        }

        var n = template.ChannelCount;
        var background = new double[n];
        BinnedSpectrum? bkgSpectrum = null;
        if (backgroundFunction is not null)
        {
            var edges = template.Edges;
            var bkgGenerator = new SpectrumLike("background", new BinnedSpectrum(new double[n], exposure, edges));
            bkgGenerator.SetModel(new Model(new PointSource("fake_background", ra: 0, dec: 0, backgroundFunction.Clone())));
            var expectedBkg = bkgGenerator.GetExpectedModelCounts();
            for (var i = 0; i < n; i++)
            {
                background[i] = backgroundErrors is null
                    ? DrawPoisson(random, expectedBkg[i])
                    : Math.Max(0.0, Normal.Sample(random, expectedBkg[i], backgroundErrors[i]));
            }

            bkgSpectrum = new BinnedSpectrum(background, exposure, edges, countErrors: backgroundErrors, telescope: template.Telescope, instrument: template.Instrument);
            for (var i = 0; i < n; i++)
            {
                expected[i] += expectedBkg[i];
            }
        }

        var observed = new double[n];
        for (var i = 0; i < n; i++)
        {
            observed[i] = sourceErrors is null
                ? DrawPoisson(random, expected[i])
                : Math.Max(0.0, Normal.Sample(random, expected[i], sourceErrors[i]));
        }

        return (template.WithCounts(observed, sourceErrors), bkgSpectrum);
    }

    /// <summary>The counts per channel of the observed and background spectra as stored (for simulations).</summary>
    private SpectrumCounts ChannelCounts() => new(
        _observation.Counts.ToArray(),
        _observation.HasCountErrors ? _observation.CountErrors.ToArray() : new double[_observation.ChannelCount],
        _background is null ? new double[_observation.ChannelCount] : _background.Counts.ToArray(),
        _background is { HasCountErrors: true } ? _background.CountErrors.ToArray() : new double[_observation.ChannelCount],
        ScaleFactor,
        SourceExposure,
        BackgroundExposure);

    private static double DrawPoisson(Random random, double mean) =>
        mean > 0 && double.IsFinite(mean) ? Poisson.Sample(random, mean) : 0.0;
}

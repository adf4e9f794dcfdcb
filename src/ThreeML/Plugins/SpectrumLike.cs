using Astromodels;
using Astromodels.Priors;

namespace ThreeML.Plugins;

/// <summary>A binned spectrum without energy dispersion (3ML's <c>SpectrumLike</c>): the model is integrated over the
/// channel energy bins and compared with the counts through the likelihood its noise models call for.</summary>
/// <remarks>
/// <para>The likelihood follows 3ML: Poisson counts with no background (cstat), with a Poisson background profiled
/// out (W-stat), with a Gaussian background profiled out (PG-stat) or with an ideal background; Gaussian counts
/// (½χ²). Expected counts are M = cons·t·AREASCAL·∫f over each bin, with the integral by Simpson's rule per bin
/// (<see cref="IntegrationMethod"/>), summed over the active channels or the rebinned groups.</para>
/// <para>Nothing is allocated per <see cref="GetLogLike"/> call: every buffer is sized when the model or the
/// selection changes.</para>
/// </remarks>
public partial class SpectrumLike : IIntegratedModelPlugin
{
    private readonly BinnedSpectrum _observation;
    private readonly BinnedSpectrum? _background;
    private Parameter _effectiveAreaCorrection;
    private BackgroundNoise _backgroundNoise;
    private Model? _model;
    private PointSource? _source;
    private string? _sourceName;
    private ModelIntegrationMethod _integrationMethod = ModelIntegrationMethod.Simpson;

    /// <summary>Creates the plugin.</summary>
    /// <param name="name">A unique name (letters, digits and underscores), e.g. "s1".</param>
    /// <param name="observation">The observed spectrum.</param>
    /// <param name="background">The background spectrum, or null for none.</param>
    /// <exception cref="ArgumentException">The name is invalid, the background has a different number of channels, or
    /// the noise models cannot be combined (Gaussian observation with a Poisson background).</exception>
    public SpectrumLike(string name, BinnedSpectrum observation, BinnedSpectrum? background = null)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (string.IsNullOrWhiteSpace(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"Plugin name '{name}' is invalid: use letters, digits and underscores.", nameof(name));
        }

        if (background is not null && background.ChannelCount != observation.ChannelCount)
        {
            throw new ArgumentException($"Plugin '{name}': the background has {background.ChannelCount} channels but the observation has {observation.ChannelCount}.", nameof(background));
        }

        Name = name;
        _observation = observation;
        _background = background;
        ObservationNoise = observation.IsPoisson ? ObservationNoise.Poisson : ObservationNoise.Gaussian;
        _backgroundNoise = background is null ? BackgroundNoise.None : background.IsPoisson ? BackgroundNoise.Poisson : BackgroundNoise.Gaussian;
        if (ObservationNoise == ObservationNoise.Gaussian && _backgroundNoise == BackgroundNoise.Poisson)
        {
            throw new ArgumentException($"Plugin '{name}': a Gaussian observation with a Poisson background has no likelihood in 3ML; give the background errors (Gaussian) or use Poisson counts.", nameof(background));
        }

        _effectiveAreaCorrection = new Parameter($"cons_{name}", 1.0, 0.8, 1.2, description: "Effective area correction", free: false, isNormalization: true);
        _selection = new ChannelSelection(DefaultMask(), null);
        RefreshActiveData();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The observed spectrum.</summary>
    public BinnedSpectrum Observation => _observation;

    /// <summary>The background spectrum, or null.</summary>
    public BinnedSpectrum? Background => _background;

    /// <summary>The noise model of the observed counts (from the data).</summary>
    public ObservationNoise ObservationNoise { get; }

    /// <summary>The noise model of the background: from the data, or <see cref="BackgroundNoise.Ideal"/> when set.</summary>
    /// <exception cref="ArgumentException">A value that does not fit the data (e.g. Poisson for a background with errors).</exception>
    public BackgroundNoise BackgroundNoise
    {
        get => _backgroundNoise;
        set
        {
            var natural = _background is null ? BackgroundNoise.None : _background.IsPoisson ? BackgroundNoise.Poisson : BackgroundNoise.Gaussian;
            if (value != natural && !(value == BackgroundNoise.Ideal && _background is not null))
            {
                throw new ArgumentException($"Plugin '{Name}': the background noise model can be {natural} (from the data) or Ideal, not {value}.", nameof(value));
            }

            _backgroundNoise = value;
            _statistic = null;
        }
    }

    /// <summary>The effective-area constant <c>cons_&lt;name&gt;</c> multiplying the model (fixed at 1 in [0.8, 1.2] by
    /// default). On a data list's plugin it is the template each analysis copies into its model; on a bound plugin
    /// (<see cref="Bind"/>) it is the analysis's own parameter, the one in its model.</summary>
    public Parameter EffectiveAreaCorrection => _effectiveAreaCorrection;

    /// <inheritdoc />
    public IReadOnlyList<Parameter> NuisanceParameters => [_effectiveAreaCorrection];

    /// <inheritdoc />
    public bool ExcludedFromFit { get; set; }

    /// <summary>The name of the source this plugin sees, or null when it sees the sum of all point sources.</summary>
    public string? AssignedSource => _sourceName;

    /// <summary>How the model is integrated over each energy bin (Simpson by default, as 3ML).</summary>
    public ModelIntegrationMethod IntegrationMethod
    {
        get => _integrationMethod;
        set
        {
            _integrationMethod = value;
            if (_model is not null)
            {
                BuildEvaluationGrid();
            }
        }
    }

    /// <summary>The background-to-source scaling α = (t·BACKSCAL·AREASCAL)_src / (t·BACKSCAL·AREASCAL)_bkg (1 without background).</summary>
    public double ScaleFactor =>
        _background is null ? 1.0 : AreaRatio * ExposureRatio;

    /// <summary>BACKSCAL·AREASCAL of the source over that of the background (1 without background).</summary>
    public double AreaRatio =>
        _background is null ? 1.0 : _observation.ScaleFactor * _observation.AreaScale / (_background.ScaleFactor * _background.AreaScale);

    /// <summary>Source exposure over background exposure (1 without background).</summary>
    public double ExposureRatio => _background is null ? 1.0 : _observation.Exposure / _background.Exposure;

    /// <summary>Makes the plugin see only the named point source instead of the sum of all of them.</summary>
    /// <param name="sourceName">A point source of the model passed to <see cref="SetModel"/>.</param>
    /// <exception cref="KeyNotFoundException">A model is already set and has no such source.</exception>
    public void AssignToSource(string sourceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        _sourceName = sourceName;
        if (_model is not null)
        {
            SetModel(_model);
        }
    }

    /// <summary>Frees the effective-area constant within [<paramref name="min"/>, <paramref name="max"/>] with a uniform
    /// prior, or a truncated Gaussian prior (mean <paramref name="mu"/>, σ <paramref name="sigma"/>) when asked.</summary>
    /// <exception cref="ArgumentException">min ≥ max, or the current value lies outside.</exception>
    public void UseEffectiveAreaCorrection(double min = 0.8, double max = 1.2, bool useGaussianPrior = false, double mu = 1.0, double sigma = 0.1)
    {
        if (!(min < max))
        {
            throw new ArgumentException($"Plugin '{Name}': the effective-area range [{min}, {max}] is empty.", nameof(min));
        }

        _effectiveAreaCorrection.Bounds = (min, max);
        _effectiveAreaCorrection.Free = true;
        _effectiveAreaCorrection.Prior = useGaussianPrior
            ? new TruncatedGaussian(mu: mu, sigma: sigma, lowerBound: min, upperBound: max)
            : new UniformPrior(lowerBound: min, upperBound: max);
    }

    /// <summary>Fixes the effective-area constant at <paramref name="value"/> (1 by default).</summary>
    public void FixEffectiveAreaCorrection(double value = 1.0)
    {
        _effectiveAreaCorrection.Value = value;
        _effectiveAreaCorrection.Free = false;
    }

    /// <inheritdoc />
    public void SetModel(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.PointSourceCount == 0)
        {
            throw new ArgumentException($"Plugin '{Name}': the model has no point source.", nameof(model));
        }

        PointSource? source = null;
        if (_sourceName is not null && !model.Sources.TryGetValue(_sourceName, out source))
        {
            throw new KeyNotFoundException($"Plugin '{Name}' is assigned to source '{_sourceName}', which is not in the model (sources: {string.Join(", ", model.Sources.Keys)}).");
        }

        _model = model;
        _source = source;
        BuildEvaluationGrid();
    }

    /// <inheritdoc />
    /// <remarks>The copy keeps the model's <c>cons_&lt;name&gt;</c> when the model already has one (an earlier analysis of the
    /// same model, a clone or a YAML file), so analyses that share a model share its value and links; otherwise a copy
    /// of <see cref="EffectiveAreaCorrection"/> (value, bounds, free state, prior) joins the model.</remarks>
    public IPlugin Bind(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bound = (SpectrumLike)Clone();
        var name = _effectiveAreaCorrection.Name;
        var existing = model.ExternalParameters.FirstOrDefault(p => p.Name == name);
        if (existing is not null)
        {
            bound._effectiveAreaCorrection = existing;
        }
        else
        {
            model.AddExternalParameter(bound._effectiveAreaCorrection);
        }

        bound.SetModel(model);
        return bound;
    }

    /// <inheritdoc />
    public double GetLogLike()
    {
        if (ExcludedFromFit)
        {
            return 0.0;
        }

        ComputeActiveModelCounts();
        return EvaluateStatistic();
    }

    /// <inheritdoc />
    public int GetNumberOfDataPoints() => ActiveBinCount;

    /// <inheritdoc />
    public IPlugin Simulate(string name, Random random) => GetSimulatedDataset(name, random);

    /// <inheritdoc />
    /// <remarks>The copy has this plugin's runtime type (a subclass stays that subclass, with its own fields copied
    /// shallowly), the same data, selection and settings, a new <c>cons_&lt;name&gt;</c> with the same state, fresh buffers
    /// and no model.</remarks>
    public IPlugin Clone()
    {
        var copy = (SpectrumLike)MemberwiseClone();
        copy._effectiveAreaCorrection = new Parameter(_effectiveAreaCorrection.Name, 1.0, 0.8, 1.2, description: "Effective area correction", free: false, isNormalization: true);
        copy._effectiveAreaCorrection.CopyStateFrom(_effectiveAreaCorrection);
        copy._model = null;
        copy._source = null;
        copy._integrator = null;
        copy._fluxOnGrid = [];
        copy._binFlux = [];
        copy._channelCounts = [];
        copy.RefreshActiveData();
        return copy;
    }

    /// <summary>The model energy grid edges, keV: the channel edges here, the response's true-energy grid for dispersed data.</summary>
    protected virtual ReadOnlySpan<double> ModelEnergyEdges => _observation.Edges;

    /// <summary>Maps integrated photon fluxes per model energy bin (1/(cm² s)) to count rates per channel (counts/s per
    /// unit effective area correction); without dispersion each bin is its channel.</summary>
    protected virtual void MapToChannels(ReadOnlySpan<double> photonFluxPerBin, Span<double> ratesPerChannel) =>
        photonFluxPerBin.CopyTo(ratesPerChannel);

    /// <summary>Creates a plugin of the same kind with the given spectra (used by simulations).</summary>
    protected virtual SpectrumLike CreateLike(string name, BinnedSpectrum observation, BinnedSpectrum? background) =>
        new(name, observation, background);

    private Model RequireModel() =>
        _model ?? throw new InvalidOperationException($"Plugin '{Name}' has no model: call SetModel first (an analysis binds its own copies: use its BoundData).");
}

using Astromodels;
using ThreeML.Responses;
using ThreeML.Spectra;
using ThreeML.Statistics;

namespace ThreeML.Plugins;

/// <summary>A binned spectrum (3ML's <c>SpectrumLike</c>): the model is integrated over the model energy bins, mapped to
/// channels by the plugin's response (identity here, a fold for <see cref="DispersionSpectrumLike"/>) and compared with
/// the counts through the likelihood its noise models call for.</summary>
/// <remarks>
/// <para>A composition (design record 0019): immutable data (the spectra and a response component), the settings (the
/// channel selection, noise models, source, integration rule, the <c>cons_&lt;name&gt;</c> template) and, once connected
/// to a model, a worker that owns every buffer of an evaluation. <see cref="Bind"/> gives each analysis its own copy
/// with its own worker; the data are shared.</para>
/// <para>The likelihood follows 3ML: Poisson counts with no background (cstat), with a Poisson background profiled
/// out (W-stat), with a Gaussian background profiled out (PG-stat) or with an ideal background; Gaussian counts
/// (½χ²). Expected counts are M = cons·t·AREASCAL·∫f over each bin, with the integral by Simpson's rule per bin
/// (<see cref="IntegrationMethod"/>), summed over the active channels or the rebinned groups. Nothing is allocated per
/// <see cref="GetLogLike"/> call.</para>
/// </remarks>
public partial class SpectrumLike : IIntegratedModelPlugin
{
    private readonly SpectrumResponse _response;
    private string _name;
    private BinnedSpectrum _observation;
    private BinnedSpectrum? _background;
    private Parameter _effectiveAreaCorrection;
    private BackgroundNoise _backgroundNoise;
    private string? _sourceName;
    private ModelIntegrationMethod _integrationMethod = ModelIntegrationMethod.Simpson;
    private SpectrumLikelihood? _likelihood;

    /// <summary>Creates the plugin; each channel is its own energy bin (no dispersion).</summary>
    /// <param name="name">A unique name (letters, digits and underscores), e.g. "s1".</param>
    /// <param name="observation">The observed spectrum.</param>
    /// <param name="background">The background spectrum, or null for none.</param>
    /// <exception cref="ArgumentException">The name is invalid, the background has a different number of channels, or
    /// the noise models cannot be combined (Gaussian observation with a Poisson background).</exception>
    public SpectrumLike(string name, BinnedSpectrum observation, BinnedSpectrum? background = null)
        : this(name, observation, background, null)
    {
    }

    /// <summary>Creates the plugin with a fold through <paramref name="response"/> (null: the identity).</summary>
    private protected SpectrumLike(string name, BinnedSpectrum observation, BinnedSpectrum? background, InstrumentResponse? response)
    {
        ArgumentNullException.ThrowIfNull(observation);
        _name = CheckName(name);
        if (background is not null && background.ChannelCount != observation.ChannelCount)
        {
            throw new ArgumentException($"Plugin '{name}': the background has {background.ChannelCount} channels but the observation has {observation.ChannelCount}.", nameof(background));
        }

        _observation = observation;
        _background = background;
        _response = response is null ? SpectrumResponse.Identity(observation) : SpectrumResponse.Folding(response);
        ObservationNoise = observation.IsPoisson ? ObservationNoise.Poisson : ObservationNoise.Gaussian;
        _backgroundNoise = NaturalBackgroundNoise;
        if (ObservationNoise == ObservationNoise.Gaussian && _backgroundNoise == BackgroundNoise.Poisson)
        {
            throw new ArgumentException($"Plugin '{name}': a Gaussian observation with a Poisson background has no likelihood in 3ML; give the background errors (Gaussian) or use Poisson counts.", nameof(background));
        }

        _effectiveAreaCorrection = EffectiveAreaCorrectionLike(name, null);
        _selection = new ChannelSelection(DefaultMask(), null);
        RefreshActiveData();
    }

    /// <inheritdoc />
    public string Name => _name;

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
            var natural = NaturalBackgroundNoise;
            if (value != natural && !(value == BackgroundNoise.Ideal && _background is not null))
            {
                throw new ArgumentException($"Plugin '{Name}': the background noise model can be {natural} (from the data) or Ideal, not {value}.", nameof(value));
            }

            _backgroundNoise = value;
            RefreshActiveData();
        }
    }

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
            _likelihood?.SetIntegrationMethod(value);
        }
    }

    /// <summary>The background-to-source scaling α = (t·BACKSCAL·AREASCAL)_src / (t·BACKSCAL·AREASCAL)_bkg (1 without background).</summary>
    public double ScaleFactor => _background is null ? 1.0 : AreaRatio * ExposureRatio;

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
        if (_likelihood is not null)
        {
            SetModel(_likelihood.Model);
        }
    }

    /// <inheritdoc />
    public int GetNumberOfDataPoints() => ActiveBinCount;

    /// <inheritdoc />
    public IPlugin Simulate(string name, Random random) => GetSimulatedDataset(name, random);

    private BackgroundNoise NaturalBackgroundNoise =>
        _background is null ? BackgroundNoise.None : _background.IsPoisson ? BackgroundNoise.Poisson : BackgroundNoise.Gaussian;

    private static string CheckName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : throw new ArgumentException($"Plugin name '{name}' is invalid: use letters, digits and underscores.", nameof(name));
}

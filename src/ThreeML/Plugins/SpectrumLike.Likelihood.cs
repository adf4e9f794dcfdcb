using Astromodels;
using ThreeML.Statistics;

namespace ThreeML.Plugins;

public partial class SpectrumLike
{
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

        _likelihood = new SpectrumLikelihood(model, source, _effectiveAreaCorrection, _observation, _response, _integrationMethod, _selection, CreateStatistic(_counts));
    }

    /// <inheritdoc />
    /// <remarks>The copy keeps the model's <c>cons_&lt;name&gt;</c> when the model already has one (an earlier analysis of the
    /// same model, a clone or a YAML file), so analyses that share a model share its value and links; otherwise a copy
    /// of <see cref="EffectiveAreaCorrection"/> (value, bounds, free state, prior) joins the model.</remarks>
    public IPlugin Bind(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bound = (SpectrumLike)Clone();
        var existing = model.ExternalParameters.FirstOrDefault(p => p.Name == _effectiveAreaCorrection.Name);
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
    /// <remarks>The copy has this plugin's runtime type (a subclass stays that subclass, with its own fields copied
    /// shallowly), the same data, response, selection and settings, a new <c>cons_&lt;name&gt;</c> with the same state and
    /// no model (so no worker).</remarks>
    public IPlugin Clone()
    {
        var copy = (SpectrumLike)MemberwiseClone();
        copy._effectiveAreaCorrection = EffectiveAreaCorrectionLike(Name, _effectiveAreaCorrection);
        copy._likelihood = null;
        return copy;
    }

    /// <inheritdoc />
    public double GetLogLike() => ExcludedFromFit ? 0.0 : Likelihood.LogLikelihood();

    /// <summary>Expected model counts in every channel (source only, no background; ignoring the selection), for the
    /// current parameter values.</summary>
    public double[] GetExpectedModelCounts() => Likelihood.ChannelModelCounts().ToArray();

    /// <summary>Expected model counts in the bins used by the likelihood (active channels or rebinned groups).</summary>
    public double[] GetModelCounts() => Likelihood.ActiveModelCounts().ToArray();

    /// <summary>The profiled background counts expected in the source spectrum, per likelihood bin (αB̂ for a Poisson
    /// background), at the current parameter values; the scaled background for an ideal background; empty without background.</summary>
    public double[] GetBackgroundEstimate() =>
        _backgroundNoise == BackgroundNoise.None ? [] : Likelihood.BackgroundEstimate().ToArray();

    /// <summary>The XSPEC-convention fit statistic for the current parameters (C-stat, W-stat, PG-stat, pstat or χ²) and its name.</summary>
    /// <remarks>3ML's log-likelihood keeps data-only terms (−ln o!, −ln b!); XSPEC drops them and multiplies by −2, so
    /// these values are what XSPEC prints for the same data and model.</remarks>
    public (string Name, double Value) GetXspecStatistic()
    {
        var likelihood = Likelihood;
        var value = likelihood.XspecStatistic();
        return (likelihood.Statistic.XspecName, value);
    }

    /// <inheritdoc />
    ReadOnlySpan<double> IIntegratedModelPlugin.ModelEnergyEdges => _response.ModelEnergyEdges;

    /// <inheritdoc />
    double IIntegratedModelPlugin.LogLikeFromBinFlux(ReadOnlySpan<double> binFlux) =>
        ExcludedFromFit ? 0.0 : Likelihood.LogLikelihoodFromBinFlux(binFlux);

    /// <summary>The worker connected to the model; an exception naming the fix when there is none.</summary>
    private protected SpectrumLikelihood Likelihood =>
        _likelihood ?? throw new InvalidOperationException($"Plugin '{Name}' has no model: call SetModel first (an analysis binds its own copies: use its BoundData).");

    /// <summary>The one place where the (observation noise × background noise) combination picks its statistic.</summary>
    private SpectrumStatistic CreateStatistic(SpectrumCounts counts) => (ObservationNoise, _backgroundNoise) switch
    {
        (ObservationNoise.Poisson, BackgroundNoise.None) => new PoissonNoBackgroundStatistic(counts),
        (ObservationNoise.Poisson, BackgroundNoise.Poisson) => new PoissonPoissonBackgroundStatistic(counts),
        (ObservationNoise.Poisson, BackgroundNoise.Gaussian) => new PoissonGaussianBackgroundStatistic(counts),
        (ObservationNoise.Poisson, BackgroundNoise.Ideal) => new PoissonIdealBackgroundStatistic(counts),
        (_, BackgroundNoise.None) => new GaussianStatistic(counts, gaussianBackground: null),
        (_, var b) => new GaussianStatistic(counts, gaussianBackground: b == BackgroundNoise.Gaussian),
    };
}

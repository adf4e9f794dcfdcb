using ThreeML.Statistics;

namespace ThreeML.Plugins;

public partial class SpectrumLike
{
    private BinIntegrator? _integrator;
    private double[] _fluxOnGrid = [];
    private double[] _binFlux = [];
    private double[] _channelCounts = [];

    /// <summary>Expected model counts in every channel (source only, no background; ignoring the selection), for the
    /// current parameter values.</summary>
    public double[] GetExpectedModelCounts()
    {
        ComputeChannelModelCounts();
        return (double[])_channelCounts.Clone();
    }

    /// <summary>Expected model counts in the bins used by the likelihood (active channels or rebinned groups).</summary>
    public double[] GetModelCounts()
    {
        ComputeActiveModelCounts();
        return _activeModel[..ActiveBinCount];
    }

    /// <summary>The profiled background counts expected in the source spectrum, per likelihood bin (αB̂ for a Poisson
    /// background), at the current parameter values; the scaled background for an ideal background; empty without background.</summary>
    public double[] GetBackgroundEstimate()
    {
        if (_backgroundNoise == BackgroundNoise.None)
        {
            return [];
        }

        ComputeActiveModelCounts();
        EvaluateStatistic();
        return _activeBackgroundEstimate[..ActiveBinCount];
    }

    /// <summary>The XSPEC-convention fit statistic for the current parameters (C-stat, W-stat, PG-stat, pstat or χ²) and its name.</summary>
    /// <remarks>3ML's log-likelihood keeps data-only terms (−ln o!, −ln b!); XSPEC drops them and multiplies by −2, so
    /// these values are what XSPEC prints for the same data and model.</remarks>
    public (string Name, double Value) GetXspecStatistic()
    {
        ComputeActiveModelCounts();
        var statistic = Statistic;
        return (statistic.XspecName, statistic.XspecStatistic(_activeModel.AsSpan(0, ActiveBinCount)));
    }

    /// <summary>The statistic object of the current noise models and selection, built when first needed.</summary>
    private SpectrumStatistic Statistic => _statistic ??= CreateStatistic();

    private double EvaluateStatistic()
    {
        var n = ActiveBinCount;
        return Statistic.LogLikelihood(_activeModel.AsSpan(0, n), _activeBackgroundEstimate.AsSpan(0, n));
    }

    /// <summary>The one place where the (observation noise × background noise) combination picks its statistic.</summary>
    private SpectrumStatistic CreateStatistic() => CreateStatistic(_counts);

    private SpectrumStatistic CreateStatistic(SpectrumCounts counts) => (ObservationNoise, _backgroundNoise) switch
    {
        (ObservationNoise.Poisson, BackgroundNoise.None) => new PoissonNoBackgroundStatistic(counts),
        (ObservationNoise.Poisson, BackgroundNoise.Poisson) => new PoissonPoissonBackgroundStatistic(counts),
        (ObservationNoise.Poisson, BackgroundNoise.Gaussian) => new PoissonGaussianBackgroundStatistic(counts),
        (ObservationNoise.Poisson, BackgroundNoise.Ideal) => new PoissonIdealBackgroundStatistic(counts),
        (_, BackgroundNoise.None) => new GaussianStatistic(counts, gaussianBackground: null),
        (_, var b) => new GaussianStatistic(counts, gaussianBackground: b == BackgroundNoise.Gaussian),
    };

    /// <summary>The counts per channel of the observed and background spectra as stored (for simulations).</summary>
    private SpectrumCounts ChannelCounts() => new(
        _observation.Counts.ToArray(),
        _observation.HasCountErrors ? _observation.CountErrors.ToArray() : new double[_observation.ChannelCount],
        _background is null ? new double[_observation.ChannelCount] : _background.Counts.ToArray(),
        _background is { HasCountErrors: true } ? _background.CountErrors.ToArray() : new double[_observation.ChannelCount],
        ScaleFactor,
        SourceExposure,
        BackgroundExposure);

    private double SourceExposure => _observation.Exposure * _observation.ScaleFactor * _observation.AreaScale;

    private double BackgroundExposure => _background is null ? 1.0 : _background.Exposure * _background.ScaleFactor * _background.AreaScale;

    private void ComputeActiveModelCounts()
    {
        ComputeChannelModelCounts();
        GatherActiveModel();
    }

    /// <inheritdoc />
    ReadOnlySpan<double> IIntegratedModelPlugin.ModelEnergyEdges => ModelEnergyEdges;

    /// <inheritdoc />
    double IIntegratedModelPlugin.LogLikeFromBinFlux(ReadOnlySpan<double> binFlux)
    {
        if (ExcludedFromFit)
        {
            return 0.0;
        }

        RequireModel();
        MapToChannels(binFlux, _channelCounts);
        return LogLikeFromChannelRates();
    }

    /// <summary>Where the caller's fold writes the rate per channel.</summary>
    private protected Span<double> ChannelRateBuffer => _channelCounts;

    /// <summary>The log-likelihood once <see cref="ChannelRateBuffer"/> holds the model rates per channel (unit effective area).</summary>
    private protected double LogLikeFromChannelRates()
    {
        ScaleChannelRates();
        GatherActiveModel();
        return EvaluateStatistic();
    }

    /// <summary>Fills <see cref="_channelCounts"/> with cons·t·AREASCAL·(mapped bin integrals) for every channel.</summary>
    private void ComputeChannelModelCounts()
    {
        RequireModel();
        ComputeBinFlux();
        MapToChannels(_binFlux, _channelCounts);
        ScaleChannelRates();
    }

    private void ComputeBinFlux()
    {
        if (_source is not null)
        {
            _source.Evaluate(_integrator!.Grid, _fluxOnGrid);
        }
        else
        {
            _model!.Evaluate(_integrator!.Grid, _fluxOnGrid);
        }

        _integrator.Integrate(_fluxOnGrid, _binFlux);
    }

    private void ScaleChannelRates()
    {
        var scale = _effectiveAreaCorrection.Value * _observation.Exposure * _observation.AreaScale;
        System.Numerics.Tensors.TensorPrimitives.Multiply(_channelCounts, scale, _channelCounts);
    }

    private void BuildEvaluationGrid()
    {
        _integrator = new BinIntegrator(_integrationMethod, ModelEnergyEdges);
        _fluxOnGrid = new double[_integrator.Grid.Length];
        _binFlux = new double[_integrator.BinCount];
        _channelCounts = new double[_observation.ChannelCount];
    }
}

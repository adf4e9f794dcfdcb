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
        var n = ActiveBinCount;
        var o = _activeObserved.AsSpan(0, n);
        var m = _activeModel.AsSpan(0, n);
        var bkgExposure = _background is null ? 1.0 : _background.Exposure * _background.ScaleFactor * _background.AreaScale;
        var srcExposure = _observation.Exposure * _observation.ScaleFactor * _observation.AreaScale;
        return (ObservationNoise, _backgroundNoise) switch
        {
            (ObservationNoise.Poisson, BackgroundNoise.None) => ("cstat", XspecStatistics.CStat(o, m)),
            (ObservationNoise.Poisson, BackgroundNoise.Poisson) => ("wstat", XspecStatistics.WStat(o, _activeBackground.AsSpan(0, n), m, srcExposure, bkgExposure)),
            (ObservationNoise.Poisson, BackgroundNoise.Gaussian) => ("pgstat", XspecStatistics.PgStat(o, _activeBackground.AsSpan(0, n), _activeBackgroundErrors.AsSpan(0, n), m, srcExposure, bkgExposure)),
            (ObservationNoise.Poisson, BackgroundNoise.Ideal) => ("pstat", XspecStatistics.PStat(o, ScaledBackground(n), m)),
            _ => ("chi2", -2.0 * EvaluateStatistic()),
        };
    }

    private double EvaluateStatistic()
    {
        var n = ActiveBinCount;
        var o = _activeObserved.AsSpan(0, n);
        var m = _activeModel.AsSpan(0, n);
        var estimate = _activeBackgroundEstimate.AsSpan(0, n);
        switch (ObservationNoise, _backgroundNoise)
        {
            case (ObservationNoise.Poisson, BackgroundNoise.None):
                return _poissonKernel!.NoBackground(m);
            case (ObservationNoise.Poisson, BackgroundNoise.Poisson):
                return _poissonKernel!.PoissonBackground(m, ScaleFactor, estimate);
            case (ObservationNoise.Poisson, BackgroundNoise.Gaussian):
                return PoissonObservedGaussianBackground.LogLikelihood(o, _activeBackground.AsSpan(0, n), _activeBackgroundErrors.AsSpan(0, n), m, ScaleFactor, estimate);
            case (ObservationNoise.Poisson, BackgroundNoise.Ideal):
                var scaled = ScaledBackground(n);
                scaled.CopyTo(estimate);
                return PoissonObservedIdealBackground.LogLikelihood(o, scaled, m);
            case (ObservationNoise.Gaussian, BackgroundNoise.None):
                return GaussianObserved.LogLikelihood(o, _activeObservedErrors.AsSpan(0, n), m);
            default:
                // Gaussian observation with a Gaussian (or ideal) background: χ² of the net counts with the errors in
                // quadrature (3ML has no statistic here; this is the standard choice, documented).
                var alpha = ScaleFactor;
                var net = _activeNet.AsSpan(0, n);
                var err = _activeNetErrors.AsSpan(0, n);
                for (var i = 0; i < n; i++)
                {
                    net[i] = o[i] - alpha * _activeBackground[i];
                    var be = _backgroundNoise == BackgroundNoise.Gaussian ? alpha * _activeBackgroundErrors[i] : 0.0;
                    err[i] = Math.Sqrt(_activeObservedErrors[i] * _activeObservedErrors[i] + be * be);
                    estimate[i] = alpha * _activeBackground[i];
                }

                return GaussianObserved.LogLikelihood(net, err, m);
        }
    }

    private Span<double> ScaledBackground(int n)
    {
        var scaled = _activeNet.AsSpan(0, n);
        var alpha = ScaleFactor;
        for (var i = 0; i < n; i++)
        {
            scaled[i] = alpha * _activeBackground[i];
        }

        return scaled;
    }

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

using ThreeML.Statistics;

namespace ThreeML.Plugins;

public partial class SpectrumLike
{
    private double[] _grid = [];
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
        GatherActive(_channelCounts, _activeModel);
    }

    /// <summary>The cache shared with the other plugins of a joint likelihood, or null.</summary>
    internal ModelEvaluationCache? SharedCache { get; set; }

    /// <summary>What identifies the model energy grid for sharing: the response, or the channel edges.</summary>
    private protected virtual object GridIdentity => _observation;

    /// <summary>Fills <see cref="_channelCounts"/> with cons·t·AREASCAL·(mapped bin integrals) for every channel.</summary>
    private void ComputeChannelModelCounts()
    {
        var model = RequireModel();
        if (SharedCache?.TryGet(GridIdentity, _sourceName, _integrationMethod, _binFlux) != true)
        {
            if (_source is not null)
            {
                _source.Evaluate(_grid, _fluxOnGrid);
            }
            else
            {
                model.Evaluate(_grid, _fluxOnGrid);
            }

            IntegrateBins();
            SharedCache?.Store(GridIdentity, _sourceName, _integrationMethod, _binFlux);
        }

        MapToChannels(_binFlux, _channelCounts);
        var scale = _effectiveAreaCorrection.Value * _observation.Exposure * _observation.AreaScale;
        for (var i = 0; i < _channelCounts.Length; i++)
        {
            _channelCounts[i] *= scale;
        }
    }

    private void IntegrateBins()
    {
        var edges = ModelEnergyEdges;
        var f = _fluxOnGrid;
        var n = edges.Length - 1;
        switch (_integrationMethod)
        {
            case ModelIntegrationMethod.Simpson:
                for (var i = 0; i < n; i++)
                {
                    _binFlux[i] = Finite((edges[i + 1] - edges[i]) / 6.0 * (f[2 * i] + 4.0 * f[2 * i + 1] + f[2 * i + 2]));
                }

                break;
            case ModelIntegrationMethod.Trapz:
                for (var i = 0; i < n; i++)
                {
                    _binFlux[i] = Finite((edges[i + 1] - edges[i]) * 0.5 * (f[i] + f[i + 1]));
                }

                break;
            default:
                for (var i = 0; i < n; i++)
                {
                    _binFlux[i] = Finite((edges[i + 1] - edges[i]) * f[i]);
                }

                break;
        }
    }

    // 3ML forces non-finite integrals (e.g. a power law at E = 0) to zero.
    private static double Finite(double v) => double.IsFinite(v) ? v : 0.0;

    private void BuildEvaluationGrid()
    {
        var edges = ModelEnergyEdges;
        var n = edges.Length - 1;
        _grid = _integrationMethod switch
        {
            ModelIntegrationMethod.Simpson => SimpsonGrid(edges),
            ModelIntegrationMethod.Trapz => edges.ToArray(),
            _ => MidpointGrid(edges),
        };
        _fluxOnGrid = new double[_grid.Length];
        _binFlux = new double[n];
        _channelCounts = new double[_observation.ChannelCount];
    }

    private static double[] MidpointGrid(ReadOnlySpan<double> edges)
    {
        var mids = new double[edges.Length - 1];
        for (var i = 0; i < mids.Length; i++)
        {
            mids[i] = 0.5 * (edges[i] + edges[i + 1]);
        }

        return mids;
    }

    private static double[] SimpsonGrid(ReadOnlySpan<double> edges)
    {
        var n = edges.Length - 1;
        var grid = new double[2 * n + 1];
        for (var i = 0; i < n; i++)
        {
            grid[2 * i] = edges[i];
            grid[2 * i + 1] = 0.5 * (edges[i] + edges[i + 1]);
        }

        grid[2 * n] = edges[n];
        return grid;
    }
}

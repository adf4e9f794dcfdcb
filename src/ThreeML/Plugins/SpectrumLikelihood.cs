using System.Numerics.Tensors;
using Astromodels;
using Astromodels.Functions;
using ThreeML.Spectra;
using ThreeML.Statistics;

namespace ThreeML.Plugins;

/// <summary>The worker of a <see cref="SpectrumLike"/> connected to one model: it owns everything one evaluation
/// writes (the integration grid's buffers and cache of shapes, the channel rates, the likelihood bins' model and background estimate, the
/// statistic with its scratch) and shares the immutable data and response with every other copy of the plugin.</summary>
/// <remarks>
/// <para>One evaluation: the model on the integration grid, integrated per model energy bin; mapped to channels by the
/// <see cref="SpectrumResponse"/> (or folded by the caller's plan into <see cref="ChannelRates"/>); scaled by
/// cons·t·AREASCAL; gathered into the likelihood bins (<see cref="ChannelSelection.Gather"/>); the statistic. When the
/// likelihood bins are one run of channels, the scaling and the gathering happen in the statistic's loads instead. Nothing
/// allocates once built.</para>
/// <para>The placement follows ImageSharp's kernel map and worker: the compiled response is the shared kernel, this is
/// the per-analysis worker (design record 0019).</para>
/// </remarks>
internal sealed class SpectrumLikelihood
{
    private readonly BinnedSpectrum _observation;
    private readonly SpectrumResponse _response;
    private readonly PointSource? _source;
    private readonly double[] _channelRates;
    private readonly ShapeCache _shapes = new();
    private BinIntegrator _integrator = null!;
    private double[] _fluxOnGrid = [];
    private double[] _binFlux = [];
    private ChannelSelection _selection = null!;
    private SpectrumStatistic _statistic = null!;
    private double[] _activeModel = [];
    private double[] _activeBackgroundEstimate = [];

    /// <summary>Connects the plugin's data to <paramref name="model"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="source">The source the plugin sees, or null for the sum of all point sources.</param>
    /// <param name="effectiveAreaCorrection">The <c>cons_&lt;name&gt;</c> this worker reads (the model's, for a bound copy).</param>
    /// <param name="observation">The observed spectrum (exposure and AREASCAL).</param>
    /// <param name="response">The response component.</param>
    /// <param name="method">The integration rule.</param>
    /// <param name="selection">The likelihood bins.</param>
    /// <param name="statistic">The statistic of the noise models over those bins (this worker's own).</param>
    public SpectrumLikelihood(Model model, PointSource? source, Parameter effectiveAreaCorrection, BinnedSpectrum observation,
        SpectrumResponse response, ModelIntegrationMethod method, ChannelSelection selection, SpectrumStatistic statistic)
    {
        Model = model;
        _source = source;
        EffectiveAreaCorrection = effectiveAreaCorrection;
        _observation = observation;
        _response = response;
        _channelRates = new double[observation.ChannelCount];
        SetIntegrationMethod(method);
        SetStatistic(selection, statistic);
    }

    /// <summary>The model.</summary>
    public Model Model { get; }

    /// <summary>The effective-area constant read at every evaluation.</summary>
    public Parameter EffectiveAreaCorrection { get; }

    /// <summary>Where a fold writes the rate per channel (unit effective area); the model counts per channel after
    /// <see cref="ChannelModelCounts"/>.</summary>
    public Span<double> ChannelRates => _channelRates;

    /// <summary>The statistic over the current likelihood bins.</summary>
    public SpectrumStatistic Statistic => _statistic;

    /// <summary>Rebuilds the integration grid for another rule.</summary>
    public void SetIntegrationMethod(ModelIntegrationMethod method)
    {
        _integrator = new BinIntegrator(method, _response.ModelEnergyEdges);
        _fluxOnGrid = new double[_integrator.Grid.Length];
        _binFlux = new double[_integrator.BinCount];
    }

    /// <summary>Takes another selection (and its statistic) and sizes the likelihood-bin buffers.</summary>
    public void SetStatistic(ChannelSelection selection, SpectrumStatistic statistic)
    {
        _selection = selection;
        _statistic = statistic;
        _activeModel = new double[selection.BinCount];
        _activeBackgroundEstimate = new double[selection.BinCount];
    }

    /// <summary>The log-likelihood at the model's current values, evaluating the model itself.</summary>
    public double LogLikelihood()
    {
        EvaluateChannelRates();
        return LogLikelihoodFromChannelRates();
    }

    /// <summary>The log-likelihood given the model's integral per model energy bin.</summary>
    public double LogLikelihoodFromBinFlux(ReadOnlySpan<double> binFlux)
    {
        _response.MapToChannels(binFlux, _channelRates);
        return LogLikelihoodFromChannelRates();
    }

    /// <summary>The log-likelihood once <see cref="ChannelRates"/> holds the rates per channel (unit effective area).</summary>
    /// <remarks>When the likelihood bins are one run of channels (no rebinning), the statistic reads that run of the
    /// rates and multiplies by cons·t·AREASCAL as it loads them: no scaling pass, no gathering pass, the same values bit
    /// for bit (<see cref="SpectrumStatistic.LogLikelihoodOfScaled"/>). The rates are left unscaled.</remarks>
    public double LogLikelihoodFromChannelRates() => LogLikelihoodFromChannelRates(default);

    // The background estimates are written only when asked for (BackgroundEstimate): a statistic may then take a slower
    // path (the Gaussian-background profile forms each bin's term whole, bit for bit the scalar formula's).
    private double LogLikelihoodFromChannelRates(Span<double> backgroundEstimate)
    {
        if (_selection.IsOneRun(out var start, out var length))
        {
            return _statistic.LogLikelihoodOfScaled(_channelRates.AsSpan(start, length), Scale, _activeModel, backgroundEstimate);
        }

        ScaleChannelRates();
        _selection.Gather(_channelRates, _activeModel);
        return _statistic.LogLikelihood(_activeModel, backgroundEstimate);
    }

    /// <summary>cons·t·AREASCAL·(mapped bin integrals) for every channel, at the model's current values.</summary>
    public ReadOnlySpan<double> ChannelModelCounts()
    {
        EvaluateChannelRates();
        ScaleChannelRates();
        return _channelRates;
    }

    private double Scale => EffectiveAreaCorrection.Value * _observation.Exposure * _observation.AreaScale;

    // The model on the grid, integrated per bin and mapped to channels: rates per unit effective area, unscaled.
    private void EvaluateChannelRates()
    {
        if (_source is not null)
        {
            _source.Evaluate(_integrator.Grid, _shapes, _fluxOnGrid);
        }
        else
        {
            Model.Evaluate(_integrator.Grid, _shapes, _fluxOnGrid);
        }

        _integrator.Integrate(_fluxOnGrid, _binFlux);
        _response.MapToChannels(_binFlux, _channelRates);
    }

    /// <summary>The expected model counts per likelihood bin at the model's current values.</summary>
    public ReadOnlySpan<double> ActiveModelCounts()
    {
        ChannelModelCounts();
        _selection.Gather(_channelRates, _activeModel);
        return _activeModel;
    }

    /// <summary>The background estimate per likelihood bin at the model's current values (see the statistic).</summary>
    public ReadOnlySpan<double> BackgroundEstimate()
    {
        EvaluateChannelRates();
        LogLikelihoodFromChannelRates(_activeBackgroundEstimate);
        return _activeBackgroundEstimate;
    }

    /// <summary>The XSPEC-convention statistic at the model's current values.</summary>
    public double XspecStatistic() => _statistic.XspecStatistic(ActiveModelCounts());

    private void ScaleChannelRates()
    {
        TensorPrimitives.Multiply(_channelRates, Scale, _channelRates);
    }
}

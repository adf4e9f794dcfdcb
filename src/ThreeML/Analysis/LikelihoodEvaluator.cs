using Astromodels;
using ThreeML.Plugins;

namespace ThreeML.Analysis;

/// <summary>The joint likelihood of a model and a data list as a function of the free parameters: the core shared by
/// <c>JointLikelihood</c> (fits) and <c>BayesianAnalysis</c> (sampling).</summary>
/// <remarks>
/// <para>Construction binds every plugin of the data list to the model (<see cref="IPlugin.Bind"/>): the evaluator
/// owns those bound copies, their buffers and their nuisance parameters (e.g. <c>cons_s1</c>, added to the model as
/// external parameters, as 3ML does), and the data list's plugins are left untouched, so several evaluators can share
/// one data list. The free parameters are taken once, in the model's order; later changes of free/fixed state need a
/// new evaluator.</para>
/// <para><see cref="LogLikelihood(ReadOnlySpan{double})"/> allocates nothing: a point outside the bounds (the hard
/// support of the priors) has log-likelihood −∞, never an exception (3ML crashes there, [Q1]).</para>
/// <para>Plugins with the public capability <see cref="IIntegratedModelPlugin"/> that share a source, an energy grid and
/// an integration rule share one evaluation of the model per call; <see cref="IResponseFoldedPlugin"/>s that share a
/// response are folded in pairs, one sweep over the matrix for two spectra (<see cref="EvaluationPlan"/>).</para>
/// <para>An instance is not thread-safe; <see cref="CloneForWorker"/> gives an independent copy per thread.</para>
/// </remarks>
public sealed class LikelihoodEvaluator
{
    private readonly IPlugin[] _plugins;
    private readonly Parameter[] _free;
    private readonly ParameterVector _vector;
    private readonly EvaluationPlan _plan;
    private readonly double[] _values;

    /// <summary>Binds the plugins of <paramref name="data"/> to <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">The model has no free parameter.</exception>
    public LikelihoodEvaluator(Model model, DataList data)
        : this(model, [.. CheckNotNull(data)], null)
    {
    }

    private LikelihoodEvaluator(Model model, IPlugin[] templates, IReadOnlyList<string>? freePaths)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _plugins = new IPlugin[templates.Length];
        for (var i = 0; i < templates.Length; i++)
        {
            _plugins[i] = templates[i].Bind(model);
        }

        _plan = new EvaluationPlan(model, _plugins);
        _values = new double[_plugins.Length];

        _vector = freePaths is null ? model.CreateFreeParameterVector() : model.CreateParameterVector(freePaths);
        _free = [.. _vector.Parameters];
        if (_free.Length == 0)
        {
            throw new ArgumentException("The model has no free parameter: there is nothing to fit or sample.", nameof(model));
        }

        FreeParameterPaths = [.. _free.Select(p => p.Path)];
    }

    /// <summary>The model.</summary>
    public Model Model { get; }

    /// <summary>The evaluator's own plugins bound to <see cref="Model"/> (copies of the data list's), in data-list order.</summary>
    public IReadOnlyList<IPlugin> Plugins => _plugins;

    /// <summary>The free parameters, in the model's order (nuisance parameters last).</summary>
    public IReadOnlyList<Parameter> FreeParameters => _free;

    /// <summary>The paths of the free parameters.</summary>
    public IReadOnlyList<string> FreeParameterPaths { get; }

    /// <summary>The number of free parameters.</summary>
    public int Dimension => _free.Length;

    /// <summary>The number of data points in all plugins that take part in the fit (bins actually used).</summary>
    public int NumberOfDataPoints => _plugins.Where(p => !p.ExcludedFromFit).Sum(p => p.GetNumberOfDataPoints());

    /// <summary>Sets the free parameters and returns the total log-likelihood (natural log, 3ML's convention).</summary>
    /// <param name="values">Physical values of the free parameters, in <see cref="FreeParameters"/> order.</param>
    /// <returns>The log-likelihood; −∞ when a value is outside its bounds or the likelihood is not a number.</returns>
    /// <exception cref="ArgumentException">Wrong number of values.</exception>
    public double LogLikelihood(ReadOnlySpan<double> values)
    {
        return TrySetValues(values) ? LogLikelihood() : double.NegativeInfinity;
    }

    /// <summary>The total log-likelihood at the model's current parameter values.</summary>
    public double LogLikelihood()
    {
        Evaluate(_values);
        var total = 0.0;
        foreach (var value in _values)
        {
            total += value;
        }

        return double.IsNaN(total) ? double.NegativeInfinity : total;
    }

    /// <summary>Each plugin's log-likelihood at the current parameter values, in data-list order.</summary>
    /// <param name="destination">Receives one value per plugin.</param>
    public void LogLikelihoodPerPlugin(Span<double> destination)
    {
        if (destination.Length != _plugins.Length)
        {
            throw new ArgumentException($"{_plugins.Length} plugins but room for {destination.Length} values.", nameof(destination));
        }

        Evaluate(destination);
    }

    private void Evaluate(Span<double> perPlugin) => _plan.Evaluate(perPlugin);

    /// <summary>Sets the free parameters when every value is finite and within its bounds.</summary>
    /// <returns>False (and nothing changed) when a value is outside its bounds or not finite.</returns>
    /// <exception cref="ArgumentException">Wrong number of values.</exception>
    public bool TrySetValues(ReadOnlySpan<double> values)
    {
        if (values.Length != _free.Length)
        {
            throw new ArgumentException($"The model has {_free.Length} free parameters but {values.Length} values were given.", nameof(values));
        }

        return _vector.TrySet(values);
    }

    /// <summary>Reads the current values of the free parameters.</summary>
    public void GetValues(Span<double> destination)
    {
        for (var i = 0; i < _free.Length; i++)
        {
            destination[i] = _free[i].Value;
        }
    }

    /// <summary>An independent copy (cloned model and plugins sharing the immutable data) for another thread, with the
    /// same free parameters in the same order.</summary>
    public LikelihoodEvaluator CloneForWorker()
    {
        var model = Model.Clone();
        return new LikelihoodEvaluator(model, _plugins, FreeParameterPaths);
    }

    private static DataList CheckNotNull(DataList data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data;
    }
}

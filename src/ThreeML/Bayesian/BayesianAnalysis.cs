using System.Collections.Concurrent;
using Astromodels.Text;
using Astromodels;
using ThreeML.Analysis;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Ensemble;
using ThreeML.Bayesian.Samplers.Importance;
using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Bayesian;

/// <summary>Bayesian analysis of a model and a data list: priors on every free parameter, a sampler, posterior
/// samples and evidence (3ML's <c>BayesianAnalysis</c>).</summary>
/// <remarks>
/// <para>The default sampler is the nested sampler ("ultranest") with its documented defaults (400 live points,
/// dlogz 0.5, frac_remain 0.01); 3ML defaults to emcee. <see cref="Sample"/> can be called again (3ML's second call
/// fails, [Q3]).</para>
/// <para>Likelihoods are evaluated in parallel on independent copies of the model and plugins, one per worker.</para>
/// </remarks>
public sealed class BayesianAnalysis
{
    private static readonly string[] SamplerNames = ["ultranest", "emcee", "nautilus"];
    private readonly LikelihoodEvaluator _evaluator;

    /// <summary>Connects the data to the model and checks that every free parameter has a prior.</summary>
    /// <exception cref="ArgumentException">Free parameters without a prior (all of them are listed), or no free parameter.</exception>
    public BayesianAnalysis(Model model, DataList data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        _evaluator = new LikelihoodEvaluator(model, data);
        var missing = _evaluator.FreeParameters.Where(p => p.Prior is null).Select(p => p.Path).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Every free parameter needs a prior for a Bayesian analysis; these have none: {string.Join(", ", missing)}.", nameof(model));
        }

        Model = model;
        Data = data;
    }

    /// <summary>The model.</summary>
    public Model Model { get; }

    /// <summary>The data (left untouched: the analysis works on its own bound copies, <see cref="BoundData"/>).</summary>
    public DataList Data { get; }

    /// <summary>This analysis's plugins, bound to <see cref="Model"/> (copies of <see cref="Data"/>'s that own their buffers
    /// and nuisance parameters), in data-list order: use them for model counts and plots at the model's current values.</summary>
    public IReadOnlyList<Plugins.IPlugin> BoundData => _evaluator.Plugins;

    /// <summary>The sampler used by <see cref="Sample"/>.</summary>
    public ISampler Sampler { get; private set; } = new NestedSampler();

    /// <summary>The results of the last <see cref="Sample"/>, or null.</summary>
    public BayesianResults? Results { get; private set; }

    /// <summary>Chooses the sampler.</summary>
    public void SetSampler(ISampler sampler) => Sampler = sampler ?? throw new ArgumentNullException(nameof(sampler));

    /// <summary>Chooses a sampler by 3ML's name with its defaults: "ultranest" (nested sampling), "emcee" (ensemble) or "nautilus" (importance nested sampling).</summary>
    /// <exception cref="ArgumentException">Unknown name; the message lists the names.</exception>
    public void SetSampler(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Sampler = name.Trim().ToLowerInvariant() switch
        {
            "ultranest" => new NestedSampler(),
            "nautilus" => new ImportanceNestedSampler(),
            "emcee" => new EnsembleSampler { StartValues = [.. _evaluator.FreeParameters.Select(p => p.Value)] },
            _ => throw new ArgumentException($"Unknown sampler '{name}'.{NameSuggester.DidYouMean(name, SamplerNames)} Available: {string.Join(", ", SamplerNames)}.", nameof(name)),
        };
    }

    /// <summary>Samples the posterior; the model is left at the maximum a posteriori sample.</summary>
    /// <param name="progress">Receives progress reports (the command line draws a bar from them).</param>
    /// <param name="cancellationToken">Stops the sampler.</param>
    public BayesianResults Sample(IProgress<SamplerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var workers = new ConcurrentDictionary<int, LikelihoodEvaluator>();
        var problem = new SamplingProblem(
            _evaluator.FreeParameterPaths,
            new ModelPriorTransform(_evaluator.FreeParameters),
            worker => new EvaluatorLikelihood(worker == 0 ? _evaluator : workers.GetOrAdd(worker, _ => _evaluator.CloneForWorker())));
        var run = Sampler.Run(problem, progress, cancellationToken);
        Results = BayesianResults.FromRun(_evaluator, run);
        return Results;
    }
}

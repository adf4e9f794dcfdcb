using System.Diagnostics;
using Astromodels;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Distributions;
using ThreeML.Analysis;
using ThreeML.Results;

namespace ThreeML.Fitting;

/// <summary>Maximum-likelihood fitting of a model to a data list (3ML's <c>JointLikelihood</c>).</summary>
/// <remarks>
/// The minimizer works in the scaled space (astromodels' "internal": log10 for transformed parameters) with the scaled steps
/// and bounds as start values, as 3ML drives Minuit; errordef is 0.5 (−ln L). After the fit the model holds the
/// best-fit values.
/// </remarks>
public sealed partial class JointLikelihood
{
    private readonly LikelihoodEvaluator _evaluator;
    private MinimizationProblem? _problem;
    private MinimizationResult? _best;

    /// <summary>Connects the data to the model (plugin nuisance parameters join the model as external parameters).</summary>
    /// <exception cref="ArgumentException">The model has no free parameter.</exception>
    public JointLikelihood(Model model, DataList data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        Model = model;
        Data = data;
        _evaluator = new LikelihoodEvaluator(model, data);
    }

    /// <summary>The model.</summary>
    public Model Model { get; }

    /// <summary>The data (left untouched: the analysis works on its own bound copies, <see cref="BoundData"/>).</summary>
    public DataList Data { get; }

    /// <summary>This analysis's plugins, bound to <see cref="Model"/> (copies of <see cref="Data"/>'s that own their buffers
    /// and nuisance parameters), in data-list order: use them for model counts and plots at the model's current values.</summary>
    public IReadOnlyList<Plugins.IPlugin> BoundData => _evaluator.Plugins;

    /// <summary>The local minimizer (MIGRAD-class by default); the global strategy runs it from every start.</summary>
    public IMinimizer Minimizer { get; set; } = new MigradMinimizer();

    /// <summary>The search strategy of <see cref="Fit"/> when none is given there: <see cref="FitStrategy.Global"/> by default.</summary>
    public FitStrategy Strategy { get; set; } = FitStrategy.Global;

    /// <summary>The settings of the global search (design size, rounds, seed).</summary>
    public GlobalOptions GlobalOptions { get; set; } = GlobalOptions.Default;

    /// <summary>How many times the minimizer is restarted from its last point until it reports a valid minimum (3ML: 10).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The results of the last <see cref="Fit"/>, or null.</summary>
    public MLEResults? Results { get; private set; }

    /// <summary>Minimizes −ln L from the model's current values.</summary>
    /// <param name="samples">Draws from the covariance kept for fluxes and derived quantities (3ML: 5000).</param>
    /// <param name="random">The random source of those draws (a fixed seed by default, so results are reproducible).</param>
    /// <param name="cancellationToken">Stops the minimization.</param>
    /// <param name="strategy">The search strategy, or <see langword="null"/> for <see cref="Strategy"/>: global by default,
    /// <see cref="FitStrategy.Local"/> for the single 3ML-style descent.</param>
    /// <param name="phases">Receives each <see cref="FitPhase"/> as it begins (optional; for progress displays: the
    /// local minimizer's own <c>Progress</c> option reports the iterations within a phase).</param>
    /// <returns>The results; <see cref="MLEResults.IsValid"/> tells whether the fit converged.</returns>
    public MLEResults Fit(int samples = 5000, Random? random = null, CancellationToken cancellationToken = default, FitStrategy? strategy = null, IProgress<FitPhase>? phases = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        var clock = Stopwatch.StartNew();
        Minimize(cancellationToken, strategy ?? Strategy, phases);
        var best = _best!;
        var free = _evaluator.FreeParameters;
        var bestInternal = best.BestFit.ToArray();
        var bestExternal = free.Select((p, i) => p.ToPhysical(bestInternal[i])).ToArray();
        var errors = new double[free.Count];
        for (var i = 0; i < free.Count; i++)
        {
            var sigma = best.Covariance is { } c ? Math.Sqrt(c[i, i]) : double.NaN;
            errors[i] = free[i].Transformation == ParameterTransformation.Log10 ? Math.Log(10) * bestExternal[i] * sigma : sigma;
        }

        var perPlugin = new double[Data.Count];
        _evaluator.LogLikelihoodPerPlugin(perPlugin);
        var k = free.Count;
        var n = _evaluator.NumberOfDataPoints;
        var statistics = new FitStatistics(Data.Select((p, i) => new PluginStatistic(p.Name, -perPlugin[i])), -perPlugin.Sum(), n);
        var criteria = InformationCriteria.ForMaximumLikelihood(statistics.LogLikelihood, k, n);
        phases?.Report(FitPhase.Samples);
        var sampleSet = DrawSamples(free, bestInternal, best.Covariance, samples, random ?? new Random(5000));
        var status = new FitStatus
        {
            Reason = best.IsValid ? null : best.Reason,
            IsObjectiveFinite = double.IsFinite(best.MinimumValue),
            HasReachedCallLimit = best.HasReachedCallLimit,
            EdmAboveGoal = !(best.Edm < best.EdmGoal),
            IsSaddlePoint = best.IsSaddlePoint,
            IsDegenerate = best.IsDegenerate,
            HasMadePositiveDefinite = best.HasMadePositiveDefinite,
            HasPositiveDefiniteCovariance = best.Covariance is not null && best.HasPositiveDefiniteHessian,
            HasAccurateCovariance = best.HasAccurateCovariance,
            TooFewDataPoints = n <= k,
            ParametersAtLimit = best.ParametersAtLimit,
            Edm = best.Edm,
            EdmGoal = best.EdmGoal,
        };
        var reason = status.IsValid ? null : status.Reason ?? (status.TooFewDataPoints
            ? $"the likelihood uses {n} bin(s) for {k} free parameter(s): too few data points to constrain the model"
            : "the covariance is not positive definite");
        var minima = best.LocalMinima.Select(m => m with { Point = [.. free.Select((p, i) => p.ToPhysical(m.Point[i]))] }).ToList();
        var diagnostics = new FitDiagnostics(status.IsValid, reason, best.Edm, best.FunctionCalls, best.ParametersAtLimit, clock.Elapsed)
        {
            Status = status,
            LocalMinima = minima,
        };
        Results = new MLEResults(Model, sampleSet, bestExternal, statistics, criteria, best.Covariance, errors, diagnostics);
        return Results;
    }

    /// <summary>Minimizes −ln L (restarting until valid, as 3ML) and leaves the model at the best fit; no samples, no
    /// result object — what goodness-of-fit and likelihood-ratio simulations need for each refit.</summary>
    internal void Minimize(CancellationToken cancellationToken = default, FitStrategy strategy = FitStrategy.Local, IProgress<FitPhase>? phases = null)
    {
        var objective = new LikelihoodObjective(_evaluator);
        _problem = new MinimizationProblem(objective, objective.Specs(), errorDefinition: 0.5);
        var search = strategy == FitStrategy.Global ? new GlobalMinimizer(GlobalOptions with { LocalMinimizer = Minimizer }) : Minimizer;
        phases?.Report(strategy == FitStrategy.Global ? FitPhase.GlobalSearch : FitPhase.LocalFit);
        var found = search.Minimize(_problem, cancellationToken);
        if (strategy == FitStrategy.Global)
        {
            phases?.Report(FitPhase.LocalFit);
        }

        // As 3ML does with Minuit: restart from the last point until the minimizer reports a valid minimum.
        _best = Continuation.UntilValid(Minimizer, _problem, found, MaxAttempts, cancellationToken) with { LocalMinima = found.LocalMinima };
        RestoreBestFit();
    }

    /// <summary>Whether the last minimization reported a valid minimum.</summary>
    internal bool LastFitWasValid => _best?.IsValid == true;

    /// <summary>−ln L per plugin at the model's current values, in data-list order, and their sum last.</summary>
    internal double[] MinusLogLikelihoodPerPlugin()
    {
        var perPlugin = new double[Data.Count];
        _evaluator.LogLikelihoodPerPlugin(perPlugin);
        return [.. perPlugin.Select(v => -v), -perPlugin.Sum()];
    }

    /// <summary>Puts the best-fit values of the last fit back into the model.</summary>
    /// <exception cref="InvalidOperationException">No fit has been made.</exception>
    public void RestoreBestFit()
    {
        var best = _best ?? throw new InvalidOperationException("No fit has been made yet: call Fit first.");
        var free = _evaluator.FreeParameters;
        Span<double> external = stackalloc double[free.Count];
        for (var i = 0; i < free.Count; i++)
        {
            external[i] = free[i].ToPhysical(best.BestFit[i]);
        }

        _evaluator.TrySetValues(external);
    }

    /// <summary>Draws from N(best, C) in the scaled space, rejects draws outside the scaled bounds and transforms back
    /// (3ML's MLE samples); without a covariance every row is the best fit.</summary>
    /// <remarks>Every row returned lies within the bounds. Rejection stops after 100·<paramref name="count"/> draws (a
    /// covariance far wider than the bounds); the set then holds only the rows accepted so far, and
    /// <see cref="SampleSet.RequestedCount"/> keeps the number asked for, so the shortfall travels with the samples.</remarks>
    internal static SampleSet DrawSamples(IReadOnlyList<Parameter> free, double[] bestInternal, double[,]? covariance, int count, Random random)
    {
        var k = free.Count;
        var columns = Enumerable.Range(0, k).Select(_ => new double[count]).ToArray();
        Matrix<double>? cholesky = null;
        if (covariance is not null)
        {
            try
            {
                cholesky = Matrix<double>.Build.DenseOfArray(covariance).Cholesky().Factor;
            }
            catch (ArgumentException)
            {
                cholesky = null;
            }
        }

        var z = new double[k];
        var candidate = new double[k];
        var row = 0;
        var budget = 100L * count;
        for (var attempt = 0L; row < count && attempt < budget; attempt++)
        {
            // Every attempt draws all k normals first, so the accepted rows do not depend on where a rejection happened.
            for (var i = 0; i < k; i++)
            {
                z[i] = cholesky is null ? 0.0 : Normal.Sample(random, 0, 1);
            }

            var accepted = true;
            for (var i = 0; i < k && accepted; i++)
            {
                var x = bestInternal[i];
                for (var j = 0; j <= i && cholesky is not null; j++)
                {
                    x += cholesky[i, j] * z[j];
                }

                var external = free[i].ToPhysical(x);
                accepted = double.IsFinite(external) && free[i].IsWithinBounds(external);
                candidate[i] = external;
            }

            if (accepted)
            {
                for (var i = 0; i < k; i++)
                {
                    columns[i][row] = candidate[i];
                }

                row++;
            }
        }

        if (row < count)
        {
            columns = [.. columns.Select(c => c[..row])];
        }

        return new SampleSet([.. free.Select(p => p.Path)], columns) { RequestedCount = count };
    }
}

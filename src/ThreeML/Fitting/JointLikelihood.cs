using System.Diagnostics;
using Astromodels;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Distributions;

namespace ThreeML.Fitting;

/// <summary>Maximum-likelihood fitting of a model to a data list (3ML's <c>JointLikelihood</c>).</summary>
/// <remarks>
/// The minimizer works in astromodels' internal space (log10 for transformed parameters) with the internal steps
/// and bounds as start values, as 3ML drives Minuit; errordef is 0.5 (−ln L). After the fit the model holds the
/// best-fit values.
/// </remarks>
public sealed class JointLikelihood
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
    /// <returns>The results; <see cref="MLEResults.IsValid"/> tells whether the fit converged.</returns>
    public MLEResults Fit(int samples = 5000, Random? random = null, CancellationToken cancellationToken = default, FitStrategy? strategy = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        var clock = Stopwatch.StartNew();
        var objective = Minimize(cancellationToken, strategy ?? Strategy);
        var best = _best!;
        var free = _evaluator.FreeParameters;
        var bestInternal = best.BestFit.ToArray();
        var bestExternal = free.Select((p, i) => p.ToExternal(bestInternal[i])).ToArray();
        var errors = new double[free.Count];
        for (var i = 0; i < free.Count; i++)
        {
            var sigma = best.Covariance is { } c ? Math.Sqrt(c[i, i]) : double.NaN;
            errors[i] = free[i].Transformation == ParameterTransformation.Log10 ? Math.Log(10) * bestExternal[i] * sigma : sigma;
        }

        var perPlugin = new double[Data.Count];
        _evaluator.LogLikelihoodPerPlugin(perPlugin);
        var statistics = Data.Select((p, i) => new KeyValuePair<string, double>(p.Name, -perPlugin[i])).ToList();
        var total = -perPlugin.Sum();
        statistics.Add(new("total", total));
        var k = free.Count;
        var n = _evaluator.NumberOfDataPoints;
        var measures = new List<KeyValuePair<string, double>>
        {
            new("AIC", InformationCriteria.Aic(-total, k, n)),
            new("BIC", InformationCriteria.Bic(-total, k, n)),
        };
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
        var minima = best.LocalMinima.Select(m => m with { Point = [.. free.Select((p, i) => p.ToExternal(m.Point[i]))] }).ToList();
        var diagnostics = new FitDiagnostics(status.IsValid, reason, best.Edm, objective.Calls, best.ParametersAtLimit, clock.Elapsed)
        {
            Status = status,
            LocalMinima = minima,
        };
        Results = new MLEResults(Model, sampleSet, bestExternal, statistics, measures, best.Covariance, errors, diagnostics);
        return Results;
    }

    /// <summary>Minimizes −ln L (restarting until valid, as 3ML) and leaves the model at the best fit; no samples, no
    /// result object — what goodness-of-fit and likelihood-ratio simulations need for each refit.</summary>
    /// <returns>The objective, with its call count.</returns>
    internal LikelihoodObjective Minimize(CancellationToken cancellationToken = default, FitStrategy strategy = FitStrategy.Local)
    {
        var objective = new LikelihoodObjective(_evaluator);
        _problem = new MinimizationProblem(objective, objective.Specs(), errorDefinition: 0.5);
        var search = strategy == FitStrategy.Global ? new GlobalMinimizer(GlobalOptions with { LocalMinimizer = Minimizer }) : Minimizer;
        _best = search.Minimize(_problem, cancellationToken);
        var minima = _best.LocalMinima;

        // As 3ML does with Minuit: restart from the last point until the minimizer reports a valid minimum.
        for (var attempt = 1; attempt < MaxAttempts && !_best.IsValid && !cancellationToken.IsCancellationRequested; attempt++)
        {
            _problem = _problem.WithStart(_best.BestFit.ToArray());
            var next = Minimizer.Minimize(_problem, cancellationToken);
            if (!(next.MinimumValue > _best.MinimumValue))
            {
                _best = next with { LocalMinima = minima };
            }
        }

        RestoreBestFit();
        return objective;
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
            external[i] = free[i].ToExternal(best.BestFit[i]);
        }

        _evaluator.TrySetValues(external);
    }

    /// <summary>Asymmetric errors from the profile likelihood (MINOS-like) at any confidence level, in external units.</summary>
    /// <param name="confidenceLevel">Probability content of the interval for one parameter (0.6827 = 1σ, Δ(−ln L) = 0.5).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>Negative and positive errors by parameter path.</returns>
    /// <exception cref="InvalidOperationException">No fit has been made.</exception>
    public IReadOnlyDictionary<string, ProfileError> GetErrors(double confidenceLevel = 0.6826894921370859, CancellationToken cancellationToken = default)
    {
        var problem = _problem ?? throw new InvalidOperationException("No fit has been made yet: call Fit first.");
        var best = _best!;
        var delta = ConfidenceLevels.DeltaObjectiveFor(confidenceLevel, 1, problem.ErrorDefinition);
        var free = _evaluator.FreeParameters;
        var result = new Dictionary<string, ProfileError>(StringComparer.Ordinal);
        for (var i = 0; i < free.Count; i++)
        {
            var error = ProfileLikelihood.Compute(problem, best, i, delta, cancellationToken: cancellationToken);
            var x = free[i].ToExternal(best.BestFit[i]);
            var lo = free[i].ToExternal(error.Lower.Value) - x;
            var hi = free[i].ToExternal(error.Upper.Value) - x;
            result[free[i].Path] = new ProfileError(lo, hi, error.IsValid);
        }

        RestoreBestFit();
        return result;
    }

    /// <summary>The profile of −ln L along one parameter (the other free parameters re-minimised at each point), as
    /// 3ML's <c>get_contours</c> with one parameter; values are external, the scan is made in internal space.</summary>
    /// <param name="path">The parameter path.</param>
    /// <param name="min">Lowest value scanned (external units, within the bounds).</param>
    /// <param name="max">Highest value scanned.</param>
    /// <param name="steps">Number of grid points (at least 2).</param>
    /// <returns>The grid values and −ln L at each.</returns>
    /// <exception cref="InvalidOperationException">No fit has been made.</exception>
    /// <exception cref="ArgumentException">Unknown path or a range outside the bounds.</exception>
    public (double[] Values, double[] MinusLogLikelihood) GetContours(string path, double min, double max, int steps)
    {
        var (problem, best, index) = Prepare(path, min, max, steps);
        var values = Grid(min, max, steps);
        var scan = ProfileLikelihood.Profile1D(problem, best, index, [.. values.Select(_evaluator.FreeParameters[index].ToInternal)]);
        RestoreBestFit();
        return (values, [.. scan.Objective]);
    }

    /// <summary>The profile of −ln L on a grid of two parameters (3ML's <c>get_contours</c> with two parameters).</summary>
    /// <returns>The two grids and −ln L at [i, j].</returns>
    /// <exception cref="InvalidOperationException">No fit has been made.</exception>
    /// <exception cref="ArgumentException">Unknown path, the same parameter twice, or a range outside the bounds.</exception>
    public (double[] First, double[] Second, double[,] MinusLogLikelihood) GetContours(string path1, double min1, double max1, int steps1, string path2, double min2, double max2, int steps2)
    {
        var (problem, best, i) = Prepare(path1, min1, max1, steps1);
        var (_, _, j) = Prepare(path2, min2, max2, steps2);
        if (i == j)
        {
            throw new ArgumentException($"The two contour parameters are the same ('{path1}').", nameof(path2));
        }

        var first = Grid(min1, max1, steps1);
        var second = Grid(min2, max2, steps2);
        var free = _evaluator.FreeParameters;
        var scan = ProfileLikelihood.Profile2D(problem, best, i, j, [.. first.Select(free[i].ToInternal)], [.. second.Select(free[j].ToInternal)]);
        RestoreBestFit();
        return (first, second, scan.Objective);
    }

    private (MinimizationProblem Problem, MinimizationResult Best, int Index) Prepare(string path, double min, double max, int steps)
    {
        var problem = _problem ?? throw new InvalidOperationException("No fit has been made yet: call Fit first.");
        var index = _evaluator.FreeParameterPaths.ToList().IndexOf(path);
        if (index < 0)
        {
            throw new ArgumentException($"'{path}' is not a free parameter of the fit.{Astromodels.Text.NameSuggester.DidYouMean(path, _evaluator.FreeParameterPaths)}", nameof(path));
        }

        var p = _evaluator.FreeParameters[index];
        if (!(min < max) || !p.IsWithinBounds(min) || !p.IsWithinBounds(max) || steps < 2)
        {
            throw new ArgumentException($"The contour range of '{path}' must be {steps} ≥ 2 points in [{min}, {max}] with min < max inside the bounds [{Parameter.FormatBound(p.MinValue)}, {Parameter.FormatBound(p.MaxValue)}].", nameof(min));
        }

        return (problem, _best!, index);
    }

    private static double[] Grid(double min, double max, int steps) =>
        [.. Enumerable.Range(0, steps).Select(k => min + (max - min) * k / (steps - 1))];

    /// <summary>Draws from N(best, C) in internal space, rejects draws outside the internal bounds and transforms back
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

                var external = free[i].ToExternal(x);
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

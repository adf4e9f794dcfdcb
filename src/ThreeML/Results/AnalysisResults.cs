using Astromodels;

namespace ThreeML.Results;

/// <summary>The outcome of an analysis — MLE (<c>MLEResults</c>) or Bayesian (<c>BayesianResults</c>): the model at the
/// best fit or MAP, joint samples of the free parameters, statistics, and everything derived from them (parameter
/// tables, fluxes with errors), live or reloaded from a results file.</summary>
/// <remarks>All derived quantities are computed from the same sample rows, so sums over sources and components keep
/// their correlations ([Q12] fixed) and linked parameters are recomputed for every row ([Q11] fixed).</remarks>
public abstract partial class AnalysisResults
{
    private readonly double[] _bestFit;

    /// <summary>Creates results.</summary>
    /// <param name="model">The analysed model; it is cloned and set to <paramref name="bestFit"/>.</param>
    /// <param name="samples">Joint samples of the free parameters (MLE: draws from the covariance; Bayesian: posterior).</param>
    /// <param name="bestFit">Best-fit (MLE) or MAP (Bayesian) values, in <see cref="SampleSet.Paths"/> order.</param>
    /// <param name="statistics">−ln L per plugin and in total at the best fit (MLE) or MAP (Bayesian).</param>
    /// <param name="criteria">The information criteria (AIC, BIC; DIC, p_D and ln Z for posterior samples).</param>
    /// <exception cref="ArgumentException">The best fit and the samples disagree, or a sampled path is not in the model.</exception>
    protected AnalysisResults(Model model, SampleSet samples, IReadOnlyList<double> bestFit, FitStatistics statistics, InformationCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(criteria);
        if (bestFit.Count != samples.Paths.Count)
        {
            throw new ArgumentException($"{bestFit.Count} best-fit values for {samples.Paths.Count} sampled parameters.", nameof(bestFit));
        }

        Samples = samples;
        _bestFit = [.. bestFit];
        OptimizedModel = model.Clone();
        foreach (var path in samples.Paths)
        {
            if (!OptimizedModel.Contains(path))
            {
                throw new ArgumentException($"The sampled parameter '{path}' is not in the model.", nameof(samples));
            }
        }

        if (!OptimizedModel.CreateParameterVector(samples.Paths).TrySet(_bestFit))
        {
            throw new ArgumentException($"A best-fit value is not finite or lies outside its parameter's bounds ({string.Join(", ", samples.Paths.Select((p, i) => $"{p} = {_bestFit[i]}"))}).", nameof(bestFit));
        }

        Statistics = statistics;
        InformationCriteria = criteria;
    }

    /// <summary>"MLE" or "Bayesian", as 3ML's RESUTYPE.</summary>
    public abstract string ResultType { get; }

    /// <summary>Why the result may not be used as it stands (a fit the minimizer did not confirm), or null.</summary>
    /// <remarks>Overridden by the result kinds above this namespace, so that flux propagation here refuses an invalid
    /// fit without knowing the MLE result type.</remarks>
    internal virtual string? InvalidReason => null;

    /// <summary>A copy of the model with the free parameters at the best fit (MLE) or MAP (Bayesian).</summary>
    public Model OptimizedModel { get; }

    /// <summary>Joint samples of the free parameters.</summary>
    public SampleSet Samples { get; }

    /// <summary>The free parameter paths, in sample-column order.</summary>
    public IReadOnlyList<string> FreeParameterPaths => Samples.Paths;

    /// <summary>Best-fit or MAP values of the free parameters, in <see cref="FreeParameterPaths"/> order.</summary>
    public IReadOnlyList<double> BestFit => _bestFit;

    /// <summary>−ln L per plugin and in total at the best fit (MLE) or MAP (Bayesian), with the bins used.</summary>
    public FitStatistics Statistics { get; }

    /// <summary>The information criteria: AIC and BIC; DIC, p_D and the evidence for posterior samples.</summary>
    public InformationCriteria InformationCriteria { get; }

    /// <summary>The samples of one parameter (3ML's <c>get_variates</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such free parameter.</exception>
    public ReadOnlySpan<double> GetVariates(string path) => Samples[path];

    /// <summary>The parameter table: value (best fit or MAP) with equal-tailed errors from the samples.</summary>
    /// <param name="confidenceLevel">The interval's probability content (0.68 by default, as 3ML).</param>
    public IReadOnlyList<ParameterEstimate> GetParameterTable(double confidenceLevel = 0.68)
    {
        var rows = new List<ParameterEstimate>(Samples.Paths.Count);
        for (var i = 0; i < Samples.Paths.Count; i++)
        {
            var (_, lo, hi) = SampleStatistics.EqualTailed(Samples[i], confidenceLevel);
            var p = OptimizedModel[Samples.Paths[i]];
            rows.Add(new ParameterEstimate(Samples.Paths[i], _bestFit[i], lo - _bestFit[i], hi - _bestFit[i], p.Unit));
        }

        return rows;
    }

    /// <summary>The parameter table as CSV (path, value, negative_error, positive_error, error, unit), invariant culture.</summary>
    /// <param name="confidenceLevel">The interval's probability content (0.68 by default).</param>
    public string GetParameterTableCsv(double confidenceLevel = 0.68)
    {
        var sb = new System.Text.StringBuilder("path,value,negative_error,positive_error,error,unit\n");
        foreach (var r in GetParameterTable(confidenceLevel))
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\"{r.Path}\",{r.Value:R},{r.NegativeError:R},{r.PositiveError:R},{r.Error:R},\"{r.Unit}\"\n");
        }

        return sb.ToString();
    }

    /// <summary>The correlation matrix of the free parameters estimated from the samples, in
    /// <see cref="FreeParameterPaths"/> order (3ML's <c>get_correlation_matrix</c>).</summary>
    public double[,] GetCorrelationMatrix()
    {
        var k = Samples.Paths.Count;
        var n = Samples.Count;
        var means = new double[k];
        for (var i = 0; i < k; i++)
        {
            var sum = 0.0;
            foreach (var v in Samples[i])
            {
                sum += v;
            }

            means[i] = sum / n;
        }

        var covariance = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var a = Samples[i];
                var b = Samples[j];
                var sum = 0.0;
                for (var r = 0; r < n; r++)
                {
                    sum += (a[r] - means[i]) * (b[r] - means[j]);
                }

                covariance[i, j] = covariance[j, i] = sum / Math.Max(1, n - 1);
            }
        }

        var correlation = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var scale = Math.Sqrt(covariance[i, i] * covariance[j, j]);
                correlation[i, j] = i == j ? 1.0 : scale > 0 ? covariance[i, j] / scale : 0.0;
            }
        }

        return correlation;
    }

    /// <summary>Evaluates a derived quantity for every sample row on a copy of the model (linked parameters follow).</summary>
    /// <param name="quantity">Computes the quantity from a model whose free parameters hold one sample row.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; null for all cores.</param>
    /// <returns>One value per sample row, in row order.</returns>
    public double[] Propagate(Func<Model, double> quantity, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var result = new double[Samples.Count];
        ForEachRow<object?>(maxDegreeOfParallelism, () => null, (model, _, row) => result[row] = quantity(model));
        return result;
    }

    /// <summary>Runs <paramref name="body"/> for every sample row on per-thread model copies holding that row's values.</summary>
    private protected void ForEachRow<TState>(int? maxDegreeOfParallelism, Func<TState> perThread, Action<Model, TState, int> body)
    {
        var n = Samples.Count;
        var workers = Math.Max(1, Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, Math.Max(1, n / 256)));
        var chunk = (n + workers - 1) / workers;
        if (workers == 1)
        {
            // One block runs on the calling thread, without the parallel loop's machinery.
            Rows(0);
            return;
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, Rows);

        void Rows(int w)
        {
            var model = OptimizedModel.Clone();
            var vector = model.CreateParameterVector(Samples.Paths);
            var values = new double[vector.Count];
            var state = perThread();
            for (var row = w * chunk; row < Math.Min(n, (w + 1) * chunk); row++)
            {
                Samples.GetRow(row, values);
                if (!vector.TrySet(values))
                {
                    throw new InvalidOperationException($"Sample row {row} has a value that is not finite or lies outside its parameter's bounds.");
                }

                body(model, state, row);
            }
        }
    }
}

using System.Globalization;
using System.Text;
using Astromodels.Text;
using Astromodels;
using ThreeML.Results;

namespace ThreeML.Fitting;

/// <summary>The result of a maximum-likelihood fit: best fit, errors, covariance, −ln L per plugin, AIC and BIC, and
/// 5000 draws from the covariance for fluxes and derived quantities (3ML's <c>MLEResults</c>).</summary>
/// <remarks>A fit that did not converge is a result with <see cref="IsValid"/> false and a <see cref="Reason"/>,
/// never an exception. The covariance is in the minimizer's (internal, log10 for transformed parameters) space, as
/// 3ML stores it.</remarks>
public sealed class MLEResults : AnalysisResults
{
    private readonly Dictionary<string, MleParameter> _parameters;

    internal MLEResults(Model model, SampleSet samples, IReadOnlyList<double> bestFit, FitStatistics statistics,
        InformationCriteria criteria, double[,]? covariance, IReadOnlyList<double> errors, FitDiagnostics diagnostics)
        : base(model, samples, bestFit, statistics, criteria)
    {
        Covariance = covariance;
        Diagnostics = diagnostics;
        _parameters = new Dictionary<string, MleParameter>(StringComparer.Ordinal);
        for (var i = 0; i < samples.Paths.Count; i++)
        {
            var path = samples.Paths[i];
            _parameters[path] = new MleParameter(path, bestFit[i], errors[i], OptimizedModel[path].Unit);
        }
    }

    /// <inheritdoc />
    public override string ResultType => "MLE";

    /// <summary>Whether the minimizer converged (EDM below its goal, covariance positive definite).</summary>
    public bool IsValid => Diagnostics.IsValid;

    /// <summary>Why the fit is not valid, or null.</summary>
    public string? Reason => Diagnostics.Reason;

    internal override string? InvalidReason => IsValid ? null : Reason ?? "the minimizer did not report a valid minimum";

    /// <summary>The minimum of −ln L (sum over plugins).</summary>
    public double MinusLogLikelihood => Statistics.MinusLogLikelihood;

    /// <summary>Likelihood evaluations used by the minimizer and the covariance.</summary>
    public int LikelihoodCalls => Diagnostics.LikelihoodCalls;

    /// <summary>Fit diagnostics: EDM, parameters at a limit, elapsed time...</summary>
    public FitDiagnostics Diagnostics { get; }

    /// <summary>The typed status of the fit, flag by flag (iminuit's <c>FMin</c>).</summary>
    public FitStatus Status => Diagnostics.Status;

    /// <summary>The covariance of the free parameters in the scaled space (log10 for transformed parameters), or null when it could not be computed.</summary>
    public double[,]? Covariance { get; }

    /// <summary>The correlation matrix, or null.</summary>
    public double[,]? Correlation
    {
        get
        {
            if (Covariance is null)
            {
                return null;
            }

            var n = Covariance.GetLength(0);
            var c = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    c[i, j] = Covariance[i, j] / Math.Sqrt(Covariance[i, i] * Covariance[j, j]);
                }
            }

            return c;
        }
    }

    /// <summary>The fitted parameters by path.</summary>
    public IReadOnlyDictionary<string, MleParameter> Parameters => new ParameterView(_parameters);

    /// <summary>The Akaike information criterion, 3ML's corrected form −2 ln L + 2k + 2k(k+1)/(n−k−1), n = bins used.</summary>
    public double Aic => InformationCriteria.Aic;

    /// <summary>The Bayesian information criterion −2 ln L + k ln n, n = bins used.</summary>
    public double Bic => InformationCriteria.Bic;

    /// <summary>A 3ML-style summary: best-fit parameters, −ln L per plugin, statistical measures and fit status.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("Best fit values:\n\n");
        SummaryText.AppendParameters(sb, GetParameterTable());

        sb.Append("\nValues of -log(likelihood) at the minimum:\n\n");
        SummaryText.AppendStatistics(sb, Statistics, InformationCriteria);

        sb.Append('\n').Append(IsValid ? "Fit is valid" : $"Fit is NOT valid: {Reason}")
            .Append(CultureInfo.InvariantCulture, $" ({LikelihoodCalls} likelihood calls, EDM {Diagnostics.Edm:G3})\n");
        if (!IsValid || Diagnostics.Status.ParametersAtLimit.Count > 0)
        {
            sb.Append('\n').Append(Diagnostics.Status);
        }

        LocalMinimaText.Append(sb, Diagnostics.LocalMinima, GetParameterTable());
        return sb.ToString();
    }

    private sealed class ParameterView(Dictionary<string, MleParameter> inner) : IReadOnlyDictionary<string, MleParameter>
    {
        public MleParameter this[string key] => inner.TryGetValue(key, out var p)
            ? p
            : throw new KeyNotFoundException($"No fitted parameter '{key}'.{NameSuggester.DidYouMean(key, inner.Keys)}");

        public IEnumerable<string> Keys => inner.Keys;

        public IEnumerable<MleParameter> Values => inner.Values;

        public int Count => inner.Count;

        public bool ContainsKey(string key) => inner.ContainsKey(key);

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out MleParameter value) => inner.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, MleParameter>> GetEnumerator() => inner.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using Astromodels;
using ThreeML.Analysis;

namespace ThreeML.Fitting;

/// <summary>−ln L of a <see cref="LikelihoodEvaluator"/> as a function of the free parameters in astromodels' internal
/// representation (log10 for transformed parameters), as 3ML hands them to Minuit.</summary>
internal sealed class LikelihoodObjective : IConcurrentObjective
{
    private readonly LikelihoodEvaluator _evaluator;
    private readonly Parameter[] _parameters;
    private readonly double[] _external;

    public LikelihoodObjective(LikelihoodEvaluator evaluator)
    {
        _evaluator = evaluator;
        _parameters = [.. evaluator.FreeParameters];
        _external = new double[_parameters.Length];
    }

    public int Dimension => _parameters.Length;

    /// <summary>A copy on a cloned model with its own bound plugins, for another thread of a global search.</summary>
    public IObjectiveFunction CreateWorker() => new LikelihoodObjective(_evaluator.CloneForWorker());

    public double Evaluate(ReadOnlySpan<double> x)
    {
        for (var i = 0; i < x.Length; i++)
        {
            _external[i] = _parameters[i].ToPhysical(x[i]);
        }

        var logL = _evaluator.LogLikelihood(_external);
        return double.IsFinite(logL) ? -logL : double.PositiveInfinity;
    }

    /// <summary>The minimizer's description of the parameters: internal start, step and bounds.</summary>
    /// <remarks>The box of a global search (<see cref="FitParameterSpec.SearchLower"/>, <see cref="FitParameterSpec.SearchUpper"/>) is the
    /// prior's central 98 % where a prior is set, else the bounds where both are set, else two decades either side of the
    /// value for a positive parameter (±2 in log10 for a transformed one), else the value ± max(10 steps, |value|), always
    /// within the bounds. Spectral normalizations and
    /// temperatures often start decades from their best values (astromodels' K = 1e-4 against 5e-8 in the tutorial).</remarks>
    public IReadOnlyList<FitParameterSpec> Specs() =>
        [.. _parameters.Select(p =>
        {
            var (lower, upper) = SearchBox(p);
            return new FitParameterSpec(p.Path, p.ScaledValue, p.ScaledDelta, p.ScaledMinValue, p.ScaledMaxValue) { SearchLower = lower, SearchUpper = upper };
        })];

    private static (double? Lower, double? Upper) SearchBox(Parameter p)
    {
        double? lower = null, upper = null;
        if (p.Prior is { } prior)
        {
            double a = prior.FromUnitCube(0.01), b = prior.FromUnitCube(0.99);
            if (double.IsFinite(a) && double.IsFinite(b) && b > a && (p.Transformation != ParameterTransformation.Log10 || a > 0))
            {
                (lower, upper) = (p.ToScaled(a), p.ToScaled(b));
            }
        }

        if (lower is null && (p.ScaledMinValue is null || p.ScaledMaxValue is null))
        {
            double x = p.ScaledValue;
            if (p.Transformation == ParameterTransformation.Log10)
            {
                (lower, upper) = (x - 2, x + 2);
            }
            else if (x > 0 && p.ScaledMinValue >= 0)
            {
                (lower, upper) = (x / 100, x * 100);
            }
            else
            {
                double half = Math.Max(10 * p.ScaledDelta, Math.Abs(x));
                (lower, upper) = (x - half, x + half);
            }
        }

        if (lower is double l && upper is double u)
        {
            l = Math.Max(l, p.ScaledMinValue ?? double.NegativeInfinity);
            u = Math.Min(u, p.ScaledMaxValue ?? double.PositiveInfinity);
            return u > l ? (l, u) : (null, null);
        }

        return (null, null);
    }
}

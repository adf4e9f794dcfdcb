using Astromodels;

namespace ThreeML.Fitting;

/// <summary>−ln L of a <see cref="LikelihoodEvaluator"/> as a function of the free parameters in astromodels' internal
/// representation (log10 for transformed parameters), as 3ML hands them to Minuit.</summary>
internal sealed class LikelihoodObjective : IObjectiveFunction
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

    /// <summary>The number of likelihood evaluations so far.</summary>
    public int Calls { get; private set; }

    public double Evaluate(ReadOnlySpan<double> x)
    {
        Calls++;
        for (var i = 0; i < x.Length; i++)
        {
            _external[i] = _parameters[i].ToExternal(x[i]);
        }

        var logL = _evaluator.LogLikelihood(_external);
        return double.IsFinite(logL) ? -logL : double.PositiveInfinity;
    }

    /// <summary>The minimizer's description of the parameters: internal start, step and bounds.</summary>
    public IReadOnlyList<FitParameterSpec> Specs() =>
        [.. _parameters.Select(p => new FitParameterSpec(p.Path, p.InternalValue, p.InternalDelta, p.InternalMinValue, p.InternalMaxValue))];
}

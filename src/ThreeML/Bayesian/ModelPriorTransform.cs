using Astromodels;
using Astromodels.Priors;
using ThreeML.Bayesian.Samplers;

namespace ThreeML.Bayesian;

/// <summary>The priors of a model's free parameters as a unit-cube transform for the samplers.</summary>
/// <remarks>Priors are evaluated on physical values; a parameter's bounds are the hard support of its prior, so a
/// point outside them has log-prior −∞ (3ML crashes there instead, [Q1]).</remarks>
internal sealed class ModelPriorTransform : IPriorTransform
{
    private readonly IPrior[] _priors;
    private readonly Parameter[] _parameters;

    public ModelPriorTransform(IReadOnlyList<Parameter> parameters)
    {
        _parameters = [.. parameters];
        _priors = [.. parameters.Select(p => p.Prior!)];
    }

    public int Dimension => _priors.Length;

    public void Transform(ReadOnlySpan<double> unitCube, Span<double> parameters)
    {
        for (var i = 0; i < _priors.Length; i++)
        {
            parameters[i] = _priors[i].FromUnitCube(unitCube[i]);
        }
    }

    public double LogPrior(ReadOnlySpan<double> parameters)
    {
        var sum = 0.0;
        for (var i = 0; i < _priors.Length; i++)
        {
            if (!_parameters[i].IsWithinBounds(parameters[i]))
            {
                return double.NegativeInfinity;
            }

            sum += _priors[i].LogDensity(parameters[i]);
        }

        return sum;
    }
}

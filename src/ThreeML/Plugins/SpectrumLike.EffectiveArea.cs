using Astromodels;
using Astromodels.Priors;

namespace ThreeML.Plugins;

public partial class SpectrumLike
{
    /// <summary>The effective-area constant <c>cons_&lt;name&gt;</c> multiplying the model (fixed at 1 in [0.8, 1.2] by
    /// default). On a data list's plugin it is the template each analysis copies into its model; on a bound plugin
    /// (<see cref="Bind"/>) it is the analysis's own parameter, the one in its model.</summary>
    public Parameter EffectiveAreaCorrection => _effectiveAreaCorrection;

    /// <inheritdoc />
    public IReadOnlyList<Parameter> NuisanceParameters => [_effectiveAreaCorrection];

    /// <summary>Frees the effective-area constant within [<paramref name="min"/>, <paramref name="max"/>] with a uniform
    /// prior, or a truncated Gaussian prior (mean <paramref name="mu"/>, σ <paramref name="sigma"/>) when asked.</summary>
    /// <exception cref="ArgumentException">min ≥ max, or the current value lies outside.</exception>
    public void UseEffectiveAreaCorrection(double min = 0.8, double max = 1.2, bool useGaussianPrior = false, double mu = 1.0, double sigma = 0.1)
    {
        if (!(min < max))
        {
            throw new ArgumentException($"Plugin '{Name}': the effective-area range [{min}, {max}] is empty.", nameof(min));
        }

        _effectiveAreaCorrection.Bounds = (min, max);
        _effectiveAreaCorrection.Free = true;
        _effectiveAreaCorrection.Prior = useGaussianPrior
            ? new TruncatedGaussian(mu: mu, sigma: sigma, lowerBound: min, upperBound: max)
            : new UniformPrior(lowerBound: min, upperBound: max);
    }

    /// <summary>Fixes the effective-area constant at <paramref name="value"/> (1 by default).</summary>
    public void FixEffectiveAreaCorrection(double value = 1.0)
    {
        _effectiveAreaCorrection.Value = value;
        _effectiveAreaCorrection.Free = false;
    }

    /// <summary>A new <c>cons_&lt;name&gt;</c> (fixed at 1 in [0.8, 1.2]), with the state of <paramref name="state"/> when given.</summary>
    private static Parameter EffectiveAreaCorrectionLike(string name, Parameter? state)
    {
        var parameter = new Parameter($"cons_{name}", 1.0, 0.8, 1.2, description: "Effective area correction", free: false, isNormalization: true);
        if (state is not null)
        {
            parameter.CopyStateFrom(state);
        }

        return parameter;
    }
}

namespace Astromodels.Priors;

/// <summary>A prior probability distribution for one parameter, with astromodels' conventions.</summary>
/// <remarks>
/// Implementations are immutable. <see cref="Density"/> is the value of astromodels' prior function
/// (which for <c>Uniform_prior</c> and <c>Log_uniform_prior</c> is not normalised);
/// <see cref="FromUnitCube"/> is the prior transform used by nested samplers.
/// </remarks>
public interface IPrior
{
    /// <summary>The astromodels class name, for example <c>Log_normal</c>, used in model files and tables.</summary>
    string Name { get; }

    /// <summary>The parameters in astromodels' declaration order, for serialisation and display.</summary>
    IReadOnlyList<PriorParameter> Parameters { get; }

    /// <summary>The value of astromodels' prior function at <paramref name="x"/>; 0 outside the support or for NaN.</summary>
    /// <param name="x">The parameter value, in the parameter's (external) units.</param>
    double Density(double x);

    /// <summary>The natural logarithm of <see cref="Density"/>, computed in log space.</summary>
    /// <param name="x">The parameter value, in the parameter's (external) units.</param>
    /// <returns>A finite number inside the support, negative infinity outside it or for NaN; never NaN and never throws.</returns>
    double LogDensity(double x);

    /// <summary>Maps a point of the unit interval to a parameter value (the inverse cumulative distribution).</summary>
    /// <param name="u">A number in [0, 1].</param>
    /// <returns>A finite parameter value, non-decreasing in <paramref name="u"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="u"/> is outside [0, 1] or NaN.</exception>
    double FromUnitCube(double u);

    /// <summary>Returns a copy with some parameter values replaced.</summary>
    /// <param name="values">New values keyed by astromodels parameter name (for example <c>lower_bound</c>).</param>
    /// <exception cref="ArgumentException">A name is not a parameter of this prior, or a value is invalid.</exception>
    IPrior WithParameters(IReadOnlyDictionary<string, double> values);
}

namespace ThreeML.Fitting;

/// <summary>A scalar function of a fixed number of parameters that a minimizer drives down, such as −ln L or χ².</summary>
/// <remarks>
/// Minimizers call <see cref="Evaluate"/> many thousands of times, so an implementation should not
/// allocate. It receives every parameter in external (user) coordinates, fixed ones included, in the
/// order of <see cref="MinimizationProblem.Parameters"/>. A non-finite return value is treated as
/// "worse than any finite value" by the line searches; a non-finite value at the start point makes
/// the fit invalid.
/// </remarks>
public interface IObjectiveFunction
{
    /// <summary>Gets the number of parameters the function expects.</summary>
    int Dimension { get; }

    /// <summary>Evaluates the function at <paramref name="x"/>, which has <see cref="Dimension"/> elements.</summary>
    /// <param name="x">The parameter values in external coordinates.</param>
    /// <returns>The function value.</returns>
    double Evaluate(ReadOnlySpan<double> x);
}

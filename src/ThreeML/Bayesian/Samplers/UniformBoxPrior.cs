using System.Globalization;

namespace ThreeML.Bayesian.Samplers;

/// <summary>Independent uniform priors on a box [lower_i, upper_i].</summary>
/// <remarks>The log density is −Σ ln(upper_i − lower_i) inside the box (bounds included) and −∞ outside.</remarks>
public sealed class UniformBoxPrior : IPriorTransform
{
    private readonly double[] lower;
    private readonly double[] width;
    private readonly double logDensity;

    /// <summary>Creates a box prior from per-parameter bounds.</summary>
    /// <param name="lower">Lower bounds, one per parameter.</param>
    /// <param name="upper">Upper bounds, one per parameter, each greater than its lower bound.</param>
    /// <exception cref="ArgumentException">The arrays differ in length, are empty, or a bound pair is not finite and increasing.</exception>
    public UniformBoxPrior(IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        if (lower.Count == 0 || lower.Count != upper.Count)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "lower has {0} bounds and upper has {1}; both need the same positive count.", lower.Count, upper.Count), nameof(upper));
        }

        this.lower = new double[lower.Count];
        width = new double[lower.Count];
        for (var i = 0; i < lower.Count; i++)
        {
            if (!double.IsFinite(lower[i]) || !double.IsFinite(upper[i]) || !(upper[i] > lower[i]))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "Bounds of parameter {0} are [{1}, {2}]; expected finite values with lower < upper.", i, lower[i], upper[i]), nameof(upper));
            }

            this.lower[i] = lower[i];
            width[i] = upper[i] - lower[i];
            logDensity -= Math.Log(width[i]);
        }
    }

    /// <summary>Creates the same uniform prior on [<paramref name="lower"/>, <paramref name="upper"/>] for <paramref name="dimension"/> parameters.</summary>
    /// <param name="dimension">Number of parameters (at least 1).</param>
    /// <param name="lower">Common lower bound.</param>
    /// <param name="upper">Common upper bound, greater than <paramref name="lower"/>.</param>
    /// <returns>The box prior.</returns>
    public static UniformBoxPrior Cube(int dimension, double lower, double upper)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        return new UniformBoxPrior(Enumerable.Repeat(lower, dimension).ToArray(), Enumerable.Repeat(upper, dimension).ToArray());
    }

    /// <inheritdoc/>
    public int Dimension => lower.Length;

    /// <inheritdoc/>
    public void Transform(ReadOnlySpan<double> unitCube, Span<double> parameters)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            parameters[i] = lower[i] + (unitCube[i] * width[i]);
        }
    }

    /// <inheritdoc/>
    public double LogPrior(ReadOnlySpan<double> parameters)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            var x = parameters[i] - lower[i];
            if (!(x >= 0 && x <= width[i]))
            {
                return double.NegativeInfinity;
            }
        }

        return logDensity;
    }
}

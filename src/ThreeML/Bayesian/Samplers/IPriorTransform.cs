namespace ThreeML.Bayesian.Samplers;

/// <summary>A prior given as a transform from the unit hypercube to physical parameters.</summary>
/// <remarks>
/// This is UltraNest's prior interface (Buchner 2021, JOSS 6, 3001): nested sampling draws points
/// uniformly in [0, 1)^d and maps them through <see cref="Transform"/>, so the prior density is
/// implicit. <see cref="LogPrior"/> gives the same prior as a density for MCMC samplers.
/// Both methods are called concurrently from the samplers' worker threads, so they must be pure
/// (no shared mutable state).
/// </remarks>
public interface IPriorTransform
{
    /// <summary>Gets the number of free parameters d.</summary>
    int Dimension { get; }

    /// <summary>Maps a point of the unit cube to physical parameter values (the inverse prior CDF per axis).</summary>
    /// <param name="unitCube">d coordinates in [0, 1).</param>
    /// <param name="parameters">Receives d physical values.</param>
    void Transform(ReadOnlySpan<double> unitCube, Span<double> parameters);

    /// <summary>Returns the log prior density at <paramref name="parameters"/>, −∞ outside the support.</summary>
    /// <param name="parameters">d physical values.</param>
    /// <returns>ln π(θ) up to a constant; never throws for finite input.</returns>
    double LogPrior(ReadOnlySpan<double> parameters);
}

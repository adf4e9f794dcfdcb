namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Ways of drawing uniformly from an <see cref="MLFriendsRegion"/>; all give the same distribution at different cost.</summary>
internal enum RegionSamplingMethod
{
    /// <summary>Uniform in the unit cube, kept if inside the ellipsoid and near a live point (efficient while the region is large).</summary>
    Cube,

    /// <summary>Uniform in the bounding ellipsoid, kept if inside the cube and near a live point.</summary>
    Ellipsoid,

    /// <summary>Uniform in the ball of a random live point, kept with probability 1/(number of balls covering it).</summary>
    Balls,
}

using System.Runtime.CompilerServices;
namespace ThreeML.Bayesian.Samplers.Nested;

internal sealed partial class MLFriendsRegion
{
    private const int TrialDraws = 100;

    /// <summary>Whether <paramref name="point"/> lies in the cube, the bounding ellipsoid and at least one ball.</summary>
    public bool Contains(ReadOnlySpan<double> point)
    {
        Span<double> w = stackalloc double[d];
        if (!InCube(point) || ellipsoid.DistanceSquared(point) > Enlargement)
        {
            return false;
        }

        metric.ToWhite(point, w);
        return NearAny(w);
    }

    /// <summary>Draws one point uniformly from the region, giving up after <paramref name="maxAttempts"/> candidates.</summary>
    /// <param name="rng">The draw's own random stream.</param>
    /// <param name="point">Receives d unit-cube coordinates.</param>
    /// <param name="maxAttempts">Rejection budget.</param>
    /// <returns>False if every attempt was rejected.</returns>
    public bool TrySample(ref RandomStream rng, Span<double> point, int maxAttempts) => TrySample(Method, ref rng, point, maxAttempts, out _);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TrySample(RegionSamplingMethod method, ref RandomStream rng, Span<double> point, int maxAttempts, out int attempts)
    {
        Span<double> w = stackalloc double[d];
        for (attempts = 1; attempts <= maxAttempts; attempts++)
        {
            if (method switch
            {
                RegionSamplingMethod.Cube => FromCube(ref rng, point, w),
                RegionSamplingMethod.Ellipsoid => FromEllipsoid(ref rng, point, w),
                _ => FromBalls(ref rng, point, w),
            })
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool FromCube(ref RandomStream rng, Span<double> point, Span<double> w)
    {
        for (var i = 0; i < d; i++)
        {
            point[i] = rng.NextDouble();
        }

        if (ellipsoid.DistanceSquared(point) > Enlargement)
        {
            return false;
        }

        metric.ToWhite(point, w);
        return NearAny(w);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool FromEllipsoid(ref RandomStream rng, Span<double> point, Span<double> w)
    {
        rng.NextInUnitBall(w);
        var scale = Math.Sqrt(Enlargement);
        for (var i = 0; i < d; i++)
        {
            w[i] *= scale;
        }

        ellipsoid.ToCube(w, point);
        if (!InCube(point))
        {
            return false;
        }

        metric.ToWhite(point, w);
        return NearAny(w);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool FromBalls(ref RandomStream rng, Span<double> point, Span<double> w)
    {
        var k = rng.NextInt(n);
        rng.NextInUnitBall(w);
        var r = Math.Sqrt(RadiusSquared);
        for (var i = 0; i < d; i++)
        {
            w[i] = tc[(i * n) + k] + (r * w[i]);
        }

        metric.ToCube(w, point);
        if (!InCube(point) || ellipsoid.DistanceSquared(point) > Enlargement)
        {
            return false;
        }

        // A point covered by m balls is proposed m times as often; thinning by 1/m makes it uniform.
        var covering = CountNear(w);
        return covering > 0 && rng.NextDouble() * covering < 1;
    }

    private void ChooseMethod(long seed, ulong buildIndex)
    {
        Span<double> point = stackalloc double[d];
        var best = double.NegativeInfinity;
        foreach (var method in (ReadOnlySpan<RegionSamplingMethod>)[RegionSamplingMethod.Cube, RegionSamplingMethod.Ellipsoid, RegionSamplingMethod.Balls])
        {
            var rng = new RandomStream(seed, RandomPurpose.RegionBootstrap, ~(buildIndex * 4) - (ulong)method);
            var accepted = 0;
            for (var i = 0; i < TrialDraws; i++)
            {
                accepted += TrySample(method, ref rng, point, 1, out _) ? 1 : 0;
            }

            // Ball draws always scan every live point, so they must be clearly better to win.
            var score = method == RegionSamplingMethod.Balls ? 0.7 * accepted : accepted;
            if (score > best)
            {
                best = score;
                Method = method;
            }
        }
    }

    private static bool InCube(ReadOnlySpan<double> point)
    {
        foreach (var x in point)
        {
            if (!(x > 0 && x < 1))
            {
                return false;
            }
        }

        return true;
    }

    private bool NearAny(ReadOnlySpan<double> w) => PointDistances.AnyWithin(tc, n, w, RadiusSquared);

    private int CountNear(ReadOnlySpan<double> w) => PointDistances.CountWithin(tc, n, w, RadiusSquared, stopAtFirst: false);
}

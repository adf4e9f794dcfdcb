namespace ThreeML.Bayesian.Samplers.Importance;

/// <summary>A bound made of one or more ellipsoids in the unit cube, sampled with the exactly known density n(x)/ΣV.</summary>
/// <remarks>
/// A draw picks ellipsoid j with probability V_j/ΣV and a point uniform in it, without rejecting points that
/// several ellipsoids share: the density of the draws is then n(x)/ΣV, n(x) being the number of ellipsoids
/// that contain x. Because this density is known exactly, no volume of the union has to be estimated (as
/// nautilus estimates its shells' volumes from draw fractions), and importance weights stay exact.
/// The ellipsoids come from splitting the enclosed points with 2-means while the summed volume at least
/// halves (nautilus splits its multi-ellipsoid bound in the same spirit; Lange 2023, MNRAS 525, 3181).
/// </remarks>
internal sealed class EllipsoidUnion
{
    private const int MaxEllipsoids = 32;
    private readonly BoundingEllipsoid[] parts;
    private readonly double[] cumulative;

    private EllipsoidUnion(List<BoundingEllipsoid> parts)
    {
        this.parts = [.. parts];
        var max = parts.Max(p => p.LogVolume);
        cumulative = new double[parts.Count];
        var sum = 0.0;
        for (var j = 0; j < parts.Count; j++)
        {
            sum += Math.Exp(parts[j].LogVolume - max);
            cumulative[j] = sum;
        }

        for (var j = 0; j < parts.Count; j++)
        {
            cumulative[j] /= sum;
        }

        LogVolumeSum = max + Math.Log(sum);
    }

    /// <summary>Gets ln ΣV_j, the normalisation of the draw density (not the union's volume where ellipsoids overlap).</summary>
    public double LogVolumeSum { get; }

    /// <summary>Gets the number of ellipsoids.</summary>
    public int Count => parts.Length;

    /// <summary>Encloses the points listed by <paramref name="rows"/>; ellipsoids with fewer than 2 × <paramref name="minPoints"/> points are not split.</summary>
    public static EllipsoidUnion Build(ReadOnlySpan<double> points, int[] rows, int d, double enlargePerDimension, int minPoints)
    {
        var result = new List<BoundingEllipsoid>();
        var work = new Stack<(int[] Rows, BoundingEllipsoid Ellipsoid)>();
        work.Push((rows, BoundingEllipsoid.Fit(points, rows, d, enlargePerDimension)));
        while (work.Count > 0)
        {
            var (members, ellipsoid) = work.Pop();
            if (members.Length >= 2 * minPoints && result.Count + work.Count + 2 <= MaxEllipsoids
                && TwoMeans.Split(points, members, d) is { } halves
                && halves.Left.Length >= minPoints && halves.Right.Length >= minPoints)
            {
                var left = BoundingEllipsoid.Fit(points, halves.Left, d, enlargePerDimension);
                var right = BoundingEllipsoid.Fit(points, halves.Right, d, enlargePerDimension);
                var larger = Math.Max(left.LogVolume, right.LogVolume);
                var logSum = larger + Math.Log(Math.Exp(left.LogVolume - larger) + Math.Exp(right.LogVolume - larger));
                if (logSum < ellipsoid.LogVolume + Math.Log(0.5))
                {
                    work.Push((halves.Left, left));
                    work.Push((halves.Right, right));
                    continue;
                }
            }

            result.Add(ellipsoid);
        }

        return new EllipsoidUnion(result);
    }

    /// <summary>Returns how many ellipsoids contain <paramref name="x"/>; <paramref name="work"/> holds d scratch values.</summary>
    public int Multiplicity(ReadOnlySpan<double> x, Span<double> work)
    {
        var count = 0;
        foreach (var part in parts)
        {
            count += part.Contains(x, work) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Writes a draw from the density n(x)/ΣV to <paramref name="x"/>.</summary>
    public void Sample(ref RandomStream rng, Span<double> x, Span<double> work)
    {
        var j = 0;
        if (parts.Length > 1)
        {
            var u = rng.NextDouble();
            while (j < parts.Length - 1 && cumulative[j] <= u)
            {
                j++;
            }
        }

        parts[j].Sample(ref rng, x, work);
    }
}

using System.Runtime.CompilerServices;
namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Single-linkage clustering of whitened points: two points share a cluster when a chain of neighbours closer than the MLFriends radius joins them.</summary>
/// <remarks>UltraNest's <c>update_clusters</c> does the same, so that the whitening is learnt from the average cluster shape rather than the distance between modes.</remarks>
internal static class FriendsOfFriends
{
    /// <summary>Returns a cluster index per point (0-based, in order of first appearance) and the number of clusters.</summary>
    /// <param name="points">n whitened points, row-major (d coordinates each).</param>
    /// <param name="n">Number of points.</param>
    /// <param name="d">Dimension.</param>
    /// <param name="radiusSquared">Squared linking length.</param>
    /// <param name="clusterCount">Receives the number of clusters.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Cluster(ReadOnlySpan<double> points, int n, int d, double radiusSquared, out int clusterCount)
    {
        var columns = new double[n * d];
        PointDistances.Transpose(points, n, d, columns);
        var row = new double[n];
        var parent = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        for (var i = 0; i < n; i++)
        {
            // Pairs (i, j < i) were seen from j's row: only the distances to later points are needed.
            PointDistances.Row(columns, n, i + 1, points.Slice(i * d, d), row);
            for (var j = i + 1; j < n; j++)
            {
                if (row[j] <= radiusSquared)
                {
                    var a = Find(parent, i);
                    var b = Find(parent, j);
                    if (a != b)
                    {
                        parent[Math.Max(a, b)] = Math.Min(a, b);
                    }
                }
            }
        }

        var label = new int[n];
        Array.Fill(label, -1);
        var ids = new int[n];
        clusterCount = 0;
        for (var i = 0; i < n; i++)
        {
            var root = Find(parent, i);
            if (label[root] < 0)
            {
                label[root] = clusterCount++;
            }

            ids[i] = label[root];
        }

        return ids;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}

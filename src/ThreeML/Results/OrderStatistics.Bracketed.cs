using System.Buffers;

namespace ThreeML.Results;

internal static partial class OrderStatistics
{
    /// <summary>From this many values on, the wanted ranks are first bracketed from a sorted systematic sample.</summary>
    internal const int BracketThreshold = 2048;

    private const int MaxBracketedRanks = 8;
    private const int BracketSample = 512;

    /// <summary>Half-width of a bracket in sample positions: 2.5 standard deviations of a sample rank's scatter at the
    /// median (√(k/4) ≈ 11 for k = 512), so that a rank falls outside its bracket about once in a hundred; it is then
    /// selected the plain way.</summary>
    private const int BracketHalfWidth = 28;

    /// <summary>Order statistics of a large NaN-free array (ranks shifted by <paramref name="offset"/>): each wanted rank is
    /// bracketed between two values of a sorted systematic sample of 512, one pass counts the values below each bracket and
    /// gathers those inside it, and the rank is selected among the gathered few; a rank that the counts show outside its
    /// bracket (an unlucky sample) is selected from the whole array.</summary>
    /// <remarks>The result is the exact order statistic either way: the counts decide, not the sample. A νFν band's three
    /// percentiles need six ranks in three neighbouring pairs, so this reads the array once instead of partitioning it
    /// about six times over.</remarks>
    private static void SelectBracketed(Span<double> a, ReadOnlySpan<int> ranks, int offset, Span<double> destination)
    {
        int m = a.Length;
        Span<double> sample = stackalloc double[BracketSample];
        for (int j = 0; j < sample.Length; j++)
        {
            sample[j] = a[(int)((long)j * m / sample.Length)];
        }

        sample.Sort();

        // Brackets [low, high] in value, one per wanted rank, merged where they overlap (neighbouring ranks share one).
        Span<double> low = stackalloc double[ranks.Length];
        Span<double> high = stackalloc double[ranks.Length];
        Span<int> bracketOf = stackalloc int[ranks.Length];
        int brackets = 0;
        for (int k = 0; k < ranks.Length; k++)
        {
            int p = (int)((long)(ranks[k] - offset) * sample.Length / m);
            int lo = p - BracketHalfWidth, hi = p + BracketHalfWidth;
            double l = lo <= 0 ? double.NegativeInfinity : sample[lo];
            double h = hi >= sample.Length - 1 ? double.PositiveInfinity : sample[hi];
            if (brackets > 0 && l <= high[brackets - 1])
            {
                high[brackets - 1] = Math.Max(high[brackets - 1], h);
            }
            else
            {
                (low[brackets], high[brackets]) = (l, h);
                brackets++;
            }

            bracketOf[k] = brackets - 1;
        }

        // One pass: every value goes to its bucket (the gap before bracket 0, bracket 0, the gap before bracket 1, ...),
        // found by comparisons rather than branches, which random data would mispredict half the time; only the
        // brackets' values are kept. Buckets that are gaps write into one scratch slot.
        Span<double> edges = stackalloc double[2 * brackets];
        for (int b = 0; b < brackets; b++)
        {
            (edges[2 * b], edges[(2 * b) + 1]) = (low[b], high[b]);
        }

        Span<int> counts = stackalloc int[(2 * brackets) + 1];
        double[] gathered = ArrayPool<double>.Shared.Rent((brackets * m) + 1);
        try
        {
            Span<double> store = gathered.AsSpan(0, (brackets * m) + 1);
            int scratch = brackets * m;
            foreach (double x in a)
            {
                int bucket = 0;
                for (int e = 0; e < edges.Length; e += 2)
                {
                    bucket += (x >= edges[e] ? 1 : 0) + (x > edges[e + 1] ? 1 : 0);
                }

                int inBracket = bucket & 1;
                int b = bucket >> 1;
                store[(inBracket * ((b * m) + counts[bucket])) + ((1 - inBracket) * scratch)] = x;
                counts[bucket]++;
            }

            // Below bracket b lie the gaps and brackets before it.
            Span<int> below = stackalloc int[brackets];
            Span<int> inside = stackalloc int[brackets];
            int running = 0;
            for (int b = 0; b < brackets; b++)
            {
                running += counts[2 * b];
                below[b] = running;
                inside[b] = counts[(2 * b) + 1];
                running += inside[b];
            }

            bool previousInBracket = false;
            for (int k = 0; k < ranks.Length; k++)
            {
                int b = bracketOf[k];
                int t = ranks[k] - offset - below[b];
                bool inBracket = t >= 0 && t < inside[b];
                Span<double> region = gathered.AsSpan(b * m, inside[b]);
                destination[k] = !inBracket ? SelectInPlace(a, 0, ranks[k] - offset)
                    : previousInBracket && bracketOf[k - 1] == b && ranks[k] == ranks[k - 1] + 1 ? MinimumInPlace(region, t)
                    : SelectInPlace(region, 0, t);
                previousInBracket = inBracket;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(gathered);
        }
    }
}

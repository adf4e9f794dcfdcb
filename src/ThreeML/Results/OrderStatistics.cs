using System.Buffers;

namespace ThreeML.Results;

/// <summary>Selected order statistics of a sample without sorting it: a multi-target quickselect on a pooled copy.</summary>
/// <remarks>
/// A percentile needs only two order statistics, so sorting all n values (n log n) is wasted work when a νFν band
/// asks for three percentiles at each of a hundred energies of ten thousand samples. Hoare's selection (FIND,
/// Comm. ACM 4, 321, 1961) with a median-of-three pivot partitions around the wanted ranks only, in O(n) on average.
/// The values returned are exactly those of the sorted array, NaNs ordered first as <c>Array.Sort</c>
/// orders them, so percentiles are bit-identical to the sorting implementation.
/// </remarks>
internal static partial class OrderStatistics
{
    /// <summary>Writes the order statistics of <paramref name="samples"/> at the ascending <paramref name="ranks"/> into <paramref name="destination"/>.</summary>
    public static void Select(ReadOnlySpan<double> samples, ReadOnlySpan<int> ranks, Span<double> destination)
    {
        double[] rented = ArrayPool<double>.Shared.Rent(samples.Length);
        try
        {
            Span<double> work = rented.AsSpan(0, samples.Length);
            samples.CopyTo(work);

            // NaNs first, as Array.Sort puts them; the comparisons below then see ordinary numbers only.
            int nans = 0;
            for (int i = 0; i < work.Length; i++)
            {
                if (double.IsNaN(work[i]))
                {
                    (work[i], work[nans]) = (work[nans], work[i]);
                    nans++;
                }
            }

            Span<double> numbers = work[nans..];
            if (numbers.Length >= BracketThreshold && ranks[0] >= nans && ranks.Length <= MaxBracketedRanks)
            {
                SelectBracketed(numbers, ranks, nans, destination);
                return;
            }

            for (int k = 0; k < ranks.Length; k++)
            {
                int rank = ranks[k];
                if (rank < nans)
                {
                    destination[k] = double.NaN;
                    continue;
                }

                // Ranks ascend, so the part left of an earlier rank holds nothing larger: search right of it only.
                int from = k > 0 && ranks[k - 1] >= nans ? ranks[k - 1] - nans : 0;
                destination[k] = k > 0 && ranks[k - 1] >= nans && rank == ranks[k - 1] + 1
                    ? MinimumInPlace(numbers, rank - nans)
                    : SelectInPlace(numbers, from, rank - nans);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>The next order statistic after one just selected at <paramref name="rank"/> − 1: the smallest value right
    /// of it, moved to <paramref name="rank"/>.</summary>
    /// <remarks>A percentile interpolates between two neighbouring ranks; one pass finds the second where a selection
    /// would partition the whole remainder again.</remarks>
    private static double MinimumInPlace(Span<double> a, int rank)
    {
        int at = rank;
        for (int i = rank + 1; i < a.Length; i++)
        {
            at = a[i] < a[at] ? i : at;
        }

        (a[rank], a[at]) = (a[at], a[rank]);
        return a[rank];
    }

    /// <summary>Rearranges <paramref name="a"/>[from..] so that position <paramref name="rank"/> holds the value it would hold sorted, smaller ones left of it.</summary>
    private static double SelectInPlace(Span<double> a, int from, int rank)
    {
        int lo = from, hi = a.Length - 1;
        while (hi > lo)
        {
            int mid = lo + ((hi - lo) / 2);
            if (a[mid] < a[lo])
            {
                (a[mid], a[lo]) = (a[lo], a[mid]);
            }

            if (a[hi] < a[lo])
            {
                (a[hi], a[lo]) = (a[lo], a[hi]);
            }

            if (a[hi] < a[mid])
            {
                (a[hi], a[mid]) = (a[mid], a[hi]);
            }

            double pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (pivot < a[j])
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (rank <= j)
            {
                hi = j;
            }
            else if (rank >= i)
            {
                lo = i;
            }
            else
            {
                return a[rank];
            }
        }

        return a[rank];
    }
}

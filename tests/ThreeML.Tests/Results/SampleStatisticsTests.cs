using CsCheck;
using ThreeML.Results;

namespace ThreeML.Tests.Results;

/// <summary>Percentiles and equal-tailed intervals against numpy, and the selection they use against a full sort.</summary>
public sealed class SampleStatisticsTests
{
    // x_i = sin(1.7 i) e^(i mod 7) + 0.001 i, i = 0..1000; values from numpy 1.24 np.percentile (linear), run outside CI.
    private static readonly double[] Spread = [.. Enumerable.Range(0, 1001).Select(i => (Math.Sin(i * 1.7) * Math.Exp(i % 7)) + (0.001 * i))];

    [Theory]
    [InlineData(50, 0.48555128236485773)]
    [InlineData(2.5, -344.9339955543594)]
    [InlineData(97.5, 346.6438977084997)]
    [InlineData(0, -402.88517411957156)]
    [InlineData(100, 403.78411481426986)]
    public void Percentile_matches_numpy(double q, double numpy) =>
        Assert.Equal(numpy, SampleStatistics.Percentile(Spread, q), 1e-12);

    [Fact]
    public void Equal_tailed_68_percent_interval_matches_numpy()
    {
        var (median, lower, upper) = SampleStatistics.EqualTailed(Spread, 0.68);
        Assert.Equal(0.48555128236485773, median, 1e-12);
        Assert.Equal(-39.00434851073624, lower, 1e-12);
        Assert.Equal(39.866134018907495, upper, 1e-12);
    }

    [Fact]
    public void Selection_gives_the_order_statistics_of_a_full_sort_with_duplicates_and_NaNs()
    {
        var values = Gen.OneOf(Gen.Double[-10, 10], Gen.Int[-3, 3].Select(i => (double)i), Gen.Const(double.NaN));
        Gen.Select(values.Array[1, 300], Gen.Int[1, 6]).Sample((samples, count) =>
        {
            var sorted = (double[])samples.Clone();
            Array.Sort(sorted);
            int[] ranks = [.. Enumerable.Range(0, count).Select(k => k * (samples.Length - 1) / Math.Max(1, count - 1)).Distinct().Order()];
            var selected = new double[ranks.Length];
            OrderStatistics.Select(samples, ranks, selected);
            for (int k = 0; k < ranks.Length; k++)
            {
                Assert.Equal(sorted[ranks[k]], selected[k]);
            }
        });
    }

    [Fact]
    public void Neighbouring_ranks_as_percentiles_ask_for_them_match_a_full_sort()
    {
        // Each percentile needs the order statistics at floor(q(n - 1)) and the next one, which is read by a scan.
        var values = Gen.OneOf(Gen.Double[-10, 10], Gen.Int[-3, 3].Select(i => (double)i), Gen.Const(double.NaN));
        Gen.Select(values.Array[2, 400], Gen.Double[0, 1].Array[1, 3]).Sample((samples, fractions) =>
        {
            var sorted = (double[])samples.Clone();
            Array.Sort(sorted);
            int[] ranks = [.. fractions.SelectMany(f => new[] { (int)(f * (samples.Length - 2)), (int)(f * (samples.Length - 2)) + 1 }).Distinct().Order()];
            var selected = new double[ranks.Length];
            OrderStatistics.Select(samples, ranks, selected);
            for (int k = 0; k < ranks.Length; k++)
            {
                Assert.Equal(sorted[ranks[k]], selected[k]);
            }
        });
    }

    [Fact]
    public void Large_samples_bracketed_from_a_subsample_give_the_order_statistics_of_a_full_sort()
    {
        // Above OrderStatistics.BracketThreshold the ranks are bracketed from a sorted subsample; ties, huge values, a
        // few NaNs, sorted input and the top rank must all come out as a full sort gives them.
        var values = Gen.Frequency((20, Gen.Double[-10, 10]), (20, Gen.Int[-3, 3].Select(i => (double)i)), (5, Gen.Double[-1e300, 1e300]), (1, Gen.Const(double.NaN)));
        var sizes = Gen.Int[OrderStatistics.BracketThreshold, 3 * OrderStatistics.BracketThreshold];
        Gen.Select(sizes.SelectMany(n => values.Array[n]), Gen.Double[0, 1].Array[1, 3], Gen.Bool).Sample((samples, fractions, presorted) =>
        {
            if (presorted)
            {
                Array.Sort(samples);
            }

            var sorted = (double[])samples.Clone();
            Array.Sort(sorted);
            int[] ranks = [.. fractions.SelectMany(f => new[] { (int)(f * (samples.Length - 2)), (int)(f * (samples.Length - 2)) + 1, samples.Length - 1 }).Distinct().Order()];
            var selected = new double[ranks.Length];
            OrderStatistics.Select(samples, ranks, selected);
            for (int k = 0; k < ranks.Length; k++)
            {
                Assert.Equal(sorted[ranks[k]], selected[k]);
            }
        }, iter: 200);
    }

    [Fact]
    public void A_subsample_that_misrepresents_the_values_still_gives_the_exact_order_statistics()
    {
        // Every 8th value of 4096 (the subsample's stride) is the smallest, so the brackets miss the wanted ranks and
        // the counts send them to a plain selection.
        var rng = new Random(7);
        var samples = Enumerable.Range(0, 4096).Select(i => i % 8 == 0 ? -1e9 : rng.NextDouble()).ToArray();
        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        int[] ranks = [655, 656, 2047, 2048, 3440, 3441];
        var selected = new double[ranks.Length];
        OrderStatistics.Select(samples, ranks, selected);
        Assert.Equal(ranks.Select(r => sorted[r]), selected);
    }

    [Fact]
    public void Invalid_requests_are_refused()
    {
        var empty = Assert.Throws<ArgumentException>(() => SampleStatistics.Percentile([], 50));
        Assert.Contains("Percentiles need at least one sample.", empty.Message, StringComparison.Ordinal);
        var q = Assert.Throws<ArgumentOutOfRangeException>(() => SampleStatistics.Percentile([1.0], 101));
        Assert.Contains("The percentile must lie in [0, 100].", q.Message, StringComparison.Ordinal);
        var level = Assert.Throws<ArgumentOutOfRangeException>(() => SampleStatistics.EqualTailed([1.0], 1.0));
        Assert.Contains("The confidence level must lie strictly between 0 and 1 (e.g. 0.68).", level.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentException>(() => SampleStatistics.EqualTailed([], 0.68));
        Assert.Contains("Intervals need at least one sample.", none.Message, StringComparison.Ordinal);
    }
}

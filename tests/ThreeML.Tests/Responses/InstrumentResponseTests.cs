using CsCheck;
using ThreeML.Responses;

namespace ThreeML.Tests.Responses;

public class InstrumentResponseTests
{
    [Fact]
    public void Fold_equals_the_dense_matrix_product()
    {
        var random = new Random(7);
        var (matrix, energyEdges, channelEdges) = RandomBandedMatrix(random, 140, 128);
        var response = InstrumentResponse.FromMatrix(matrix, energyEdges, channelEdges);
        var photons = Enumerable.Range(0, 140).Select(_ => random.NextDouble() * 10).ToArray();

        var expected = new double[128];
        for (var c = 0; c < 128; c++)
        {
            for (var j = 0; j < 140; j++)
            {
                expected[c] += matrix[j, c] * photons[j];
            }
        }

        var rates = new double[128];
        response.Fold(photons, rates);
        for (var c = 0; c < 128; c++)
        {
            Assert.Equal(expected[c], rates[c], 1e-12 * Math.Max(1, Math.Abs(expected[c])));
        }
    }

    [Fact]
    public void Vectorised_fold_agrees_with_the_scalar_reference_to_1e12()
    {
        Gen.Int[1, 300].Select(Gen.Int[1, 300], Gen.Int[0, int.MaxValue]).SampleFixed((nE, nC, seed) =>
        {
            var random = new Random(seed);
            var (matrix, e, c) = RandomBandedMatrix(random, nE, nC);
            var response = InstrumentResponse.FromMatrix(matrix, e, c);
            var photons = Enumerable.Range(0, nE).Select(_ => random.NextDouble() < 0.1 ? 0 : random.NextDouble() * 1e3).ToArray();
            var fast = new double[nC];
            var slow = new double[nC];
            response.Fold(photons, fast);
            response.FoldReference(photons, slow);
            for (var i = 0; i < nC; i++)
            {
                if (Math.Abs(fast[i] - slow[i]) > 1e-12 * Math.Max(1e-300, Math.Abs(slow[i])))
                {
                    return false;
                }
            }

            return true;
        }, iter: 200, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Trimming_keeps_every_element_and_drops_zeros()
    {
        var matrix = new double[,] { { 0, 2, 0, 3, 0 }, { 0, 0, 0, 0, 0 }, { 1, 0, 0, 0, 4 } };
        var response = InstrumentResponse.FromMatrix(matrix, [1, 2, 3, 4], [0, 1, 2, 3, 4, 5]);
        Assert.Equal(3 + 0 + 5, response.StoredElementCount);
        Assert.Equal(matrix, response.ToDenseMatrix());
        Assert.Equal(3.0, response[0, 3]);
        Assert.Equal(0.0, response[1, 2]);
        Assert.Equal([5.0, 0.0, 5.0], response.EffectiveArea());
    }

    [Fact]
    public void Diagonal_response_maps_each_bin_to_its_channel()
    {
        var response = InstrumentResponse.Diagonal([10, 20, 40, 80], effectiveArea: 2.5);
        var rates = new double[3];
        response.Fold([1, 2, 3], rates);
        Assert.Equal([2.5, 5.0, 7.5], rates);
        Assert.Equal(response.EnergyEdges.ToArray(), response.ChannelEdges.ToArray());
    }

    [Fact]
    public void Builder_sums_overlapping_groups_of_one_energy_bin()
    {
        var response = new ResponseBuilder([1, 2], [0, 1, 2, 3, 4])
            .Add(0, 0, [1.0, 1.0])
            .Add(0, 1, [2.0, 2.0, 2.0])
            .Build();
        Assert.Equal(new double[,] { { 1, 3, 2, 2 } }, response.ToDenseMatrix());
    }

    [Fact]
    public void Builder_takes_groups_in_any_bin_order_beyond_its_capacity_and_trims_each_run_to_its_non_zeros()
    {
        // Capacity 2 for 9 elements (the buffer grows); bins added out of order; bin 1 only zeros, bin 2's run ends in zeros.
        var response = new ResponseBuilder([1, 2, 3, 4], [0, 1, 2, 3, 4], expectedElements: 2)
            .Add(2, 1, [0.0, 5.0, 0.0])
            .Add(0, 2, [4.0, 1.0])
            .Add(1, 0, [0.0, 0.0])
            .Add(0, 0, [0.5])
            .Build();
        Assert.Equal(new double[,] { { 0.5, 0, 4, 1 }, { 0, 0, 0, 0 }, { 0, 0, 5, 0 } }, response.ToDenseMatrix());
        var rates = new double[4];
        response.Fold([1, 10, 100], rates);
        Assert.Equal([0.5, 0, 504, 1], rates);
    }

    [Fact]
    public void A_builder_over_a_callers_values_reads_its_runs_in_place_and_leaves_them_unchanged()
    {
        // The groups of the test above as runs of one array (a response reader's decoded MATRIX column), in the same
        // order: the same response, and the array as it was.
        double[] values = [0.0, 5.0, 0.0, 4.0, 1.0, 0.0, 0.0, 0.5];
        var copy = values.ToArray();
        var builder = ResponseBuilder.OverValues([1, 2, 3, 4], [0, 1, 2, 3, 4], values);
        builder.AddRun(2, 1, 0, 3);
        builder.AddRun(0, 2, 3, 2);
        builder.AddRun(1, 0, 5, 2);
        builder.AddRun(0, 0, 7, 1);
        var expected = new ResponseBuilder([1, 2, 3, 4], [0, 1, 2, 3, 4])
            .Add(2, 1, [0.0, 5.0, 0.0]).Add(0, 2, [4.0, 1.0]).Add(1, 0, [0.0, 0.0]).Add(0, 0, [0.5]).Build();
        Assert.True(builder.Build().HasSameContent(expected));
        Assert.Equal(copy, values);
        // Adding a copied group afterwards never writes into the caller's array.
        builder.Add(1, 3, [7.0]);
        Assert.Equal(copy, values);
        Assert.Equal(7.0, builder.Build().ToDenseMatrix()[1, 3]);
        // The same checks and messages as Add.
        Assert.Contains("3 energy bins", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRun(3, 0, 0, 1)).Message);
        Assert.Contains("exceed the 4 channels", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRun(0, 3, 0, 2)).Message);
        var bad = ResponseBuilder.OverValues([1, 2], [0, 1, 2], [1.0, double.NaN]);
        Assert.Contains("channel 1: matrix element NaN is not finite", Assert.Throws<ArgumentException>(() => bad.AddRun(0, 0, 0, 2)).Message);
    }

    [Fact]
    public void Fold_rejects_wrong_lengths_with_the_expected_sizes()
    {
        var response = InstrumentResponse.Diagonal([1, 2, 3]);
        var photons = Assert.Throws<ArgumentException>(() => response.Fold(new double[3], new double[2]));
        Assert.Contains("2 true-energy bins but 3 photon values", photons.Message);
        var rates = Assert.Throws<ArgumentException>(() => response.Fold(new double[2], new double[5]));
        Assert.Contains("2 channels but the destination holds 5", rates.Message);
    }

    [Fact]
    public void Builder_validates_edges_indices_and_values()
    {
        Assert.Contains("energyEdges must increase", Assert.Throws<ArgumentException>(() => new ResponseBuilder([1, 1], [0, 1])).Message);
        Assert.Contains("At least two channelEdges", Assert.Throws<ArgumentException>(() => new ResponseBuilder([1, 2], [0])).Message);
        Assert.Contains("must be a finite, non-negative energy", Assert.Throws<ArgumentException>(() => new ResponseBuilder([double.NaN, 2], [0, 1])).Message);
        Assert.StartsWith("expectedElements ('-1') must be a non-negative value.", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseBuilder([1, 2], [0, 1], -1)).Message, StringComparison.Ordinal);
        var builder = new ResponseBuilder([1, 2, 3], [0, 1, 2]);
        Assert.Contains("2 energy bins", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(2, 0, [1.0])).Message);
        Assert.Contains("exceed the 2 channels", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(0, 1, [1.0, 1.0])).Message);
        Assert.Contains("not finite", Assert.Throws<ArgumentException>(() => builder.Add(0, 0, [double.PositiveInfinity])).Message);
        Assert.Contains("describe 2 energy bins", Assert.Throws<ArgumentException>(() => InstrumentResponse.FromMatrix(new double[3, 2], [1, 2, 3], [0, 1, 2])).Message);
    }

    internal static (double[,] Matrix, double[] EnergyEdges, double[] ChannelEdges) RandomBandedMatrix(Random random, int nE, int nC)
    {
        var m = new double[nE, nC];
        for (var j = 0; j < nE; j++)
        {
            var centre = random.Next(nC);
            var width = random.Next(1, Math.Max(2, nC / 2));
            for (var c = Math.Max(0, centre - width); c < Math.Min(nC, centre + width); c++)
            {
                m[j, c] = random.NextDouble() * 100;
            }
        }

        var e = Enumerable.Range(0, nE + 1).Select(i => 10.0 * Math.Pow(1.05, i)).ToArray();
        var ch = Enumerable.Range(0, nC + 1).Select(i => 5.0 + i).ToArray();
        return (m, e, ch);
    }
}

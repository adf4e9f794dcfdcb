using CsCheck;
using ThreeML.Ogip;
using ThreeML.Responses;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Responses;

/// <summary>The column layout of the vectorised fold, in both weight precisions, against the scalar reference.</summary>
public class ColumnFoldKernelTests
{
    private static ColumnFoldKernel Build(double[,] matrix)
    {
        int nE = matrix.GetLength(0), nC = matrix.GetLength(1);
        return new ColumnFoldKernel(nC, nE, _ => 0, j => Enumerable.Range(0, nC).Select(c => matrix[j, c]).ToArray());
    }

    private static double[] Reference(double[,] matrix, double[] photons)
    {
        var rates = new double[matrix.GetLength(1)];
        for (var c = 0; c < rates.Length; c++)
        {
            for (var j = 0; j < photons.Length; j++)
            {
                rates[c] += matrix[j, c] * photons[j];
            }
        }

        return rates;
    }

    private static bool AgreeWithReference(double[,] matrix, double[] photons, bool singles)
    {
        var kernel = Build(matrix);
        if (kernel.StoresSingles != singles)
        {
            return false;
        }

        var rates = new double[matrix.GetLength(1)];
        kernel.Fold(photons, rates);
        var expected = Reference(matrix, photons);
        var scale = expected.Select(Math.Abs).DefaultIfEmpty(0).Max();
        return rates.Zip(expected).All(p => Math.Abs(p.First - p.Second) <= 1e-13 * Math.Max(scale, 1e-300));
    }

    private static Gen<(double[,] Matrix, double[] Photons)> Problems(bool singles) =>
        Gen.Select(Gen.Int[1, 150], Gen.Int[1, 200], Gen.Int[0, int.MaxValue]).Select((nE, nC, seed) =>
        {
            var random = new Random(seed);
            var (matrix, _, _) = InstrumentResponseTests.RandomBandedMatrix(random, nE, nC);
            if (singles)
            {
                for (var j = 0; j < nE; j++)
                {
                    for (var c = 0; c < nC; c++)
                    {
                        matrix[j, c] = (float)matrix[j, c];
                    }
                }
            }

            var photons = Enumerable.Range(0, nE).Select(_ => random.NextDouble() < 0.1 ? 0 : random.NextDouble() * 1e3).ToArray();
            return (matrix, photons);
        });

    [Fact]
    public void Float_exact_weights_are_stored_as_singles_and_fold_to_double_precision() =>
        Problems(singles: true).SampleFixed(p => AgreeWithReference(p.Matrix, p.Photons, singles: true), iter: 150, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void Other_weights_stay_double_and_fold_to_double_precision() =>
        Problems(singles: false).SampleFixed(p => AgreeWithReference(p.Matrix, p.Photons, singles: false), iter: 150, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void Folding_a_pair_gives_exactly_the_two_single_folds()
    {
        foreach (var singles in new[] { true, false })
        {
            Problems(singles).SampleFixed(p =>
            {
                var kernel = Build(p.Matrix);
                var other = p.Photons.Select(x => x * 0.37 + 1).ToArray();
                int nC = p.Matrix.GetLength(1);
                var a = new double[nC];
                var b = new double[nC];
                var pairA = new double[nC];
                var pairB = new double[nC];
                kernel.Fold(p.Photons, a);
                kernel.Fold(other, b);
                kernel.FoldPair(p.Photons, other, pairA, pairB);
                return a.SequenceEqual(pairA) && b.SequenceEqual(pairB);
            }, iter: 60, seed: "0N0XIzNsQ0O2");
        }
    }

    [Fact]
    public void Only_the_energy_rows_reaching_a_column_are_stored()
    {
        // A diagonal 64×64 matrix: each column of w channels holds w rows of w weights.
        var matrix = new double[64, 64];
        for (var i = 0; i < 64; i++)
        {
            matrix[i, i] = 1;
        }

        var kernel = Build(matrix);
        var width = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? 8 : 4;
        Assert.Equal(width, kernel.ColumnWidth);
        Assert.Equal(64 / width * width * width, kernel.StoredWeightCount);
        var rates = new double[64];
        kernel.Fold(Enumerable.Range(0, 64).Select(i => (double)i).ToArray(), rates);
        Assert.Equal(Enumerable.Range(0, 64).Select(i => (double)i), rates);
    }

    [Fact]
    public void A_fold_limited_to_some_channels_writes_exactly_their_columns() =>
        Problems(singles: true).SampleFixed(p =>
        {
            var kernel = Build(p.Matrix);
            int nC = p.Matrix.GetLength(1);
            var other = p.Photons.Select(x => (x * 0.5) + 2).ToArray();
            var full1 = new double[nC];
            var full2 = new double[nC];
            kernel.FoldPair(p.Photons, other, full1, full2);
            var random = new Random(nC);
            var first = random.Next(nC);
            var end = random.Next(first, nC + 1);
            var part1 = Enumerable.Repeat(-1.0, nC).ToArray();
            var part2 = Enumerable.Repeat(-1.0, nC).ToArray();
            kernel.FoldPair(p.Photons, other, part1, part2, first, end);
            var w = kernel.ColumnWidth;
            var lo = first / w * w;
            var hi = end <= first ? lo : Math.Min(nC, (end + w - 1) / w * w);
            return Enumerable.Range(0, nC).All(c => c >= lo && c < hi
                ? part1[c] == full1[c] && part2[c] == full2[c]
                : part1[c] == -1.0 && part2[c] == -1.0);
        }, iter: 80, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void The_demo_response_folds_as_the_scalar_reference() => AgreesWithScalarFold(OgipResponse.Read(global::ThreeML.DemoData.ResponsePath));

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.rsp")]
    public void The_ogip_powerlaw_response_folds_as_the_scalar_reference() =>
        AgreesWithScalarFold(OgipResponse.Read(SharedData.Data("ogip/ogip_powerlaw.rsp")));

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.rsp")]
    public void A_gbm_nai_response_folds_as_the_scalar_reference() =>
        AgreesWithScalarFold(OgipResponse.Read(SharedData.Data("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.rsp")));

    // Spectra spanning many decades (as a steep power law does), folded alone and in pairs.
    private static void AgreesWithScalarFold(InstrumentResponse response)
    {
        var random = new Random(7);
        for (var trial = 0; trial < 20; trial++)
        {
            var slope = -4 + (3 * random.NextDouble());
            var x = Enumerable.Range(0, response.EnergyBinCount).Select(j => Math.Pow(1 + j, slope) * (0.5 + random.NextDouble())).ToArray();
            var y = Enumerable.Range(0, response.EnergyBinCount).Select(j => random.NextDouble()).ToArray();
            var expected = new double[response.ChannelCount];
            var single = new double[response.ChannelCount];
            var pair1 = new double[response.ChannelCount];
            var pair2 = new double[response.ChannelCount];
            response.FoldReference(x, expected);
            response.Fold(x, single);
            response.FoldPair(x, y, pair1, pair2);
            Assert.Equal(single, pair1);
            for (var c = 0; c < expected.Length; c++)
            {
                Assert.Equal(expected[c], single[c], 1e-13 * Math.Abs(expected[c]));
            }
        }
    }
}

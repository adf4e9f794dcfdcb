using CsCheck;
using ThreeML.Ogip;

namespace ThreeML.Tests.Ogip;

/// <summary>The panel layout of the vectorised fold, in both weight precisions, against the scalar reference.</summary>
public class PanelFoldKernelTests
{
    private static PanelFoldKernel Build(double[,] matrix)
    {
        int nE = matrix.GetLength(0), nC = matrix.GetLength(1);
        return new PanelFoldKernel(nC, nE, _ => 0, j => Enumerable.Range(0, nC).Select(c => matrix[j, c]).ToArray());
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
    public void Only_the_energy_rows_reaching_a_panel_are_stored()
    {
        // A diagonal 64×64 matrix: each panel of w channels holds w rows of w weights.
        var matrix = new double[64, 64];
        for (var i = 0; i < 64; i++)
        {
            matrix[i, i] = 1;
        }

        var kernel = Build(matrix);
        var width = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? 32 : 16;
        Assert.Equal(64 / width * width * width, kernel.StoredWeightCount);
        var rates = new double[64];
        kernel.Fold(Enumerable.Range(0, 64).Select(i => (double)i).ToArray(), rates);
        Assert.Equal(Enumerable.Range(0, 64).Select(i => (double)i), rates);
    }
}

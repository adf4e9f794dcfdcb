namespace ThreeML.Fitting;

/// <summary>Points spread evenly over a box: a Halton sequence with a seeded random shift (Cranley–Patterson rotation).</summary>
/// <remarks>
/// Halton points fill a box far more evenly than independent uniform draws of the same number
/// (their discrepancy falls as (log N)^d / N rather than N^−½), so a few dozen of them already probe
/// every region of a five-parameter box. The random shift, drawn from the injected seed, makes the
/// design reproducible without always probing the same corners.
/// </remarks>
internal static class SpaceFillingDesign
{
    private static readonly int[] Primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97];

    /// <summary>Returns <paramref name="count"/> points of the unit cube of dimension <paramref name="dimension"/>, row by row.</summary>
    public static double[][] UnitCube(int count, int dimension, int seed)
    {
        var random = new Random(seed);
        var shift = new double[dimension];
        for (int k = 0; k < dimension; k++)
        {
            shift[k] = random.NextDouble();
        }

        var points = new double[count][];
        for (int i = 0; i < count; i++)
        {
            points[i] = new double[dimension];
            for (int k = 0; k < dimension; k++)
            {
                // Beyond the tabulated primes the coordinates are plain seeded uniforms.
                double h = k < Primes.Length ? RadicalInverse(i + 1, Primes[k]) : random.NextDouble();
                double v = h + shift[k];
                points[i][k] = v >= 1 ? v - 1 : v;
            }
        }

        return points;
    }

    private static double RadicalInverse(int index, int radix)
    {
        double result = 0, factor = 1.0 / radix;
        while (index > 0)
        {
            result += (index % radix) * factor;
            index /= radix;
            factor /= radix;
        }

        return result;
    }
}

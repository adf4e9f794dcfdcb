namespace ThreeML.Bayesian.Samplers;

/// <summary>Systematic resampling of weighted samples to equally weighted ones, as 3ML post-processes UltraNest.</summary>
/// <remarks>
/// One uniform U places the positions (U + i)/N, i = 0…N−1, and a single walk along the cumulative
/// weights picks, for each position, the first sample whose cumulative weight exceeds it
/// (Kitagawa 1996; 3ML <c>ultranest_sampler.py</c>). Each sample appears ⌊N w⌋ or ⌈N w⌉ times.
/// </remarks>
internal static class SystematicResampler
{
    public static int[] Resample(ReadOnlySpan<double> weights, int count, ref RandomStream rng)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var indices = new int[count];
        var offset = rng.NextDouble();
        var cumulative = weights[0] / total;
        var j = 0;
        for (var i = 0; i < count; i++)
        {
            var position = (offset + i) / count;
            while (cumulative <= position && j < weights.Length - 1)
            {
                j++;
                cumulative += weights[j] / total;
            }

            indices[i] = j;
        }

        return indices;
    }
}

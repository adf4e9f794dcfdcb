namespace ThreeML.Plotting;

/// <summary>Highest-density credible regions of two sampled parameters: a 2-D histogram smoothed with a Gaussian of
/// one bin, interpolated onto a finer grid, and for every fine cell the innermost region (of the requested probability
/// contents) that contains it.</summary>
/// <remarks>As corner.py's <c>hist2d</c> with <c>smooth=1</c>: the density is the histogram convolved with a Gaussian
/// of σ = 1 bin; the threshold of a region is the density above which the cells hold the requested fraction of the
/// total. The fine grid (bilinear interpolation between bin centres) only makes the region edges smooth; it moves the
/// probability content by less than the histogram's own noise.</remarks>
internal sealed record CredibleRegions(double[,] Levels, double[,] Density, double[] Thresholds)
{
    /// <summary>The regions on a grid of <paramref name="bins"/> × <paramref name="subdivide"/> cells per axis.</summary>
    /// <returns>Levels [row, column] with row 0 at the top (highest y): 0 for the innermost region, 1 for the next,
    /// ..., NaN outside the outermost; the smoothed density on the same grid; the density threshold of each region.</returns>
    public static CredibleRegions Compute(
        ReadOnlySpan<double> x, ReadOnlySpan<double> y, (double Min, double Max) xr, (double Min, double Max) yr, int bins, IReadOnlyList<double> contents, int subdivide = 4)
    {
        var h = new double[bins, bins];
        for (var i = 0; i < x.Length; i++)
        {
            var cx = Cell(x[i], xr, bins);
            var cy = Cell(y[i], yr, bins);
            if (cx >= 0 && cy >= 0)
            {
                h[cy, cx] += 1;
            }
        }

        var fine = Interpolate(Smooth(h, bins), bins, subdivide);
        var size = bins * subdivide;
        // Flat copy sorted in place: enumerating the 2-D array as objects boxed every cell (issue 19 item 5).
        var sorted = new double[size * size];
        Buffer.BlockCopy(fine, 0, sorted, 0, sorted.Length * sizeof(double));
        Array.Sort(sorted);
        Array.Reverse(sorted);
        var total = sorted.Sum();
        var thresholds = new double[contents.Count];
        for (var l = 0; l < contents.Count; l++)
        {
            var cumulative = 0.0;
            thresholds[l] = sorted[^1];
            for (var k = 0; k < sorted.Length; k++)
            {
                cumulative += sorted[k];
                if (cumulative >= contents[l] * total)
                {
                    thresholds[l] = sorted[k];
                    break;
                }
            }
        }

        var levels = new double[size, size];
        var density = new double[size, size];
        for (var r = 0; r < size; r++)
        {
            for (var c = 0; c < size; c++)
            {
                var v = fine[r, c];
                var level = double.NaN;
                for (var l = contents.Count - 1; l >= 0; l--)
                {
                    if (v > 0 && v >= thresholds[l])
                    {
                        level = l;
                    }
                }

                levels[size - 1 - r, c] = level;
                density[size - 1 - r, c] = v;
            }
        }

        return new CredibleRegions(levels, density, thresholds);
    }

    private static int Cell(double v, (double Min, double Max) range, int bins)
    {
        if (!(v >= range.Min && v <= range.Max) || range.Max <= range.Min)
        {
            return -1;
        }

        return Math.Min(bins - 1, (int)((v - range.Min) / (range.Max - range.Min) * bins));
    }

    /// <summary>Separable Gaussian smoothing with σ = 1 bin (truncated at 3σ); mass beyond the edges is lost, as with
    /// corner.py's constant-zero boundary.</summary>
    private static double[,] Smooth(double[,] h, int bins)
    {
        var kernel = Enumerable.Range(-3, 7).Select(k => Math.Exp(-0.5 * k * k)).ToArray();
        var tmp = new double[bins, bins];
        var result = new double[bins, bins];
        for (var r = 0; r < bins; r++)
        {
            for (var c = 0; c < bins; c++)
            {
                for (var k = -3; k <= 3; k++)
                {
                    if (c + k >= 0 && c + k < bins)
                    {
                        tmp[r, c] += kernel[k + 3] * h[r, c + k];
                    }
                }
            }
        }

        for (var r = 0; r < bins; r++)
        {
            for (var c = 0; c < bins; c++)
            {
                for (var k = -3; k <= 3; k++)
                {
                    if (r + k >= 0 && r + k < bins)
                    {
                        result[r, c] += kernel[k + 3] * tmp[r + k, c];
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Bilinear interpolation between bin centres onto <paramref name="subdivide"/>² cells per bin (constant
    /// beyond the outermost centres).</summary>
    private static double[,] Interpolate(double[,] coarse, int bins, int subdivide)
    {
        var size = bins * subdivide;
        var fine = new double[size, size];
        for (var r = 0; r < size; r++)
        {
            var (r0, r1, fr) = Between(r, subdivide, bins);
            for (var c = 0; c < size; c++)
            {
                var (c0, c1, fc) = Between(c, subdivide, bins);
                fine[r, c] = ((1 - fr) * (((1 - fc) * coarse[r0, c0]) + (fc * coarse[r0, c1]))) + (fr * (((1 - fc) * coarse[r1, c0]) + (fc * coarse[r1, c1])));
            }
        }

        return fine;
    }

    private static (int Low, int High, double Fraction) Between(int fineIndex, int subdivide, int bins)
    {
        var position = ((fineIndex + 0.5) / subdivide) - 0.5;
        var low = Math.Clamp((int)Math.Floor(position), 0, bins - 1);
        var high = Math.Min(low + 1, bins - 1);
        return (low, high, Math.Clamp(position - low, 0, 1));
    }
}

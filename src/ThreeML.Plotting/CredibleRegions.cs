namespace ThreeML.Plotting;

/// <summary>Highest-density credible regions of two sampled parameters on a grid: a 2-D histogram, lightly smoothed,
/// and for every cell the innermost region (of the requested probability contents) that contains it.</summary>
internal static class CredibleRegions
{
    /// <summary>Cell levels [row, column] with row 0 at the top (highest y): 0 for the innermost region, 1 for the next,
    /// ..., NaN outside the outermost.</summary>
    public static double[,] Levels(ReadOnlySpan<double> x, ReadOnlySpan<double> y, (double Min, double Max) xr, (double Min, double Max) yr, int bins, IReadOnlyList<double> contents)
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

        var smooth = Smooth(h, bins);
        var sorted = smooth.Cast<double>().OrderDescending().ToArray();
        var total = sorted.Sum();
        var thresholds = new double[contents.Count];
        for (var l = 0; l < contents.Count; l++)
        {
            // The density above which the cells hold the requested fraction: the highest-density region.
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

        var levels = new double[bins, bins];
        for (var r = 0; r < bins; r++)
        {
            for (var c = 0; c < bins; c++)
            {
                var v = smooth[r, c];
                var level = double.NaN;
                for (var l = contents.Count - 1; l >= 0; l--)
                {
                    if (v > 0 && v >= thresholds[l])
                    {
                        level = l;
                    }
                }

                levels[bins - 1 - r, c] = level;
            }
        }

        return levels;
    }

    private static int Cell(double v, (double Min, double Max) range, int bins)
    {
        if (!(v >= range.Min && v <= range.Max) || range.Max <= range.Min)
        {
            return -1;
        }

        return Math.Min(bins - 1, (int)((v - range.Min) / (range.Max - range.Min) * bins));
    }

    /// <summary>Separable Gaussian smoothing with σ = 0.7 cell: removes single-sample speckle without widening the
    /// regions noticeably.</summary>
    private static double[,] Smooth(double[,] h, int bins)
    {
        double[] kernel = [Math.Exp(-1 / (2 * 0.49)), 1, Math.Exp(-1 / (2 * 0.49))];
        var tmp = new double[bins, bins];
        var result = new double[bins, bins];
        for (var r = 0; r < bins; r++)
        {
            for (var c = 0; c < bins; c++)
            {
                for (var k = -1; k <= 1; k++)
                {
                    if (c + k >= 0 && c + k < bins)
                    {
                        tmp[r, c] += kernel[k + 1] * h[r, c + k];
                    }
                }
            }
        }

        for (var r = 0; r < bins; r++)
        {
            for (var c = 0; c < bins; c++)
            {
                for (var k = -1; k <= 1; k++)
                {
                    if (r + k >= 0 && r + k < bins)
                    {
                        result[r, c] += kernel[k + 1] * tmp[r + k, c];
                    }
                }
            }
        }

        return result;
    }
}

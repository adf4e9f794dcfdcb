namespace ThreeML.Fitting;

/// <summary>Groups the end points of several local fits into distinct minima.</summary>
/// <remarks>
/// Two fits end in the same minimum when their objective values differ by less than 0.05 errordef
/// and every free parameter differs by less than three times the larger of their standard errors
/// (or, where an error is unknown, 10⁻³ of the value plus 10⁻⁶). Fits with a non-finite value are
/// not minima and are left out, and so are fits that did not end valid: their end points are not established minima.
/// </remarks>
internal static class MinimaMerger
{
    public static IReadOnlyList<LocalMinimum> Merge(IEnumerable<MinimizationResult> fits, double errorDefinition)
    {
        var groups = new List<(MinimizationResult Representative, int Count)>();
        foreach (MinimizationResult fit in fits.Where(f => f.IsValid && double.IsFinite(f.MinimumValue)).OrderBy(f => f.MinimumValue))
        {
            int match = groups.FindIndex(g => Same(g.Representative, fit, errorDefinition));
            if (match < 0)
            {
                groups.Add((fit, 1));
            }
            else
            {
                groups[match] = (groups[match].Representative, groups[match].Count + 1);
            }
        }

        return [.. groups.Select(g => new LocalMinimum(g.Representative.MinimumValue, g.Representative.BestFit, g.Count))];
    }

    private static bool Same(MinimizationResult a, MinimizationResult b, double errorDefinition)
    {
        if (Math.Abs(a.MinimumValue - b.MinimumValue) >= 0.05 * errorDefinition)
        {
            return false;
        }

        for (int i = 0; i < a.BestFit.Count; i++)
        {
            double sigma = Math.Max(Error(a, i), Error(b, i));
            if (Math.Abs(a.BestFit[i] - b.BestFit[i]) > 3 * sigma)
            {
                return false;
            }
        }

        return true;
    }

    private static double Error(MinimizationResult r, int i) =>
        double.IsFinite(r.Errors[i]) && r.Errors[i] > 0 ? r.Errors[i] : (1e-3 * Math.Abs(r.BestFit[i])) + 1e-6;
}

namespace ThreeML.Fitting;

/// <summary>The valid minima a global search has already found, for stopping a later local fit that is on its way into one of them.</summary>
/// <remarks>
/// A fit from a screened start that comes within one standard error of a known minimum in every parameter, with its value
/// less than two errordef above that minimum's, is inside the minimum's quadratic basin and would only converge to it: it is
/// stopped there (reported invalid, "joined a known minimum") instead of spending its last iterations and its Hessian on a
/// minimum already known. This is the clustering idea of multi-level single-linkage searches (Rinnooy Kan &amp; Timmer 1987)
/// applied along the descent rather than before it. The two minima would be merged anyway: <see cref="MinimaMerger"/>
/// treats fits within three standard errors and 0.05 errordef as one.
/// </remarks>
internal sealed class KnownBasins(IReadOnlyList<MinimizationResult> minima, double errorDefinition)
{
    /// <summary>Returns the known minimum whose basin holds <paramref name="point"/> (external coordinates) at value <paramref name="value"/>, or null.</summary>
    public MinimizationResult? Holding(ReadOnlySpan<double> point, double value)
    {
        foreach (MinimizationResult minimum in minima)
        {
            if (!(value < minimum.MinimumValue + (2 * errorDefinition)))
            {
                continue;
            }

            bool inside = true;
            for (int i = 0; i < point.Length && inside; i++)
            {
                double sigma = minimum.Errors[i];
                inside = sigma == 0 ? point[i] == minimum.BestFit[i] : Math.Abs(point[i] - minimum.BestFit[i]) < sigma;
            }

            if (inside)
            {
                return minimum;
            }
        }

        return null;
    }
}

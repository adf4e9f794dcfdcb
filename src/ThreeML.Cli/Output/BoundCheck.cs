using System.Globalization;
using ThreeML.Results;

namespace ThreeML.Cli.Output;

/// <summary>Free parameters whose best fit sits on one of their bounds: the minimum there is not a stationary point,
/// so the errors from the curvature mean little (3ML and MINUIT warn about the same).</summary>
public static class BoundCheck
{
    /// <summary>One warning per free parameter within 10⁻⁶ of its range (or 10⁻¹² absolute) of a bound.</summary>
    /// <param name="results">Maximum-likelihood results.</param>
    public static IReadOnlyList<string> Warnings(AnalysisResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var warnings = new List<string>();
        for (var i = 0; i < results.FreeParameterPaths.Count; i++)
        {
            var path = results.FreeParameterPaths[i];
            var value = results.BestFit[i];
            var (min, max) = results.OptimizedModel[path].Bounds;
            var scale = min is { } lo && max is { } hi ? hi - lo : Math.Max(Math.Abs(value), 1e-300);
            var tolerance = Math.Max(1e-6 * scale, 1e-12 * Math.Abs(value));
            foreach (var (bound, side) in new[] { (min, "lower"), (max, "upper") })
            {
                if (bound is { } b && Math.Abs(value - b) <= tolerance)
                {
                    warnings.Add($"{path} = {value.ToString("G6", CultureInfo.InvariantCulture)} is at its {side} bound ({b.ToString("G6", CultureInfo.InvariantCulture)}): its errors are not reliable; widen the bound or fix the parameter.");
                }
            }
        }

        return warnings;
    }
}

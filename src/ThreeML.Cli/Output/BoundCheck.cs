using System.Globalization;
using ThreeML.Results;

namespace ThreeML.Cli.Output;

/// <summary>Free parameters whose best fit sits on one of their bounds: the minimum there is not a stationary point,
/// so the errors from the curvature mean little (3ML and MINUIT warn about the same).</summary>
public static class BoundCheck
{
    /// <summary>One warning per free parameter within 10⁻⁶ of its range (or 10⁻¹² absolute) of a bound; a parameter
    /// the fit moves in log10 (a normalisation from 10⁻³⁰ up) is measured in decades, as the minimizer sees it.</summary>
    /// <param name="results">Maximum-likelihood results.</param>
    public static IReadOnlyList<string> Warnings(AnalysisResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var warnings = new List<string>();
        for (var i = 0; i < results.FreeParameterPaths.Count; i++)
        {
            var path = results.FreeParameterPaths[i];
            var value = results.BestFit[i];
            var parameter = results.OptimizedModel[path];
            var (min, max) = parameter.Bounds;
            var logarithmic = parameter.Transformation == Astromodels.ParameterTransformation.Log10 && value > 0;
            Func<double, double> space = logarithmic ? Math.Log10 : v => v;
            var scale = min is { } lo && max is { } hi ? space(hi) - space(lo) : Math.Max(Math.Abs(space(value)), 1e-300);
            var tolerance = Math.Max(1e-6 * scale, 1e-12 * Math.Abs(space(value)));
            foreach (var (bound, side) in new[] { (min, "lower"), (max, "upper") })
            {
                if (bound is { } b && (!logarithmic || b > 0) && Math.Abs(space(value) - space(b)) <= tolerance)
                {
                    warnings.Add($"{path} = {value.ToString("G6", CultureInfo.InvariantCulture)} is at its {side} bound ({b.ToString("G6", CultureInfo.InvariantCulture)}): its errors are not reliable; widen the bound or fix the parameter.");
                }
            }
        }

        return warnings;
    }
}

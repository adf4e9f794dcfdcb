using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>Log-scaled axes: ScottPlot 5 has no log axis, so data are plotted as log10 values and the ticks come from
/// <see cref="LogTickGenerator"/> (every decade labelled 10ⁿ, minor ticks at 2..9 × 10ⁿ).</summary>
internal static class LogAxes
{
    public static void Use(IAxis axis) => axis.TickGenerator = new LogTickGenerator();

    /// <summary>log10 of a positive value; NaN for anything else so that callers can drop it.</summary>
    public static double Log(double value) => value > 0 && double.IsFinite(value) ? Math.Log10(value) : double.NaN;

    /// <summary>Decade-padded limits (log10) around the finite values: a little margin on each side.</summary>
    public static (double Min, double Max) Range(IEnumerable<double> logValues, double margin = 0.1)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in logValues)
        {
            if (double.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        if (!double.IsFinite(min))
        {
            return (0, 1);
        }

        var span = Math.Max(max - min, 0.5);
        return (min - margin * span, max + margin * span);
    }
}

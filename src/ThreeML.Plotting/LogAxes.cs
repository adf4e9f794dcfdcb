using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ThreeML.Plotting;

/// <summary>Log-scaled axes: ScottPlot 5 has no log axis, so data are plotted as log10 values and the ticks are placed
/// at integer decades (with minor ticks at 2..9 × 10ⁿ) and labelled with the value 10ⁿ.</summary>
internal static class LogAxes
{
    public static void Use(IAxis axis)
    {
        axis.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            MinorTickGenerator = new LogMinorTickGenerator(),
            LabelFormatter = Label,
        };
    }

    /// <summary>log10 of a positive value; NaN for anything else so that callers can drop it.</summary>
    public static double Log(double value) => value > 0 && double.IsFinite(value) ? Math.Log10(value) : double.NaN;

    public static string Label(double exponent)
    {
        var n = Math.Round(exponent);
        if (Math.Abs(exponent - n) > 1e-9)
        {
            return string.Empty;
        }

        return n is >= -2 and <= 3
            ? Math.Pow(10, n).ToString("0.##", CultureInfo.InvariantCulture)
            : "1e" + n.ToString("0", CultureInfo.InvariantCulture);
    }

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

using System.Globalization;
using System.Text.RegularExpressions;
using Astromodels;
using ThreeML.Results;

namespace ThreeML.Plotting;

/// <summary>The texts of a corner plot: parameter names with units, shared axis scales and the marginal titles.</summary>
internal static partial class CornerLabels
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The name of a parameter: its label from the options, or the last token of its path.</summary>
    public static string Name(string path, CornerPlotOptions options) =>
        options.Labels is not null && options.Labels.TryGetValue(path, out var label) ? label : path[(path.LastIndexOf('.') + 1)..];

    /// <summary>A unit with superscript powers, "keV⁻¹ s⁻¹ cm⁻²"; "" for a dimensionless one.</summary>
    public static string UnitText(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return PowerPattern().Replace(unit.ToString(UnitFormat.Exponent), m => Superscript(m.Groups[1].Value));
    }

    /// <summary>The axis label: "name (unit)", with the axis's shared scale in the parentheses ("K (×10⁻⁵ keV⁻¹ s⁻¹
    /// cm⁻²)") and its offset after the name ("kT − 150 (keV)"), so the plain tick labels read as matplotlib's.</summary>
    public static string AxisLabel(string name, string unit, LinearTicks ticks)
    {
        var offset = ticks.Offset == 0 ? "" : $" {(ticks.Offset > 0 ? "−" : "+")} {Math.Abs(ticks.Offset).ToString("G6", CultureInfo.InvariantCulture)}";
        var scale = ticks.Exponent == 0 ? "" : "×" + LogTickGenerator.Power(ticks.Exponent);
        var inside = string.Join(" ", new[] { scale, unit }.Where(s => s.Length > 0));
        return inside.Length == 0 ? name + offset : $"{name}{offset} ({inside})";
    }

    /// <summary>The title of a marginal: "name = median +err −err" from the 16, 50 and 84 % quantiles, the errors
    /// to two significant digits (of the smaller one) and the median to the same decimal place, with a shared
    /// ×10ⁿ when the numbers are below 10⁻² or at least 10⁴: "K = (5.00 +0.21 −0.18)×10⁻⁵".</summary>
    public static string Title(string name, ReadOnlySpan<double> samples)
    {
        var q16 = SampleStatistics.Percentile(samples, 16);
        var q50 = SampleStatistics.Percentile(samples, 50);
        var q84 = SampleStatistics.Percentile(samples, 84);
        return $"{name} = {Estimate(q50, q84 - q50, q50 - q16)}";
    }

    /// <summary>"value +up −down" with the value rounded to the errors' precision.</summary>
    public static string Estimate(double value, double up, double down)
    {
        var error = Math.Min(up, down);
        if (!(error > 0) || !double.IsFinite(error) || !double.IsFinite(value))
        {
            return $"{Plain(value, "G4")} +{Plain(up, "G2")} −{Plain(down, "G2")}";
        }

        var largest = Math.Max(Math.Abs(value), Math.Max(up, down));
        var order = (int)Math.Floor(Math.Log10(largest));
        var exponent = order < -2 || order >= 4 ? order : 0;
        var scale = Math.Pow(10, exponent);
        var lastDigit = (int)Math.Floor(Math.Log10(error / scale)) - 1;
        var decimals = Math.Max(0, -lastDigit);
        var unit = Math.Pow(10, lastDigit);
        string Round(double v) => Plain(Math.Round(v / scale / unit) * unit, "F" + decimals.ToString(CultureInfo.InvariantCulture));
        var body = $"{Round(value)} +{Round(up)} −{Round(down)}";
        return exponent == 0 ? body : $"({body})×{LogTickGenerator.Power(exponent)}";
    }

    private static string Plain(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture).Replace('-', '−');

    private static string Superscript(string power) =>
        string.Concat(power.Select(ch => ch == '-' ? '⁻' : char.IsAsciiDigit(ch) ? Superscripts[ch - '0'] : ch));

    [GeneratedRegex(@"(?<=[A-Za-z])(-?\d+)\b")]
    private static partial Regex PowerPattern();
}

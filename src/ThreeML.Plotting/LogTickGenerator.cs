using System.Globalization;
using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>Ticks of a log10-scaled axis as matplotlib's LogLocator draws them: a labelled major tick at every decade
/// in view (10ⁿ with a superscript exponent) and minor ticks at 2–9 × 10ⁿ.</summary>
/// <remarks>When the axis spans less than two decades (XMM's 0.3–10 keV) the decades alone are too few to read it, so
/// the labels switch to plain numbers for the whole axis (majors and the minor ticks at 2 and 5 × 10ⁿ, as XSPEC labels
/// such axes), never a mix of the two styles; values below 10⁻³ or from 10⁵ up keep the powers, whose plain forms are
/// too long.</remarks>
internal sealed class LogTickGenerator : ITickGenerator
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount { get; set; } = 10_000;

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle) =>
        Ticks = Generate(range.Min, range.Max);

    /// <summary>The ticks between two log10 limits.</summary>
    public static Tick[] Generate(double logMin, double logMax)
    {
        if (!double.IsFinite(logMin) || !double.IsFinite(logMax) || logMax <= logMin)
        {
            return [];
        }

        var first = (int)Math.Floor(logMin);
        var last = (int)Math.Ceiling(logMax);
        var decadesInView = Enumerable.Range(first, last - first + 1).Count(n => n >= logMin - 1e-9 && n <= logMax + 1e-9);
        var plain = (decadesInView < 2 || logMax - logMin < 2) && logMin >= -3 - 1e-9 && logMax < 5;
        var ticks = new List<Tick>();
        for (var n = first; n <= last && ticks.Count < 2000; n++)
        {
            for (var k = 1; k <= 9; k++)
            {
                var position = n + Math.Log10(k);
                if (position < logMin - 1e-9 || position > logMax + 1e-9)
                {
                    continue;
                }

                var label = k == 1 ? (plain ? Plain(k, n) : Power(n)) : plain && k is 2 or 5 ? Plain(k, n) : "";
                ticks.Add(new Tick(position, label, k == 1 || label.Length > 0));
            }
        }

        return [.. ticks];
    }

    /// <summary>10ⁿ with a superscript exponent (U+207B for the minus sign).</summary>
    public static string Power(int exponent)
    {
        var digits = Math.Abs(exponent).ToString(CultureInfo.InvariantCulture).Select(d => Superscripts[d - '0']);
        return "10" + (exponent < 0 ? "⁻" : "") + string.Concat(digits);
    }

    private static string Plain(int mantissa, int exponent) =>
        (mantissa * Math.Pow(10, exponent)).ToString("G6", CultureInfo.InvariantCulture);
}

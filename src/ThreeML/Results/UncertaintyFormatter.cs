using System.Globalization;

namespace ThreeML.Results;

/// <summary>3ML's value-with-uncertainty notation, e.g. "(4.5 +/- 0.4) x 10^-8" or "(1.13 -0.26 +0.27) x 10^-7".</summary>
/// <remarks>
/// As 3ML's <c>uncertainty_formatter</c>: value and errors are scaled by the largest of their orders of magnitude,
/// each error is rounded with the Particle Data Group rule (the first three digits 100–354 keep two significant
/// digits, 355–949 one, 950–999 round up to two) and the value is shown to the same decimal place; equal rounded
/// errors print as "+/-" (PDG, Review of Particle Physics, "Introduction: rounding"; the Python <c>uncertainties</c>
/// package implements the same rule).
/// </remarks>
public static class UncertaintyFormatter
{
    /// <summary>Formats a value with the interval [lowBound, highBound].</summary>
    public static string FormatInterval(double value, double lowBound, double highBound) =>
        Format(value, lowBound - value, highBound - value);

    /// <summary>Formats a value with a negative error (lower bound − value) and a positive error (upper bound − value).</summary>
    public static string Format(double value, double negativeError, double positiveError)
    {
        var errorMinus = -negativeError;
        var magnitudes = new List<double> { OrderOfMagnitude(value) };
        if (double.IsFinite(errorMinus) && errorMinus != 0)
        {
            magnitudes.Add(OrderOfMagnitude(errorMinus));
        }

        if (double.IsFinite(positiveError) && positiveError != 0)
        {
            magnitudes.Add(OrderOfMagnitude(positiveError));
        }

        var order = magnitudes.Where(double.IsFinite).DefaultIfEmpty(1.0).Max();
        if (order == 0)
        {
            order = 1.0;
        }

        var scaled = value / order;
        var (num1, unc1) = Tokens(scaled, Math.Abs(errorMinus / order));
        var (num2, unc2) = Tokens(scaled, Math.Abs(positiveError / order));
        var num = num1.Length > num2.Length ? num1 : num2;
        var exponent = (int)Math.Round(Math.Log10(order));
        var body = unc1 != unc2
            ? $"{num} {(negativeError < 0 ? "-" : "+")}{unc1} {(positiveError < 0 ? "-" : "+")}{unc2}"
            : $"{num} +/- {unc1}";
        return exponent switch
        {
            0 => body,
            1 => $"({body}) x 10",
            _ => $"({body}) x 10^{exponent}",
        };
    }

    private static double OrderOfMagnitude(double x) => Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(x))));

    /// <summary>The value and the uncertainty as strings with PDG significant digits on the uncertainty.</summary>
    private static (string Number, string Uncertainty) Tokens(double value, double uncertainty)
    {
        if (!double.IsFinite(uncertainty))
        {
            return (value.ToString("R", CultureInfo.InvariantCulture), "inf");
        }

        if (uncertainty == 0)
        {
            return (value.ToString("0.0##############", CultureInfo.InvariantCulture), "0");
        }

        var (digits, rounded) = PdgPrecision(uncertainty);
        var lastDigit = FirstDigit(rounded) - digits + 1;
        var decimals = Math.Max(0, -lastDigit);
        var scale = Math.Pow(10, lastDigit);
        var u = Math.Round(rounded / scale) * scale;
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        return (value.ToString(format, CultureInfo.InvariantCulture), u.ToString(format, CultureInfo.InvariantCulture));
    }

    private static int FirstDigit(double x) => (int)Math.Floor(Math.Log10(Math.Abs(x)));

    private static (int Digits, double Uncertainty) PdgPrecision(double u)
    {
        var exponent = FirstDigit(u);
        int factor;
        (exponent, factor) = exponent >= 0 ? (exponent - 2, 1) : (exponent + 1, 1000);
        var leading = (int)(u / Math.Pow(10, exponent) * factor);
        return leading switch
        {
            <= 354 => (2, u),
            <= 949 => (1, u),
            _ => (2, Math.Pow(10, exponent) * (1000.0 / factor)),
        };
    }
}

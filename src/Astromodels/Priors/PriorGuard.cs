using System.Globalization;

namespace Astromodels.Priors;

/// <summary>Argument checks whose messages name the prior, the parameter, the value and what is allowed.</summary>
internal static class PriorGuard
{
    /// <summary>Formats a number as it appears in messages (round-trip, invariant culture).</summary>
    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Requires a finite value.</summary>
    internal static double Finite(string prior, string name, string paramName, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, $"{prior}: {name} must be finite; got {Format(value)}.");
        }

        return value;
    }

    /// <summary>Requires a finite, strictly positive value.</summary>
    internal static double Positive(string prior, string name, string paramName, double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, $"{prior}: {name} must be finite and > 0; got {Format(value)}.");
        }

        return value;
    }

    /// <summary>Requires a finite value not below <paramref name="minimum"/> (astromodels' declared minimum).</summary>
    internal static double AtLeast(string prior, string name, string paramName, double value, double minimum)
    {
        if (!double.IsFinite(value) || value < minimum)
        {
            throw new ArgumentOutOfRangeException(
                paramName, $"{prior}: {name} must be finite and >= {Format(minimum)}; got {Format(value)}.");
        }

        return value;
    }

    /// <summary>Requires a value in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    internal static double Within(string prior, string name, string paramName, double value, double minimum, double maximum)
    {
        if (!(value >= minimum && value <= maximum))
        {
            throw new ArgumentOutOfRangeException(
                paramName, $"{prior}: {name} must lie in [{Format(minimum)}, {Format(maximum)}]; got {Format(value)}.");
        }

        return value;
    }

    /// <summary>Requires <paramref name="lower"/> &lt; <paramref name="upper"/>.</summary>
    internal static void Ordered(string prior, string lowerName, string upperName, string paramName, double lower, double upper)
    {
        if (!(lower < upper))
        {
            throw new ArgumentException(
                $"{prior}: {lowerName} must be less than {upperName}; got {lowerName} = {Format(lower)}, {upperName} = {Format(upper)}.",
                paramName);
        }
    }

    /// <summary>Requires a point of the unit interval, as every prior transform does.</summary>
    internal static void UnitInterval(string prior, double u)
    {
        if (!(u >= 0 && u <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(u), $"{prior}.FromUnitCube: u must lie in [0, 1]; got {Format(u)}.");
        }
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ThreeML.Statistics;

/// <summary>Argument checks shared by the statistics; the throwing paths are kept out of line so hot loops stay small.</summary>
internal static class StatisticsGuard
{
    /// <summary>Throws unless <paramref name="length"/> equals <paramref name="expected"/>.</summary>
    public static void SameLength(int length, string name, int expected, string referenceName)
    {
        if (length != expected)
        {
            ThrowLength(length, name, expected, referenceName);
        }
    }

    /// <summary>Throws unless an optional output span is empty or has <paramref name="expected"/> elements.</summary>
    public static void OptionalOutput(int length, string name, int expected, string referenceName)
    {
        if (length != 0 && length != expected)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name} has {length} elements but {referenceName} has {expected}; pass an empty span to skip this output or one of length {expected}."),
                name);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and strictly positive.</summary>
    public static void PositiveFinite(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(
                name,
                value,
                string.Create(CultureInfo.InvariantCulture, $"{name} = {value} is invalid: it must be finite and > 0."));
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and non-negative.</summary>
    public static void NonNegativeFinite(double value, string name)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(
                name,
                value,
                string.Create(CultureInfo.InvariantCulture, $"{name} = {value} is invalid: it must be finite and >= 0."));
        }
    }

    /// <summary>Throws for element <paramref name="index"/> of a count span that is negative, NaN or infinite.</summary>
    [DoesNotReturn]
    public static void ThrowInvalidCount(string name, int index, double value) =>
        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{name}[{index}] = {value} is invalid: counts must be finite and >= 0."),
            name);

    /// <summary>Throws for element <paramref name="index"/> of an error span that is negative, NaN or infinite.</summary>
    [DoesNotReturn]
    public static void ThrowInvalidError(string name, int index, double value) =>
        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{name}[{index}] = {value} is invalid: errors must be finite and >= 0."),
            name);

    /// <summary>Throws for element <paramref name="index"/> of a span that must be finite and &gt; 0.</summary>
    [DoesNotReturn]
    public static void ThrowNotPositive(string name, int index, double value) =>
        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{name}[{index}] = {value} is invalid: it must be finite and > 0."),
            name);

    /// <summary>Throws for element <paramref name="index"/> of a span that must be finite.</summary>
    [DoesNotReturn]
    public static void ThrowNotFinite(string name, int index, double value) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"{name}[{index}] = {value} is invalid: it must be finite."),
            name);

    /// <summary>Throws when a background with counts has a zero Gaussian error, which makes the Gaussian term undefined.</summary>
    [DoesNotReturn]
    public static void ThrowZeroErrorWithCounts(string errorName, int index, double counts) =>
        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{errorName}[{index}] = 0 but the background has {counts} counts there: a zero Gaussian error is only allowed where the background is 0."),
            errorName);

    [DoesNotReturn]
    private static void ThrowLength(int length, string name, int expected, string referenceName) =>
        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{name} has {length} elements but {referenceName} has {expected}; all inputs must have one value per channel."),
            name);
}

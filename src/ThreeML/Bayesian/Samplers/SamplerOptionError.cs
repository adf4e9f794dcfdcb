using System.Globalization;

namespace ThreeML.Bayesian.Samplers;

/// <summary>The one message format of an invalid sampler option: "NestedSampler.Dlogz = 0 is invalid; expected a positive finite number."</summary>
internal static class SamplerOptionError
{
    /// <summary>The exception for <paramref name="sampler"/>.<paramref name="option"/> = <paramref name="value"/>, saying what was <paramref name="expected"/>.</summary>
    public static ArgumentOutOfRangeException OutOfRange(string sampler, string option, object? value, string expected) =>
        new(option, value, string.Format(CultureInfo.InvariantCulture, "{0}.{1} = {2} is invalid; expected {3}.", sampler, option, value, expected));
}

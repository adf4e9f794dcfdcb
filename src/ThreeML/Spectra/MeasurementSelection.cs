using System.Globalization;
using System.Text.RegularExpressions;

namespace ThreeML.Spectra;

/// <summary>Parses 3ML's selection strings: "10-30" (keV), "c10-c40" (0-based channels), "0.2-c10" (mixed),
/// "exclude:c30-c50", "all" and "reset".</summary>
/// <remarks>Unlike 3ML's split on '-', energies may use exponents ("1e-3-10"), and every malformed string is an
/// error naming the string.</remarks>
public static partial class MeasurementSelection
{
    /// <summary>The keyword selecting every channel.</summary>
    public const string All = "all";

    /// <summary>The keyword restoring the file's quality mask.</summary>
    public const string Reset = "reset";

    /// <summary>The prefix marking an exclusion.</summary>
    public const string ExcludePrefix = "exclude:";

    /// <summary>Parses one range such as "10-30", "c10-c40" or "0.2-c10" (without the exclude prefix).</summary>
    /// <exception cref="ArgumentException">The string is not of that form.</exception>
    public static IChannelRange ParseRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = RangePattern().Match(text.Replace(" ", "", StringComparison.Ordinal));
        if (!match.Success)
        {
            throw new ArgumentException(
                $"Cannot read the selection '{text}': expected 'emin-emax' in keV (\"10-30\"), 'cN-cM' with 0-based channels (\"c10-c40\"), a mix (\"0.2-c10\"), \"all\", \"reset\" or \"exclude:<range>\".",
                nameof(text));
        }

        var low = Bound(match.Groups["lo"].Value, text);
        var high = Bound(match.Groups["hi"].Value, text);
        return (low.Channel, high.Channel) switch
        {
            ({ } a, { } b) => new ChannelRange(a, b),
            (null, null) => new EnergyRange(low.Energy, high.Energy),
            _ => new MixedRange(low, high, text),
        };
    }

    private static SelectionBound Bound(string token, string text)
    {
        if (token[0] is 'c' or 'C')
        {
            if (!int.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var channel))
            {
                throw new ArgumentException($"Cannot read the channel '{token}' in the selection '{text}'.", nameof(text));
            }

            return SelectionBound.AtChannel(channel);
        }

        return SelectionBound.AtEnergy(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<lo>[cC]\d+|\d+(\.\d*)?([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)-(?<hi>[cC]\d+|\d+(\.\d*)?([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)$")]
    private static partial Regex RangePattern();

    private sealed record MixedRange(SelectionBound Low, SelectionBound High, string Text) : IChannelRange
    {
        public (int First, int Last) Resolve(BinnedSpectrum spectrum) => ChannelRangeResolver.Resolve(spectrum, Low, High, Text);

        public override string ToString() => Text;
    }
}

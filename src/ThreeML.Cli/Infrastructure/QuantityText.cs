using System.Globalization;
using System.Text.RegularExpressions;
using Astromodels;

namespace ThreeML.Cli.Infrastructure;

/// <summary>Parses command-line quantities such as "1keV", "1 MeV", "2.5e3 eV" or "500 Angstrom".</summary>
public static partial class QuantityText
{
    /// <summary>Parses a number followed by a unit.</summary>
    /// <param name="text">The text of the quantity.</param>
    /// <param name="what">What the quantity is, for the message (e.g. "--emin").</param>
    /// <exception cref="CliException">No number, no unit, or an unknown unit (exit code 2).</exception>
    public static Quantity Parse(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = NumberThenUnit().Match(text);
        if (!m.Success)
        {
            throw new CliException($"{what}: '{text}' is not a quantity; write a number and a unit, e.g. '10keV' or '1 MeV'.");
        }

        var value = double.Parse(m.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var unitText = m.Groups["unit"].Value.Trim();
        if (unitText.Length == 0)
        {
            throw new CliException($"{what}: '{text}' has no unit; write e.g. '{m.Groups["number"].Value}keV'.");
        }

        return new Quantity(value, ParseUnit(unitText, what));
    }

    /// <summary>Parses a unit, turning the parser's error into one clear line.</summary>
    public static Unit ParseUnit(string text, string what)
    {
        try
        {
            return Unit.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{what}: unknown unit '{text}' ({FirstSentence(e.Message)}).", ExitCodes.UsageError, e);
        }
    }

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.TrimEnd('.');
    }

    [GeneratedRegex(@"^\s*(?<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?<unit>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenUnit();
}

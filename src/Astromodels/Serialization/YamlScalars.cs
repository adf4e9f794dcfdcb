using System.Globalization;
using System.Text.RegularExpressions;

namespace Astromodels.Serialization;

/// <summary>How PyYAML (which astromodels uses) resolves plain scalars, so that values and strings survive both ways.</summary>
internal static partial class YamlScalars
{
    /// <summary>Whether a plain scalar is YAML null ("null", "~", or empty).</summary>
    public static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Reads a plain scalar as a YAML 1.1 boolean (PyYAML also accepts yes/no/on/off).</summary>
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON":
                value = true;
                return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Reads a plain scalar as a number: integers, decimals, exponents (with or without a '.', which PyYAML
    /// itself would leave as text), ".inf", "-.inf" and ".nan".</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                value = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN" or ".NAN":
                value = double.NaN;
                return true;
        }

        if (!NumberPattern().IsMatch(text))
        {
            value = 0;
            return false;
        }

        return double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Whether a string must be quoted to be read back as the same string (it would otherwise resolve as
    /// null, a boolean or a number, or it is empty or padded).</summary>
    public static bool NeedsQuotes(string text) =>
        text.Length == 0 || IsNull(text) || TryParseBool(text, out _) || TryParseNumber(text, out _)
        || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);

    [GeneratedRegex(@"^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}

using System.Globalization;

namespace ThreeML.Fits.Internal;

/// <summary>Validation and formatting of the text that goes into header cards.</summary>
internal static class CardText
{
    public const int CardLength = 80;
    public const int BlockLength = 2880;

    /// <summary>Upper-cases a keyword and checks it uses only A-Z, 0-9, '-' and '_' within 8 characters.</summary>
    public static string ValidateKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string upper = key.ToUpperInvariant();
        if (upper.Length is 0 or > 8)
        {
            throw new ArgumentException(
                $"FITS keyword '{key}' must have 1 to 8 characters (HIERARCH keywords are not supported).", nameof(key));
        }

        foreach (char c in upper)
        {
            if (!IsKeyChar(c))
            {
                throw new ArgumentException(
                    $"FITS keyword '{key}' contains '{c}'; only A-Z, 0-9, '-' and '_' are allowed.", nameof(key));
            }
        }

        return upper;
    }

    public static bool IsKeyChar(char c) => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_';

    /// <summary>Checks that text has only printable ASCII (0x20-0x7E), as header cards require.</summary>
    public static void ValidateText(string text, string paramName)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is < ' ' or > '~')
            {
                throw new ArgumentException(
                    $"FITS header text may hold only printable ASCII, but character {i} is U+{(int)text[i]:X4} in \"{text}\".",
                    paramName);
            }
        }
    }

    /// <summary>Formats a real so it reads back bit-identical and always has a decimal point.</summary>
    public static string FormatReal(double value, string key)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(
                $"FITS keyword '{key}' cannot hold {value}: header values must be finite.", nameof(value));
        }

        string s = value.ToString("R", CultureInfo.InvariantCulture);
        int e = s.IndexOf('E');
        if (s.Contains('.'))
        {
            return s;
        }

        return e < 0 ? s + ".0" : s.Insert(e, ".0");
    }

    /// <summary>Parses a FITS real token, accepting a D exponent.</summary>
    public static bool TryParseReal(ReadOnlySpan<char> token, out double value)
    {
        Span<char> buffer = stackalloc char[token.Length];
        for (int i = 0; i < token.Length; i++)
        {
            buffer[i] = token[i] is 'D' or 'd' ? 'E' : token[i];
        }

        return double.TryParse(buffer, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}

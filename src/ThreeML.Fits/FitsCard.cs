using System.Globalization;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>
/// One logical header card: a keyword with a typed value and an optional comment, or a commentary
/// card (HISTORY, COMMENT, blank keyword) with free text. Long strings continued over CONTINUE
/// cards are joined into one card. Immutable.
/// </summary>
public sealed class FitsCard
{
    internal FitsCard(string key, FitsValueKind kind, string valueText, string? comment)
    {
        Key = key;
        Kind = kind;
        ValueText = valueText;
        Comment = comment;
    }

    /// <summary>The keyword, upper case, without padding ("" for a blank-keyword card).</summary>
    public string Key { get; }

    /// <summary>The type of the value; <see cref="FitsValueKind.None"/> for commentary cards.</summary>
    public FitsValueKind Kind { get; }

    /// <summary>
    /// The value as text: the unquoted string for strings, the token as written for numbers and
    /// logicals ("T"/"F"), the free text for commentary cards, "" when undefined.
    /// </summary>
    public string ValueText { get; }

    /// <summary>The comment after the '/' separator, trimmed, or null when there is none (a comment too long for the card is cut when written).</summary>
    public string? Comment { get; }

    /// <summary>True for HISTORY, COMMENT, blank-keyword and other cards without a value.</summary>
    public bool IsCommentary => Kind == FitsValueKind.None;

    /// <summary>
    /// Creates a string-valued card. Trailing spaces are not significant in FITS strings and do not
    /// survive a write; strings longer than 68 characters are written over CONTINUE cards.
    /// </summary>
    /// <exception cref="ArgumentException">The keyword or the text is not valid in a FITS header.</exception>
    public static FitsCard Create(string key, string value, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        CardText.ValidateText(value, nameof(value));
        return new FitsCard(ValueKey(key), FitsValueKind.String, value, ValidComment(comment));
    }

    /// <summary>Creates an integer-valued card.</summary>
    /// <exception cref="ArgumentException">The keyword is not valid.</exception>
    public static FitsCard Create(string key, long value, string? comment = null) =>
        new(ValueKey(key), FitsValueKind.Integer, value.ToString(CultureInfo.InvariantCulture), ValidComment(comment));

    /// <summary>Creates a real-valued card; the value is written so that it reads back exactly.</summary>
    /// <exception cref="ArgumentException">The keyword is not valid or the value is NaN or infinite.</exception>
    public static FitsCard Create(string key, double value, string? comment = null) =>
        new(ValueKey(key), FitsValueKind.Real, CardText.FormatReal(value, key), ValidComment(comment));

    /// <summary>Creates a logical card (T or F).</summary>
    /// <exception cref="ArgumentException">The keyword is not valid.</exception>
    public static FitsCard Create(string key, bool value, string? comment = null) =>
        new(ValueKey(key), FitsValueKind.Logical, value ? "T" : "F", ValidComment(comment));

    /// <summary>Creates a commentary card such as HISTORY or COMMENT; text longer than 72 characters is split on writing.</summary>
    /// <exception cref="ArgumentException">The keyword is not valid or the text has non-printable characters.</exception>
    public static FitsCard Commentary(string key, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CardText.ValidateText(text, nameof(text));
        return new FitsCard(key.Length == 0 ? "" : CardText.ValidateKey(key), FitsValueKind.None, text, null);
    }

    /// <summary>Gets the value if it is a string.</summary>
    public bool TryGetString(out string value)
    {
        value = Kind == FitsValueKind.String ? ValueText : "";
        return Kind == FitsValueKind.String;
    }

    /// <summary>Gets the value if it is an integer, or a real with an exact 64-bit integer value.</summary>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        if (Kind == FitsValueKind.Integer)
        {
            return long.TryParse(ValueText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        if (Kind == FitsValueKind.Real && TryGetDouble(out double d) && d == Math.Floor(d)
            && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18)
        {
            value = (long)d;
            return true;
        }

        return false;
    }

    /// <summary>Gets the value if it is a real or an integer.</summary>
    public bool TryGetDouble(out double value)
    {
        value = 0;
        return (Kind == FitsValueKind.Real || Kind == FitsValueKind.Integer)
            && CardText.TryParseReal(ValueText, out value);
    }

    /// <summary>Gets the value if it is a logical.</summary>
    public bool TryGetBool(out bool value)
    {
        value = ValueText == "T";
        return Kind == FitsValueKind.Logical;
    }

    /// <summary>Returns "KEY = value / comment" (not the 80-column image).</summary>
    public override string ToString() => IsCommentary
        ? $"{Key} {ValueText}".TrimEnd()
        : $"{Key} = {(Kind == FitsValueKind.String ? "'" + ValueText + "'" : ValueText)}"
          + (Comment is null ? "" : " / " + Comment);

    private static string ValueKey(string key)
    {
        string upper = CardText.ValidateKey(key);
        if (upper is "COMMENT" or "HISTORY" or "CONTINUE")
        {
            throw new ArgumentException(
                $"FITS keyword {upper} never has a value; use AddHistory / AddComment (CONTINUE is written for long strings).", nameof(key));
        }

        return upper;
    }

    private static string? ValidComment(string? comment)
    {
        if (comment is not null)
        {
            CardText.ValidateText(comment, nameof(comment));
        }

        return comment;
    }
}

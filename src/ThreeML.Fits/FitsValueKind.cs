namespace ThreeML.Fits;

/// <summary>The type of the value held by a header card.</summary>
public enum FitsValueKind
{
    /// <summary>A commentary card (HISTORY, COMMENT, blank keyword, or any card without a value indicator).</summary>
    None,

    /// <summary>A keyword with a value indicator but an empty value field (undefined value).</summary>
    Undefined,

    /// <summary>A quoted character string (possibly a long string joined from CONTINUE cards).</summary>
    String,

    /// <summary>A logical value, T or F.</summary>
    Logical,

    /// <summary>An integer value.</summary>
    Integer,

    /// <summary>A floating-point value (E or D exponent allowed).</summary>
    Real,

    /// <summary>A complex value written as "(re, im)"; available as raw text only.</summary>
    Complex,
}

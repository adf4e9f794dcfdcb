namespace ThreeML.Fits;

/// <summary>Typed keyword accessors.</summary>
public sealed partial class FitsHeader
{
    /// <summary>Gets a string keyword, without trailing spaces.</summary>
    /// <exception cref="FitsFormatException">The keyword is missing or is not a string.</exception>
    public string GetString(string key) => TryGetString(key, out string v) ? v : throw Fail(key, "a string");

    /// <summary>Gets an integer keyword (a real with an integral value is accepted).</summary>
    /// <exception cref="FitsFormatException">The keyword is missing or is not a 64-bit integer.</exception>
    public long GetInt64(string key) => TryGetInt64(key, out long v) ? v : throw Fail(key, "an integer");

    /// <summary>Gets an integer keyword that must fit in 32 bits.</summary>
    /// <exception cref="FitsFormatException">The keyword is missing or is not a 32-bit integer.</exception>
    public int GetInt32(string key) => TryGetInt32(key, out int v) ? v : throw Fail(key, "a 32-bit integer");

    /// <summary>Gets a real keyword (integers are accepted).</summary>
    /// <exception cref="FitsFormatException">The keyword is missing or is not a number.</exception>
    public double GetDouble(string key) => TryGetDouble(key, out double v) ? v : throw Fail(key, "a real number");

    /// <summary>Gets a logical keyword.</summary>
    /// <exception cref="FitsFormatException">The keyword is missing or is not T or F.</exception>
    public bool GetBool(string key) => TryGetBool(key, out bool v) ? v : throw Fail(key, "a logical (T or F)");

    /// <summary>Gets a string keyword; false when missing or not a string.</summary>
    public bool TryGetString(string key, out string value)
    {
        value = "";
        return TryGetCard(key, out FitsCard? c) && c.TryGetString(out value);
    }

    /// <summary>Gets an integer keyword; false when missing or not a 64-bit integer.</summary>
    public bool TryGetInt64(string key, out long value)
    {
        value = 0;
        return TryGetCard(key, out FitsCard? c) && c.TryGetInt64(out value);
    }

    /// <summary>Gets an integer keyword; false when missing or not a 32-bit integer.</summary>
    public bool TryGetInt32(string key, out int value)
    {
        value = 0;
        if (TryGetInt64(key, out long v) && v is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)v;
            return true;
        }

        return false;
    }

    /// <summary>Gets a real keyword; false when missing or not a number.</summary>
    public bool TryGetDouble(string key, out double value)
    {
        value = 0;
        return TryGetCard(key, out FitsCard? c) && c.TryGetDouble(out value);
    }

    /// <summary>Gets a logical keyword; false when missing or not T or F.</summary>
    public bool TryGetBool(string key, out bool value)
    {
        value = false;
        return TryGetCard(key, out FitsCard? c) && c.TryGetBool(out value);
    }

    private FitsFormatException Fail(string key, string expected)
    {
        string upper = key.ToUpperInvariant();
        if (!TryGetCard(key, out FitsCard? card))
        {
            return Context.Error($"required keyword {upper} is missing (expected {expected}).", upper);
        }

        string shown = card.Kind == FitsValueKind.String ? $"'{card.ValueText}'" : card.ValueText;
        return Context.Error($"keyword {upper} = {shown} is {Describe(card.Kind)}; expected {expected}.", upper);
    }

    private static string Describe(FitsValueKind kind) => kind switch
    {
        FitsValueKind.String => "a string",
        FitsValueKind.Logical => "a logical",
        FitsValueKind.Integer => "an integer",
        FitsValueKind.Real => "a real",
        FitsValueKind.Complex => "a complex number",
        _ => "undefined",
    };
}

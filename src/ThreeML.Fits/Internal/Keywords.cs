namespace ThreeML.Fits.Internal;

/// <summary>Which keywords describe the data layout (written by the HDU, not by the user).</summary>
internal static class Keywords
{
    private static readonly System.Collections.Immutable.ImmutableArray<string> ColumnPrefixes =
        ["TFORM", "TTYPE", "TUNIT", "TSCAL", "TZERO", "TNULL", "TDIM", "TBCOL"];

    /// <summary>Keywords the writer regenerates from the HDU (and drops from the stored header).</summary>
    public static bool IsStructural(string key) =>
        key is "SIMPLE" or "XTENSION" or "BITPIX" or "NAXIS" or "PCOUNT" or "GCOUNT" or "EXTEND"
            or "TFIELDS" or "THEAP" or "END" or "CHECKSUM" or "DATASUM" or "CONTINUE"
        || HasIndex(key, "NAXIS");

    /// <summary>Structural keywords plus the per-column keywords of tables.</summary>
    public static bool IsTableReserved(string key)
    {
        if (IsStructural(key))
        {
            return true;
        }

        foreach (string prefix in ColumnPrefixes)
        {
            if (HasIndex(key, prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasIndex(string key, string prefix) =>
        key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)
        && key.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;
}

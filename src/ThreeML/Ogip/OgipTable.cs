using System.Globalization;
using ThreeML.Fits;

namespace ThreeML.Ogip;

/// <summary>One OGIP binary table with its file: typed keyword and column access whose every failure is an
/// <see cref="OgipFormatException"/> naming the file, the extension and the keyword or column.</summary>
internal sealed class OgipTable
{
    public OgipTable(string path, BinaryTableHdu hdu)
    {
        Path = path;
        Hdu = hdu;
        ExtName = hdu.ExtName ?? $"HDU {hdu.Index}";
    }

    public string Path { get; }

    public BinaryTableHdu Hdu { get; }

    public string ExtName { get; }

    public FitsHeader Header => Hdu.Header;

    public int RowCount => Hdu.RowCount;

    /// <summary>Finds an extension that must be a binary table.</summary>
    public static OgipTable Open(FitsFile file, string path, string extName, int extVer = 1)
    {
        if (!file.TryGetExtension(extName, extVer, out FitsHdu? hdu))
        {
            var present = string.Join(", ", file.Hdus.Skip(1).Select(h => h.ExtName ?? "(unnamed)"));
            throw new OgipFormatException($"has no {extName} extension{(extVer == 1 ? "" : $" with EXTVER {extVer}")} (extensions present: {(present.Length == 0 ? "none" : present)}).", path, extName, "EXTNAME");
        }

        return FromHdu(hdu, path, extName);
    }

    public static OgipTable FromHdu(FitsHdu hdu, string path, string extName) =>
        hdu is BinaryTableHdu table
            ? new OgipTable(path, table)
            : throw new OgipFormatException($"the {extName} extension is a {hdu.GetType().Name}; expected a binary table (XTENSION = 'BINTABLE').", path, extName, "XTENSION");

    public OgipFormatException Error(string detail, string? keyword = null, string? column = null, long? row = null, Exception? inner = null) =>
        new(detail, Path, ExtName, keyword, column, row, inner);

    public bool HasColumn(string name) => Hdu.TryGetColumn(name, out _);

    public FitsColumn Column(string name) =>
        Hdu.TryGetColumn(name, out FitsColumn? c)
            ? c
            : throw Error($"required column {name} is missing (columns present: {string.Join(", ", Hdu.Columns.Select(x => x.Name))}).", column: name);

    /// <summary>Every row's values of a numeric column (scalar, fixed vector or variable-length), flat with offsets.</summary>
    public VariableLengthArrays<double> Arrays(string name)
    {
        FitsColumn c = Column(name);
        try
        {
            return Hdu.ReadDoubleArraysFlat(c.Name);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or OverflowException or InvalidCastException)
        {
            throw Error($"cannot be read as numbers ({c.TForm}): {e.Message}", column: name, inner: e);
        }
    }

    /// <summary>A numeric column with exactly one value a row.</summary>
    public double[] Scalars(string name)
    {
        FitsColumn c = Column(name);
        if (c.IsVariableLength || c.Repeat != 1)
        {
            throw Error($"has {c.TForm}; expected one number a row (e.g. 'E', 'D' or 'J').", column: name);
        }

        return Arrays(name).Values;
    }

    /// <summary>A character column, one string a row.</summary>
    public string[] Strings(string name)
    {
        FitsColumn c = Column(name);
        try
        {
            return Hdu.ReadStrings(c.Name);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            throw Error($"is {c.TForm}; expected a character column (A).", column: name, inner: e);
        }
    }

    /// <summary>The TLMINn keyword of a column as an integer, or null when absent.</summary>
    public long? TlMin(string column)
    {
        FitsColumn c = Column(column);
        var key = "TLMIN" + (c.Index + 1).ToString(CultureInfo.InvariantCulture);
        if (!Header.TryGetCard(key, out FitsCard? card) || card.Kind is FitsValueKind.Undefined or FitsValueKind.None)
        {
            return null;
        }

        if (!card.TryGetDouble(out double v) || v != Math.Floor(v) || Math.Abs(v) > int.MaxValue)
        {
            throw Error($"= {card.ValueText}; expected the integer lowest legal value of column {c.Name}.", keyword: key);
        }

        return (long)v;
    }

    public bool HasKeyword(string key) =>
        Header.TryGetCard(key, out FitsCard? card) && card.Kind is not (FitsValueKind.Undefined or FitsValueKind.None);

    public string? OptionalString(string key)
    {
        if (!Header.TryGetCard(key, out FitsCard? card) || card.Kind is FitsValueKind.Undefined or FitsValueKind.None)
        {
            return null;
        }

        return card.TryGetString(out string s) ? s.Trim() : throw Error($"= {card.ValueText}; expected a string.", keyword: key);
    }

    public double? OptionalDouble(string key)
    {
        if (!Header.TryGetCard(key, out FitsCard? card) || card.Kind is FitsValueKind.Undefined or FitsValueKind.None)
        {
            return null;
        }

        return card.TryGetDouble(out double v) && double.IsFinite(v) ? v : throw Error($"= {card.ValueText}; expected a finite number.", keyword: key);
    }

    public long? OptionalInteger(string key)
    {
        double? v = OptionalDouble(key);
        if (v is null)
        {
            return null;
        }

        return v.Value == Math.Floor(v.Value) && Math.Abs(v.Value) <= int.MaxValue
            ? (long)v.Value
            : throw Error($"= {v.Value.ToString("R", CultureInfo.InvariantCulture)}; expected an integer.", keyword: key);
    }

    public bool? OptionalBool(string key)
    {
        if (!Header.TryGetCard(key, out FitsCard? card) || card.Kind is FitsValueKind.Undefined or FitsValueKind.None)
        {
            return null;
        }

        return card.TryGetBool(out bool b) ? b : throw Error($"= {card.ValueText}; expected a logical value (T or F).", keyword: key);
    }

    /// <summary>The multiplier converting an energy column to keV, from its TUNITn (absent means keV).</summary>
    public double EnergyUnitToKeV(string column)
    {
        var unit = Column(column).Unit?.Trim();
        return unit?.ToUpperInvariant() switch
        {
            null or "" or "KEV" => 1.0,
            "EV" => 1e-3,
            "MEV" => 1e3,
            "GEV" => 1e6,
            _ => throw Error($"has unit (TUNIT) '{unit}'; expected an energy unit: eV, keV, MeV or GeV.", column: column),
        };
    }

    public static string Format(double value) => value.ToString("G7", CultureInfo.InvariantCulture);
}

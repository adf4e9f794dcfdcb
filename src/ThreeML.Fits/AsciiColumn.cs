namespace ThreeML.Fits;

/// <summary>The description of one ASCII-table column (TTYPEn, TBCOLn, TFORMn, TUNITn, TSCALn, TZEROn, TNULLn). Immutable.</summary>
public sealed class AsciiColumn
{
    internal AsciiColumn(string name, int index, string tform, char format, int start, int width, int decimals)
    {
        Name = name;
        Index = index;
        TForm = tform;
        Format = format;
        Start = start;
        Width = width;
        Decimals = decimals;
    }

    /// <summary>The column name (TTYPEn), or "COLn" (one-based) when absent.</summary>
    public string Name { get; }

    /// <summary>The zero-based column index.</summary>
    public int Index { get; }

    /// <summary>The TFORMn text, e.g. "F8.3".</summary>
    public string TForm { get; }

    /// <summary>The format letter: 'A', 'I', 'F', 'E' or 'D'.</summary>
    public char Format { get; }

    /// <summary>The zero-based character offset of the field in a row (TBCOLn - 1).</summary>
    public int Start { get; }

    /// <summary>The field width in characters.</summary>
    public int Width { get; }

    /// <summary>The number of implied decimals (the d of Fw.d, Ew.d, Dw.d), 0 otherwise.</summary>
    public int Decimals { get; }

    /// <summary>The physical unit (TUNITn), or null.</summary>
    public string? Unit { get; internal init; }

    /// <summary>The scale factor TSCALn (default 1).</summary>
    public double Scale { get; internal init; } = 1.0;

    /// <summary>The offset TZEROn (default 0).</summary>
    public double Zero { get; internal init; }

    /// <summary>The field text that marks an undefined value (TNULLn), or null.</summary>
    public string? Null { get; internal init; }

    /// <summary>Returns "NAME (TFORM)".</summary>
    public override string ToString() => $"{Name} ({TForm})";
}

namespace ThreeML.Fits;

/// <summary>
/// The description of one binary-table column, from its TTYPEn, TFORMn, TUNITn, TDIMn, TNULLn,
/// TSCALn and TZEROn keywords. Immutable.
/// </summary>
public sealed class FitsColumn
{
    internal FitsColumn(string name, int index, string tform, FitsColumnType type, long repeat,
        char descriptor, long maxLength, int byteOffset, int width)
    {
        Name = name;
        Index = index;
        TForm = tform;
        Type = type;
        Repeat = repeat;
        Descriptor = descriptor;
        MaxLength = maxLength;
        ByteOffset = byteOffset;
        Width = width;
    }

    /// <summary>The column name (TTYPEn), or "COLn" (one-based) when TTYPEn is absent.</summary>
    public string Name { get; }

    /// <summary>The zero-based column index (TTYPE1 is column 0).</summary>
    public int Index { get; }

    /// <summary>The TFORMn text as written, e.g. "128E" or "1PE(128)".</summary>
    public string TForm { get; }

    /// <summary>The element type.</summary>
    public FitsColumnType Type { get; }

    /// <summary>Elements per row for fixed columns (characters for A, bits for X); 0 or 1 for variable-length columns.</summary>
    public long Repeat { get; }

    /// <summary>True for P and Q (variable-length array) columns, whose data lie in the heap.</summary>
    public bool IsVariableLength => Descriptor != '\0';

    /// <summary>'P' (32-bit descriptors) or 'Q' (64-bit descriptors) for variable-length columns, otherwise '\0'.</summary>
    public char Descriptor { get; }

    /// <summary>The maximum array length declared in a P/Q TFORM "(max)", or -1 when not declared.</summary>
    public long MaxLength { get; }

    /// <summary>The column's byte offset within a row.</summary>
    public int ByteOffset { get; }

    /// <summary>The column's width in bytes within a row.</summary>
    public int Width { get; }

    /// <summary>The physical unit (TUNITn), or null.</summary>
    public string? Unit { get; internal init; }

    /// <summary>The array shape from TDIMn (fastest-varying first, as written), or null when absent.</summary>
    public IReadOnlyList<long>? Dimensions { get; internal init; }

    /// <summary>The stored integer that marks an undefined value (TNULLn), or null.</summary>
    public long? Null { get; internal init; }

    /// <summary>The scale factor TSCALn: physical = Zero + Scale * stored. Defaults to 1.</summary>
    public double Scale { get; internal init; } = 1.0;

    /// <summary>The offset TZEROn: physical = Zero + Scale * stored. Defaults to 0.</summary>
    public double Zero { get; internal init; }

    /// <summary>True when TSCALn or TZEROn change the stored values.</summary>
    public bool IsScaled => Scale != 1.0 || Zero != 0.0;

    /// <summary>The size in bytes of one element (0 for X, whose elements are bits).</summary>
    public int ElementSize => ElementSizeOf(Type);

    /// <summary>Returns "NAME (TFORM)".</summary>
    public override string ToString() => $"{Name} ({TForm})";

    internal static int ElementSizeOf(FitsColumnType type) => type switch
    {
        FitsColumnType.Logical or FitsColumnType.Byte or FitsColumnType.Ascii => 1,
        FitsColumnType.Int16 => 2,
        FitsColumnType.Int32 or FitsColumnType.Single => 4,
        FitsColumnType.Int64 or FitsColumnType.Double or FitsColumnType.ComplexSingle => 8,
        FitsColumnType.ComplexDouble => 16,
        _ => 0,
    };
}

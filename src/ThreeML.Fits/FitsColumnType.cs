namespace ThreeML.Fits;

/// <summary>The element type of a binary-table column (the letter of its TFORM code).</summary>
public enum FitsColumnType
{
    /// <summary>L: logical, one byte 'T', 'F' or 0 (undefined).</summary>
    Logical,

    /// <summary>X: bit array, packed eight bits a byte, most significant bit first.</summary>
    Bit,

    /// <summary>B: unsigned 8-bit integer (signed with TZERO = -128).</summary>
    Byte,

    /// <summary>I: signed 16-bit integer (unsigned with TZERO = 32768).</summary>
    Int16,

    /// <summary>J: signed 32-bit integer (unsigned with TZERO = 2147483648).</summary>
    Int32,

    /// <summary>K: signed 64-bit integer.</summary>
    Int64,

    /// <summary>E: IEEE 754 single precision.</summary>
    Single,

    /// <summary>D: IEEE 754 double precision.</summary>
    Double,

    /// <summary>A: ASCII characters; the repeat count is the string width.</summary>
    Ascii,

    /// <summary>C: complex of two singles.</summary>
    ComplexSingle,

    /// <summary>M: complex of two doubles.</summary>
    ComplexDouble,
}

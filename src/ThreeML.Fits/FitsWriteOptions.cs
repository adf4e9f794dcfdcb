namespace ThreeML.Fits;

/// <summary>How to write a FITS file. Immutable; <see cref="Default"/> writes no checksums.</summary>
public sealed record FitsWriteOptions
{
    /// <summary>No checksums, no compression beyond what the file name asks for.</summary>
    public static FitsWriteOptions Default { get; } = new();

    /// <summary>When true, every HDU gets DATASUM and CHECKSUM cards (the FITS checksum convention).</summary>
    public bool WriteChecksums { get; init; }

    /// <summary>When true, the file is gzip-compressed; null (the default) compresses when the path ends in ".gz".</summary>
    public bool? Gzip { get; init; }
}

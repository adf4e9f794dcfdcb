namespace ThreeML.Fits;

/// <summary>How strictly to read a FITS file. Immutable; <see cref="Default"/> is strict.</summary>
public sealed record FitsReadOptions
{
    /// <summary>Strict reading, no checksum verification, 2 GiB gzip limit.</summary>
    public static FitsReadOptions Default { get; } = new();

    /// <summary>
    /// When true (the default), departures from the standard that are not needed to locate the data
    /// (non-ASCII header bytes, bad keyword characters, unparseable values, missing block padding,
    /// garbage after the last HDU, SIMPLE = F) are errors; when false they are repaired and listed
    /// in <see cref="FitsFile.Warnings"/>.
    /// </summary>
    public bool Strict { get; init; } = true;

    /// <summary>When true, CHECKSUM and DATASUM cards present in a header are verified; a mismatch is an error naming
    /// the file, the HDU and the card.</summary>
    /// <remarks>Off by default in the library: files edited after they were written keep stale cards (3ML's own
    /// ogip_powerlaw.rsp, GBM and XRT spectra among them), and the OGIP readers must read them as 3ML does. The
    /// <c>threeml</c> command verifies by default.</remarks>
    public bool VerifyChecksums { get; init; }

    /// <summary>With <see cref="VerifyChecksums"/>, a mismatch is listed in <see cref="FitsFile.Warnings"/> and the HDU
    /// is read anyway, instead of being an error.</summary>
    public bool ChecksumMismatchIsWarning { get; init; }

    /// <summary>The largest decompressed size accepted from a gzip file, in bytes (guards against gzip bombs).</summary>
    public long MaxDecompressedBytes { get; init; } = Array.MaxLength;
}

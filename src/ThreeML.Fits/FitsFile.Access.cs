using System.IO.Compression;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>Extension lookup and writing.</summary>
public sealed partial class FitsFile
{
    /// <summary>Finds the extension with this EXTNAME (case-insensitive, trailing spaces ignored) and EXTVER.</summary>
    /// <exception cref="FitsFormatException">No such extension; the message lists the EXTNAMEs present.</exception>
    public FitsHdu GetExtension(string extName, int extVer = 1) =>
        TryGetExtension(extName, extVer, out FitsHdu? hdu)
            ? hdu
            : throw new FitsFormatException(
                NameLookup.NotFound("extension", extVer == 1 ? extName : $"{extName}, EXTVER {extVer}", ExtensionNames(), "the file"),
                FilePath, keyword: "EXTNAME");

    /// <summary>Finds the extension with this EXTNAME and EXTVER and checks its kind.</summary>
    /// <typeparam name="T">The expected HDU kind, e.g. <see cref="BinaryTableHdu"/>.</typeparam>
    /// <exception cref="FitsFormatException">No such extension, or it is of another kind.</exception>
    public T GetExtension<T>(string extName, int extVer = 1) where T : FitsHdu
    {
        FitsHdu hdu = GetExtension(extName, extVer);
        return hdu as T ?? throw hdu.Context.Error($"the extension is a {hdu.GetType().Name}; expected a {typeof(T).Name}.", "XTENSION");
    }

    /// <summary>Finds the extension with this EXTNAME (EXTVER 1 or absent); false when there is none.</summary>
    public bool TryGetExtension(string extName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FitsHdu? hdu) =>
        TryGetExtension(extName, 1, out hdu);

    /// <summary>Finds the extension with this EXTNAME and EXTVER; false when there is none.</summary>
    public bool TryGetExtension(string extName, int extVer, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FitsHdu? hdu)
    {
        ArgumentNullException.ThrowIfNull(extName);
        hdu = _hdus.Find(h => h.ExtVer == extVer
            && string.Equals(h.ExtName, extName.Trim(), StringComparison.OrdinalIgnoreCase));
        return hdu is not null;
    }

    /// <summary>
    /// Writes the file atomically: to a temporary file in the same folder, then renamed over
    /// <paramref name="path"/>, so a failure never leaves a half-written file. A ".gz" path is gzip-compressed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file has no HDU.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(string path, FitsWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= FitsWriteOptions.Default;
        bool gzip = options.Gzip ?? path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        AtomicFile.Write(path, stream => WriteTo(stream, options with { Gzip = gzip }));
    }

    /// <summary>Writes the file to a stream (gzip-compressed only when <see cref="FitsWriteOptions.Gzip"/> is true).</summary>
    /// <exception cref="InvalidOperationException">The file has no HDU.</exception>
    public void WriteTo(Stream stream, FitsWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= FitsWriteOptions.Default;
        if (_hdus.Count == 0)
        {
            throw new InvalidOperationException("A FITS file needs at least a primary HDU; add one before writing.");
        }

        if (options.Gzip == true)
        {
            using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
            FitsWriter.Write(_hdus, gzip, options);
        }
        else
        {
            FitsWriter.Write(_hdus, stream, options);
        }
    }

    private IEnumerable<string> ExtensionNames() =>
        _hdus.Where(h => h.ExtName is not null).Select(h => h.ExtVer == 1 ? h.ExtName! : $"{h.ExtName} (EXTVER {h.ExtVer})");
}

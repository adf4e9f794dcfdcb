namespace ThreeML.Fits;

/// <summary>
/// A FITS file: the primary HDU followed by extensions. Read one with <see cref="Read(string, FitsReadOptions?)"/>,
/// or build one with <see cref="FitsFile()"/> and <see cref="Add"/>, then <see cref="Write"/>.
/// </summary>
/// <example>
/// <code>
/// FitsFile pha = FitsFile.Read("grb.pha");
/// BinaryTableHdu spectrum = pha.GetExtension&lt;BinaryTableHdu&gt;("SPECTRUM");
/// double exposure = spectrum.Header.GetDouble("EXPOSURE");            // s
/// double[] counts = spectrum.ReadDoubles("COUNTS");
///
/// var file = new FitsFile();
/// file.Add(new BinaryTableBuilder("SPECTRUM")
///     .AddColumn("CHANNEL", channels)
///     .AddColumn("COUNTS", counts, "count")
///     .SetKeyword("EXPOSURE", exposure, "s")
///     .Build());
/// file.Write("copy.pha", new FitsWriteOptions { WriteChecksums = true });
/// </code>
/// </example>
public sealed partial class FitsFile
{
    private readonly List<FitsHdu> _hdus = [];

    /// <summary>Creates an empty file; the first HDU added becomes the primary (an empty one is inserted before a table).</summary>
    public FitsFile()
    {
        FilePath = FitsContext.InMemory;
    }

    private FitsFile(string filePath, List<FitsHdu> hdus, IReadOnlyList<string> warnings)
    {
        FilePath = filePath;
        _hdus = hdus;
        Warnings = warnings;
    }

    /// <summary>The path or name the file was read from, or "(in memory)" for a new file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// The departures from the standard that a lenient read (<see cref="FitsReadOptions.Strict"/> = false)
    /// repaired, each naming where and what was done; always empty after a strict read.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; } = [];

    /// <summary>All HDUs; index 0 is the primary HDU.</summary>
    public IReadOnlyList<FitsHdu> Hdus => _hdus;

    /// <summary>The primary HDU.</summary>
    /// <exception cref="InvalidOperationException">The file has no HDU yet.</exception>
    public FitsHdu Primary => _hdus.Count > 0 ? _hdus[0] : throw new InvalidOperationException("The FITS file has no HDU yet; add one first.");

    /// <summary>The HDU at a zero-based index (0 is the primary HDU).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0..Hdus.Count-1.</exception>
    public FitsHdu this[int index] => index >= 0 && index < _hdus.Count
        ? _hdus[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"FITS '{FilePath}' has HDUs 0..{_hdus.Count - 1}.");

    /// <summary>Reads a FITS file (gzip-compressed files are recognised by their magic bytes).</summary>
    /// <exception cref="FitsFormatException">The file is not valid FITS; the message says where and why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FitsFile Read(string path, FitsReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllBytes(path), path, options);
    }

    /// <summary>Reads a FITS file from a stream; <paramref name="name"/> is used in error messages.</summary>
    /// <exception cref="FitsFormatException">The data are not valid FITS.</exception>
    public static FitsFile Read(Stream stream, string name, FitsReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= FitsReadOptions.Default;
        return Parse(Gzip.CopyLimited(stream, name, options.MaxDecompressedBytes, "stream"), name, options);
    }

    /// <summary>
    /// Reads a FITS file held in memory (gzip recognised by magic bytes); <paramref name="name"/> is used in
    /// error messages. Uncompressed, the HDUs read their data from <paramref name="bytes"/> without copying it,
    /// so the array must not be changed afterwards.
    /// </summary>
    /// <exception cref="FitsFormatException">The bytes are not valid FITS.</exception>
    public static FitsFile Parse(byte[] bytes, string name, FitsReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        options ??= FitsReadOptions.Default;
        var issues = new ReadIssues(options.Strict);
        if (Gzip.IsGzip(bytes))
        {
            bytes = Gzip.Decompress(bytes, name, options.MaxDecompressedBytes, issues);
        }

        List<FitsHdu> hdus = FitsReader.Parse(bytes, name, options, issues);
        return new FitsFile(name, hdus, issues.Warnings);
    }

    /// <summary>Appends an HDU. Adding a table to an empty file first inserts an empty primary HDU.</summary>
    /// <exception cref="ArgumentException">The HDU already belongs to a file, or cannot be an extension.</exception>
    public void Add(FitsHdu hdu)
    {
        ArgumentNullException.ThrowIfNull(hdu);
        if (hdu.Index >= 0)
        {
            throw new ArgumentException($"The HDU {hdu} already belongs to a file; build a new one to add it here.", nameof(hdu));
        }

        if (_hdus.Count == 0 && hdu is not ImageHdu && !(hdu is UnknownHdu { XTension: "" }))
        {
            AddAt(ImageHdu.CreateEmpty());
        }
        else if (_hdus.Count > 0 && hdu is UnknownHdu { XTension: "" })
        {
            throw new ArgumentException("A random-groups HDU can only be the primary HDU.", nameof(hdu));
        }

        AddAt(hdu);
    }

    private void AddAt(FitsHdu hdu)
    {
        hdu.Index = _hdus.Count;
        hdu.Header.HduIndex = hdu.Index;
        _hdus.Add(hdu);
    }
}

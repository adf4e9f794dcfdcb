using Astromodels;
using Astromodels.Serialization;
using ThreeML.Responses;
using ThreeML.TableModels;

namespace ThreeML.Ogip;

/// <summary>Spectra, responses and XSPEC table models read from OGIP files, kept for the analyses of one batch that read
/// the same files again (the model variants of one burst, the simulations of one instrument, a catalogue fitted with
/// one table model): a file is parsed once and read again only when its size or modification time has changed.
/// Thread-safe.</summary>
/// <remarks>
/// <para>What it hands out is immutable (<see cref="PhaSpectrum"/>, <see cref="InstrumentResponse"/>) or a new object
/// over immutable content (each <see cref="LoadTable"/> returns a new table function, with its own parameters and
/// buffers, over the table's shared grid of spectra), so analyses that share an entry share no state: each plugin
/// builds its own binned spectra, masks and buffers from it, and a fit's values are those of a fresh read bit for bit. Each read has the semantics, the messages and the exceptions of the
/// uncached reader it names; a read that fails is not kept (the next request reads again).</para>
/// <para>The entries are bounded by an estimate of their memory (<see cref="CapacityBytes"/>); beyond it the least
/// recently used are dropped. Two threads that ask for one file at the same moment may both read it; both get equal
/// values and one entry is kept. A file rewritten with the same size within the file system's time resolution would go
/// unnoticed: the cache is meant for the inputs of one run, not for files that change under it.</para>
/// </remarks>
public sealed class OgipFileCache
{
    /// <summary>The default bound on the entries' memory: 128 MiB, hundreds of GBM responses.</summary>
    public const long DefaultCapacityBytes = 128L << 20;

    private readonly object _gate = new();
    private readonly Dictionary<Key, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recent = new(); // most recently used first
    private long _bytes;
    private long _reads;
    private long _reuses;

    /// <summary>An empty cache keeping at most about <paramref name="capacityBytes"/> bytes of entries.</summary>
    /// <param name="capacityBytes">The bound, bytes; an entry larger than it is returned but not kept.</param>
    /// <exception cref="ArgumentOutOfRangeException">The bound is negative.</exception>
    public OgipFileCache(long capacityBytes = DefaultCapacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacityBytes);
        CapacityBytes = capacityBytes;
    }

    /// <summary>The bound on the entries' estimated memory, bytes.</summary>
    public long CapacityBytes { get; }

    /// <summary>The number of entries kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The estimated memory of the entries kept now, bytes (the arrays they hold).</summary>
    public long EstimatedBytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>How many requests read their file(s) (absent, changed or dropped entries).</summary>
    public long ReadCount => Interlocked.Read(ref _reads);

    /// <summary>How many requests were answered from an entry without reading.</summary>
    public long ReuseCount => Interlocked.Read(ref _reuses);

    /// <summary>The response <see cref="OgipResponse.Read"/> reads, parsed once while the RSP/RMF (and ARF) stay unchanged.</summary>
    /// <param name="path">The RSP/RMF file, optionally with a "{n}" matrix selector.</param>
    /// <param name="arfPath">An ARF, or null (or "none").</param>
    /// <exception cref="OgipFormatException">See <see cref="OgipResponse.Read"/>.</exception>
    /// <exception cref="ThreeML.Fits.FitsFormatException">A file is not valid FITS.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="ArgumentException">The path is empty or its "{n}" selector is malformed.</exception>
    public InstrumentResponse ReadResponse(string path, string? arfPath = null)
    {
        var (file, _) = OgipPath.SplitArgument(path, nameof(path));
        var arf = OgipPath.IsNone(arfPath) ? null : arfPath;
        return Get(new Key(Kind.Response, path, null, arf), file, arf, () => OgipResponse.Read(path, arf), ResponseBytes);
    }

    /// <summary>The spectrum <see cref="PhaSpectrum.Read(string)"/> reads, parsed once while the file stays unchanged.</summary>
    /// <param name="path">The PHA file, optionally with a 1-based "{n}" selector.</param>
    /// <exception cref="OgipFormatException">See <see cref="PhaSpectrum.Read(string)"/>.</exception>
    /// <exception cref="ThreeML.Fits.FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentException">The path is empty or its selector is malformed.</exception>
    public PhaSpectrum ReadSpectrum(string path)
    {
        var (file, _) = OgipPath.SplitArgument(path, nameof(path));
        return Get(new Key(Kind.Spectrum, path, null, null), file, null, () => PhaSpectrum.Read(path), SpectrumBytes);
    }

    /// <summary>Spectrum <paramref name="spectrumNumber"/> as <see cref="PhaSpectrum.Read(string, int)"/> reads it,
    /// parsed once while the file stays unchanged.</summary>
    /// <param name="path">The PHA file; a "{n}" selector, if present, must agree with <paramref name="spectrumNumber"/>.</param>
    /// <param name="spectrumNumber">The 1-based spectrum.</param>
    /// <exception cref="OgipFormatException">See <see cref="PhaSpectrum.Read(string)"/>.</exception>
    /// <exception cref="ThreeML.Fits.FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentException">The number is not positive, or disagrees with the path's selector.</exception>
    public PhaSpectrum ReadSpectrum(string path, int spectrumNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spectrumNumber, 1);
        var (file, number) = OgipPath.SplitArgument(path, nameof(path));
        if (number is int n && n != spectrumNumber)
        {
            // The reader's own message for the disagreement.
            return PhaSpectrum.Read(path, spectrumNumber);
        }

        return Get(new Key(Kind.Spectrum, path, spectrumNumber, null), file, null, () => PhaSpectrum.Read(path, spectrumNumber), SpectrumBytes);
    }

    /// <summary>A table model function as <see cref="XspecTableModel.Load(string, string)"/> loads it (a
    /// <see cref="TableFunctionLoader"/> for <c>Model.Load</c>), the table read once while its file is unchanged.</summary>
    /// <param name="kind">"atable", "mtable" or "etable".</param>
    /// <param name="path">The table's FITS file.</param>
    /// <returns>A new function, with its own parameters, over the shared table.</returns>
    /// <exception cref="ArgumentException">An unknown kind, or one that does not match the file's ADDMODEL.</exception>
    /// <exception cref="ThreeML.Fits.FitsFormatException">The file is not a valid table model.</exception>
    public Function1D LoadTable(string kind, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return XspecTableModel.Load(kind, path, (file, exponential) =>
            Get(new Key(Kind.Table, file, exponential ? 1 : 0, null), file, null, () => XspecTableReader.Read(file, exponential, null), TableBytes));
    }

    /// <summary>A background as a plugin reads it (<see cref="PhaSpectrum.ReadMatching"/>), parsed once while unchanged.</summary>
    internal PhaSpectrum ReadMatching(string path, int? number)
    {
        var (file, own) = OgipPath.SplitArgument(path, nameof(path));
        // The path's own selector wins over the number (the read does not depend on it then).
        return Get(new Key(Kind.Background, path, own is null ? number : null, null), file, null, () => PhaSpectrum.ReadMatching(path, number), SpectrumBytes);
    }

    // Entries are keyed by the paths as given, not as resolved: what is read keeps the given spelling (a spectrum's
    // FilePath, a response's SourcePath, the messages), so one file named two ways is two entries.
    private T Get<T>(Key key, string file, string? arf, Func<T> read, Func<T, long> size)
        where T : class
    {
        // The stamps are taken before the read: a file changed while it is read is kept under the older stamp, so the
        // next request sees the change and reads again.
        var stamp = new Stamp(FileStamp.Of(file), arf is null ? default : FileStamp.Of(arf));
        lock (_gate)
        {
            if (stamp.First.Exists && _entries.TryGetValue(key, out var node) && node.Value.Stamp == stamp)
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                _reuses++;
                return (T)node.Value.Value;
            }
        }

        var value = read();
        Interlocked.Increment(ref _reads);
        var bytes = size(value);
        lock (_gate)
        {
            if (_entries.Remove(key, out var old))
            {
                _recent.Remove(old);
                _bytes -= old.Value.Bytes;
            }

            if (stamp.First.Exists && bytes <= CapacityBytes)
            {
                _entries[key] = _recent.AddFirst(new Entry(key, value, stamp, bytes));
                _bytes += bytes;
                while (_bytes > CapacityBytes && _recent.Last is { } last)
                {
                    _recent.RemoveLast();
                    _entries.Remove(last.Value.Key);
                    _bytes -= last.Value.Bytes;
                }
            }
        }

        return value;
    }

    // Arrays of the response: the stored runs (doubles), the fold's copy (singles) and their indices, the two grids.
    private static long ResponseBytes(InstrumentResponse r) =>
        (12L * r.StoredElementCount) + (4L * r.FoldWeightCount) + (24L * (r.EnergyBinCount + r.ChannelCount)) + 256;

    // The grid of spectra and the additional parameters' spectra; the parameter values and edges are small beside them.
    private static long TableBytes(TableModelData t) =>
        (8L * (t.Spectra.Length + t.Added.Sum(a => (long)a.Length) + t.Edges.Length)) + 1024;

    // Counts, errors, systematics, quality and grouping per channel, and the header strings.
    private static long SpectrumBytes(PhaSpectrum s) => (40L * s.ChannelCount) + 512;

    private enum Kind
    {
        Response,
        Spectrum,
        Background,
        Table,
    }

    private readonly record struct Key(Kind Kind, string Path, int? Number, string? Arf);

    private readonly record struct FileStamp(bool Exists, long Length, long WriteTicks)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(true, info.Length, info.LastWriteTimeUtc.Ticks) : default;
        }
    }

    private readonly record struct Stamp(FileStamp First, FileStamp Second);

    private sealed record Entry(Key Key, object Value, Stamp Stamp, long Bytes);
}

using System.Text;

namespace ThreeML.Fits;

/// <summary>The one atomic file writer of ThreeML.NET (FITS, OGIP, results, figures, tables, batch records): the content
/// goes to a temporary sibling, is flushed to disk, then renamed over the target, so a reader never sees a half-written
/// file and a failure leaves the old file (or none) in place.</summary>
/// <remarks>The temporary name is unique per call (".name.GUID.tmp" in the target's folder, so the rename never crosses
/// file systems), which keeps concurrent writers of one file (batch array tasks) apart. Astromodels, which depends on
/// no other assembly of ours, keeps its own copy for model files.</remarks>
public static class AtomicFile
{
    /// <summary>Writes a file through <paramref name="write"/>.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="overwrite">Replace an existing file (default); when false an existing file is an error.</param>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    public static void Write(string path, Action<Stream> write, bool overwrite = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    public static void WriteAllBytes(string path, byte[] bytes, bool overwrite = true)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, s => s.Write(bytes), overwrite);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark to <paramref name="path"/> atomically.</summary>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    public static void WriteAllText(string path, string text, bool overwrite = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text), overwrite);
    }
}

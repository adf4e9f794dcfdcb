using ThreeML.Fits;

namespace ThreeML.Ogip;

/// <summary>Writes OGIP FITS files atomically and refuses to replace an existing file unless asked to.</summary>
/// <remarks>The file is written to a hidden temporary file in the target's folder and then renamed over the target,
/// so a failure (bad input found late, a full disk) never leaves a half-written file and never touches an existing
/// one (DESIGN.md §7). Without <c>overwrite</c> the final rename itself refuses an existing target, so a file that
/// appears between the check and the rename is not replaced either.</remarks>
internal static class OgipFileWriter
{
    /// <summary>Throws when <paramref name="path"/> exists and <paramref name="overwrite"/> is false.</summary>
    /// <exception cref="IOException">The file exists.</exception>
    public static void RefuseExisting(string path, bool overwrite)
    {
        if (!overwrite && File.Exists(path))
        {
            throw new IOException($"'{Path.GetFullPath(path)}' already exists; pass overwrite: true to replace it.");
        }
    }

    /// <summary>Writes <paramref name="file"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    public static void Write(FitsFile file, string path, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        RefuseExisting(full, overwrite);
        try
        {
            AtomicFile.Write(full, s => file.WriteTo(s), overwrite);
        }
        catch (IOException) when (!overwrite && File.Exists(full))
        {
            RefuseExisting(full, overwrite);
            throw;
        }
    }
}

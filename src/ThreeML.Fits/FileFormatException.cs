namespace ThreeML.Fits;

/// <summary>The common base of the errors of malformed files read by ThreeML.NET — FITS (<see cref="FitsFormatException"/>),
/// OGIP spectra and responses, results files — each naming the file and where in it the problem lies.</summary>
/// <remarks>It derives from <see cref="IOException"/> (reading the file failed; the BCL's InvalidDataException is sealed),
/// as does Astromodels' <c>ModelFileException</c> for model YAML, which cannot derive from this assembly: a caller that
/// wants every malformed input catches <see cref="IOException"/>, one that wants the location catches the subclass.</remarks>
public abstract class FileFormatException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The whole message: the file, the location in it, then <paramref name="detail"/>.</param>
    /// <param name="detail">The description of the problem, without the location.</param>
    /// <param name="filePath">The file (or stream name) being read.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    protected FileFormatException(string message, string detail, string filePath, Exception? innerException)
        : base(message, innerException)
    {
        Detail = detail;
        FilePath = filePath;
    }

    /// <summary>The description of the problem, without the location prefix.</summary>
    public string Detail { get; }

    /// <summary>The file (or stream name) being read.</summary>
    public string FilePath { get; }
}

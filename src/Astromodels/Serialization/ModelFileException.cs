namespace Astromodels.Serialization;

/// <summary>A model file (astromodels YAML) could not be read: its message names the file, the YAML path of the
/// offending entry (e.g. "src2 (point source).spectrum.main.composite.F_2.value"), the line when known, and what was expected.</summary>
/// <remarks>An <see cref="IOException"/>, as ThreeML's file-format errors (their base <c>ThreeML.Fits.FileFormatException</c>
/// lives in an assembly Astromodels does not reference).</remarks>
public sealed class ModelFileException : IOException
{
    /// <summary>Creates the exception; the message is composed from the location and the reason.</summary>
    /// <param name="reason">What was wrong and what was expected.</param>
    /// <param name="filePath">The file, or null when the YAML came from a string.</param>
    /// <param name="yamlPath">The dotted path of the entry inside the document, or null for the whole document.</param>
    /// <param name="line">The 1-based line of the entry, or null when unknown.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ModelFileException(string reason, string? filePath, string? yamlPath, int? line, Exception? innerException = null)
        : base(Compose(reason, filePath, yamlPath, line), innerException)
    {
        Reason = reason;
        FilePath = filePath;
        YamlPath = yamlPath;
        Line = line;
    }

    /// <summary>What was wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The file being read, or null when the YAML came from a string.</summary>
    public string? FilePath { get; }

    /// <summary>The dotted YAML path of the offending entry, or null for the whole document.</summary>
    public string? YamlPath { get; }

    /// <summary>The 1-based line of the offending entry, or null when unknown.</summary>
    public int? Line { get; }

    private static string Compose(string reason, string? filePath, string? yamlPath, int? line)
    {
        var where = filePath is null ? "Model YAML" : $"Model file '{filePath}'";
        if (yamlPath is not null)
        {
            where += $", entry '{yamlPath}'";
        }

        if (line is { } l)
        {
            where += $" (line {l})";
        }

        return $"{where}: {reason}";
    }
}

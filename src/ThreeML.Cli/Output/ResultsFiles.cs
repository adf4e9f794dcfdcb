using ThreeML.Cli.Infrastructure;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Cli.Output;

/// <summary>Reads and writes analysis-results files (3ML's FITS layout) for the commands.</summary>
public static class ResultsFiles
{
    /// <summary>Reads a results file holding one result.</summary>
    /// <exception cref="CliException">The file is missing.</exception>
    public static AnalysisResults Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CliException($"no such file: '{path}'.");
        }

        return AnalysisResults.Read(path);
    }

    /// <summary>Writes a results file, replacing an earlier run's file (the write is atomic).</summary>
    public static void Write(AnalysisResults results, string path)
    {
        ArgumentNullException.ThrowIfNull(results);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        results.Write(path, overwrite: true);
    }
}

using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Output;

/// <summary>Reads and writes analysis-results files (3ML's FITS layout) for the commands.</summary>
public static class ResultsFiles
{
    /// <summary>Whether this build can write and read results files.</summary>
    public static bool Available => false;

    /// <summary>Reads a results file.</summary>
    /// <exception cref="CliException">The file is missing, or results files cannot be read by this build.</exception>
    public static AnalysisResults Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"no such file: '{path}'.");
        }

        throw new CliException("reading 3ML results files is not available in this build yet.", ExitCodes.AnalysisFailure);
    }

    /// <summary>Writes a results file.</summary>
    /// <exception cref="CliException">Results files cannot be written by this build.</exception>
    public static void Write(AnalysisResults results, string path)
    {
        ArgumentNullException.ThrowIfNull(results);
        throw new CliException($"cannot write '{path}': writing 3ML results files is not available in this build yet.", ExitCodes.AnalysisFailure);
    }
}

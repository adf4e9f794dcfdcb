using ThreeML.Fits;
using ThreeML.Results;
using L = ThreeML.Results.Persistence.ResultsFitsLayout;

namespace ThreeML.Results.Persistence;

/// <summary>Reads the ANALYSIS_RESULTS extensions of a results file (3ML's <c>load_analysis_results</c>) and, for a set,
/// its SEQUENCE extension.</summary>
internal static class ResultsFileReader
{
    /// <summary>The results in file order, without the sequence (a broken SEQUENCE extension is not looked at).</summary>
    public static IReadOnlyList<AnalysisResults> ReadAll(string path) => ReadResults(Open(path), path);

    /// <summary>The results in file order with their sequence; the default one when the file has no SEQUENCE.</summary>
    public static AnalysisResultsSet ReadSet(string path)
    {
        var file = Open(path);
        var results = ReadResults(file, path);
        return new AnalysisResultsSet(results, SequenceExtension.Read(file, path, results.Count));
    }

    private static FitsFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return FitsFile.Read(path);
        }
        catch (FitsFormatException e)
        {
            throw new ResultsFileException($"the file is not valid FITS: {e.Message}", path, innerException: e);
        }
    }

    private static List<AnalysisResults> ReadResults(FitsFile file, string path)
    {
        var extensions = file.Hdus.Where(h => string.Equals(h.ExtName, L.ExtName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (extensions.Count == 0)
        {
            var present = file.Hdus.Skip(1).Select(h => h.ExtName ?? "(unnamed)").ToList();
            throw new ResultsFileException(
                $"there is no {L.ExtName} extension (the file has {(present.Count == 0 ? "only a primary HDU" : string.Join(", ", present))}); "
                + "results files are written by AnalysisResults.Write or 3ML's write_to.", path, extension: L.ExtName, keyword: "EXTNAME");
        }

        return [.. extensions.Select(h => new ResultsExtensionReader(h, path).Read())];
    }
}

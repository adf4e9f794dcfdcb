using ThreeML.Fits;
using L = ThreeML.Results.Persistence.ResultsFitsLayout;

namespace ThreeML.Results.Persistence;

/// <summary>Reads the ANALYSIS_RESULTS extensions of a results file (3ML's <c>load_analysis_results</c>).</summary>
/// <remarks>The SEQUENCE extension that 3ML's <c>AnalysisResultsSet.write_to</c> puts first (the x values or bins of a
/// sequence of analyses) is skipped: the results come back in file order without it.</remarks>
internal static class ResultsFileReader
{
    public static IReadOnlyList<AnalysisResults> ReadAll(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FitsFile file;
        try
        {
            file = FitsFile.Read(path);
        }
        catch (FitsFormatException e)
        {
            throw new ResultsFileException($"the file is not valid FITS: {e.Message}", path, innerException: e);
        }

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

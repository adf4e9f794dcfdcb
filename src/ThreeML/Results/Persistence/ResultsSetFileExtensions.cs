namespace ThreeML.Results.Persistence;

/// <summary>Results files holding a set of results: the SEQUENCE extension, then ANALYSIS_RESULTS EXTVER 1 ... n, as
/// 3ML's <c>AnalysisResultsSet.write_to</c> writes them (see <see cref="ResultsFileExtensions"/> for the layout).</summary>
/// <remarks>Extension members (<c>set.Write(path)</c>, <c>AnalysisResultsSet.Read(path)</c> with
/// <c>using ThreeML.Results.Persistence;</c>) for the same reason as <see cref="ResultsFileExtensions"/>: persistence
/// sits above the result kinds it rebuilds.</remarks>
public static class ResultsSetFileExtensions
{
    extension(AnalysisResultsSet set)
    {
        /// <summary>Writes the set to a FITS file as 3ML's <c>write_to</c> does: SEQUENCE, then ANALYSIS_RESULTS EXTVER 1 ... n;
        /// atomically (a temporary file in the same folder, then renamed).</summary>
        /// <param name="path">The file to write.</param>
        /// <param name="overwrite">Replace an existing file.</param>
        /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
        public void Write(string path, bool overwrite = false) =>
            ResultsFileWriter.Write([.. set], path, overwrite, DateTime.UtcNow, set.Sequence);

        /// <summary>Reads every result of a results file, in file order, with its sequence (3ML's
        /// <c>load_analysis_results</c> for a set); a file without SEQUENCE, such as a single result's, gets the default
        /// "unspecified" sequence.</summary>
        /// <param name="path">A file written by the set's or a result's <c>Write</c>, or by 3ML.</param>
        /// <exception cref="ResultsFileException">The file is not a valid results file, or its SEQUENCE extension is broken
        /// (the message names the file, the extension and the keyword or column).</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        public static AnalysisResultsSet Read(string path) => ResultsFileReader.ReadSet(path);
    }
}

namespace ThreeML.Results.Persistence;

/// <summary>Results files in 3ML's FITS layout: files written here read in 3ML's <c>load_analysis_results</c>, and
/// files written by 3ML's <c>write_to</c> read here.</summary>
/// <remarks>
/// <para>Layout (3ML's <c>AnalysisResultsFITS</c>): an empty primary HDU with DATE and ORIGIN; one ANALYSIS_RESULTS
/// table per result (EXTVER 1, 2, ...), one row per free parameter with NAME, VALUE, NEGATIVE_ERROR, POSITIVE_ERROR,
/// ERROR, UNIT, COVARIANCE, LOG_PROB and SAMPLES; the model as escaped YAML in MODEL; RESUTYPE; STATi/PNi per plugin;
/// MEASi/MVi per measure.</para>
/// <para>Extra columns and keywords that 3ML ignores make our round trip exact: the MLE draws (DRAWS), ln L and ln
/// prior of every posterior sample (LOG_LIKE, LOG_PRIOR), ln L per plugin at the MAP (LNLi), the total statistic
/// (TOTSTAT), fit diagnostics (FITVALID, FITREASN, FITEDM, FITCALLS, FITLIMIT, FITTICKS), NOCOVAR and LNZERR.</para>
/// <para>Reading a 3ML file: MLE samples are re-drawn from the covariance with a fixed seed (3ML re-draws at random);
/// a Bayesian ln prior is re-evaluated from the model's priors to split LOG_PROB; 3ML's "log(Z)" (log10 Z) becomes
/// "ln(Z)" and "log10(Z)".</para>
/// <para>Several results share a file as an <see cref="AnalysisResultsSet"/>, whose SEQUENCE extension (written first)
/// says what each result stands for.</para>
/// <para>These are extension members (<c>results.Write(path)</c>, <c>AnalysisResults.Read(path)</c> with
/// <c>using ThreeML.Results.Persistence;</c>) because a results file rebuilds MLE and Bayesian results: persistence
/// sits above ThreeML.Fitting and ThreeML.Bayesian, which build on ThreeML.Results (design record 0025).</para>
/// </remarks>
public static class ResultsFileExtensions
{
    extension(AnalysisResults result)
    {
        /// <summary>Writes the results to a FITS file in 3ML's layout (3ML's <c>write_to</c>), atomically: to a temporary
        /// file in the same folder, then renamed.</summary>
        /// <param name="path">The file to write.</param>
        /// <param name="overwrite">Replace an existing file.</param>
        /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
        public void Write(string path, bool overwrite = false) => ResultsFileWriter.Write([result], path, overwrite, DateTime.UtcNow);

        /// <summary>Writes several results to one file as a set with the default sequence ("unspecified", VALUE = 0 ... n − 1):
        /// SEQUENCE, then ANALYSIS_RESULTS EXTVER 1, 2, ... (3ML's <c>AnalysisResultsSet.write_to</c>). To say what the
        /// results stand for, use <see cref="AnalysisResultsSet.SetX"/> or <see cref="AnalysisResultsSet.SetBins"/> and
        /// the set's <c>Write</c>.</summary>
        /// <param name="results">The results, written as ANALYSIS_RESULTS EXTVER 1, 2, ...</param>
        /// <param name="path">The file to write.</param>
        /// <param name="overwrite">Replace an existing file.</param>
        /// <exception cref="ArgumentException">No results given, or one is null.</exception>
        /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
        public static void WriteAll(IReadOnlyList<AnalysisResults> results, string path, bool overwrite = false) =>
            new AnalysisResultsSet(results).Write(path, overwrite);

        /// <summary>Reads a results file holding one result (3ML's <c>load_analysis_results</c>).</summary>
        /// <param name="path">A file written by <c>Write</c> or by 3ML's <c>write_to</c>.</param>
        /// <returns>An <c>MLEResults</c> or a <c>BayesianResults</c>.</returns>
        /// <exception cref="ResultsFileException">The file is not a valid results file, or holds several results (use <c>ReadAll</c>).</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        public static AnalysisResults Read(string path)
        {
            var all = ResultsFileReader.ReadAll(path);
            return all.Count == 1
                ? all[0]
                : throw new ResultsFileException($"the file holds {all.Count} results; read them with AnalysisResults.ReadAll.", path, keyword: "EXTNAME");
        }

        /// <summary>Reads every result of a results file, in file order, with the sequence of its SEQUENCE extension
        /// (3ML's <c>load_analysis_results</c> for a set); the same as <c>AnalysisResultsSet.Read</c>.</summary>
        /// <param name="path">A file written by <c>Write</c>, <c>WriteAll</c>, the set's <c>Write</c> or 3ML.</param>
        /// <exception cref="ResultsFileException">The file is not a valid results file, or its SEQUENCE extension is broken.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        public static AnalysisResultsSet ReadAll(string path) => AnalysisResultsSet.Read(path);
    }
}

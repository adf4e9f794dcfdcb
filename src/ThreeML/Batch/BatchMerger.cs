using System.Globalization;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Batch;

/// <summary>Gathers the completed tasks of a batch into one results set (3ML's SEQUENCE layout) and one summary table;
/// failed and missing tasks are listed in both the report and the table, never dropped.</summary>
public static class BatchMerger
{
    /// <summary>The sequence name (FITS SEQ_TYPE) of a merged batch.</summary>
    public const string SequenceName = "batch_task";

    /// <summary>Merges <paramref name="outputDirectory"/>.</summary>
    /// <param name="outputDirectory">A batch output folder.</param>
    /// <param name="resultsPath">The merged results file; default <c>DIR/results.fits</c>. Not written when no task is done.</param>
    /// <param name="summaryPath">The summary CSV; default <c>DIR/summary.csv</c>.</param>
    /// <returns>What was merged and what was not.</returns>
    /// <remarks>A task folder changed after the runner published it (an unreadable record, a done task's results file
    /// gone or unreadable) does not stop the merge: the task is reported as damaged, with why, and left out like a failed
    /// one; the next run does it again.</remarks>
    /// <exception cref="InvalidDataException">The folder holds no batch.</exception>
    public static BatchMergeReport Merge(string outputDirectory, string? resultsPath = null, string? summaryPath = null)
    {
        var dir = new BatchDirectory(outputDirectory);
        var info = dir.ReadInfo();
        resultsPath ??= Path.Combine(dir.Root, "results.fits");
        summaryPath ??= Path.Combine(dir.Root, "summary.csv");
        var tasks = Enumerable.Range(0, info.Count).Select(dir.Inspect).ToArray();
        var damage = tasks.Select(t => t.Damage).ToArray();
        var records = tasks.Select(t => t.Record).ToArray();
        var results = new AnalysisResults?[info.Count];
        for (var i = 0; i < info.Count; i++)
        {
            if (records[i] is { Completed: true } record && record.DifferenceFrom(info.Seeds[i], info.VariableNames, info.Values[i]) is { } difference)
            {
                // Results of another manifest's task under this number: never merged under this task's variables.
                damage[i] = $"{dir.TaskFolder(i)}: holds the results of another manifest's task ({difference}). Delete the folder to have the next run do the task again.";
                records[i] = null;
            }

            if (records[i] is { Completed: true })
            {
                var file = Path.Combine(dir.TaskFolder(i), BatchRunner.ResultsFile);
                try
                {
                    results[i] = AnalysisResults.Read(file);
                }
                catch (Exception e) when (e is ThreeML.Fits.FileFormatException or IOException or UnauthorizedAccessException)
                {
                    // A file whose shape is right but whose content is not: the run cannot tell (it does not read every
                    // done task's results), so the folder must go for the task to be done again.
                    damage[i] = $"{file}: {e.Message.ReplaceLineEndings(" ")} Delete the folder {dir.TaskFolder(i)} to have the next run do the task again.";
                    records[i] = null;
                }
            }
        }

        int[] Where(Func<int, bool> test) => [.. Enumerable.Range(0, info.Count).Where(test)];
        var status = new BatchStatus(info.Count, Where(i => records[i] is { Completed: true }), Where(i => records[i] is { Completed: false }),
            Where(i => records[i] is null && damage[i] is null), Where(i => damage[i] is not null))
        {
            NotValid = Where(i => records[i] is { Completed: true, Valid: false }),
        };

        string? written = null;
        if (status.Done.Count > 0)
        {
            var set = new AnalysisResultsSet(status.Done.Select(i => results[i]!));
            set.CharacterizeSequence(SequenceName, SequenceColumns(info, status.Done, records));
            set.Write(resultsPath, overwrite: true);
            written = Path.GetFullPath(resultsPath);
        }

        BatchDirectory.WriteAtomically(summaryPath, BatchSummaryTable.Build(info, records, results, damage));
        return new BatchMergeReport(status, written, Path.GetFullPath(summaryPath))
        {
            Damage = status.Damaged.ToDictionary(i => i, i => damage[i]!),
        };
    }

    // TASK, SEED, VALID, then one column per variable: its value when every value is a number, else the value's position
    // in the list of distinct values in task order (NAME_ID; the summary table holds the text).
    private static List<SequenceColumn> SequenceColumns(BatchSummaryInfo info, IReadOnlyList<int> done, BatchTaskRecord?[] records)
    {
        var columns = new List<SequenceColumn>
        {
            new("TASK", [.. done.Select(i => (double)i)]),
        };
        if (info.Seeds.Any(s => s is not null))
        {
            columns.Add(new SequenceColumn("SEED", [.. done.Select(i => (double)(info.Seeds[i] ?? -1))]));
        }

        columns.Add(new SequenceColumn("VALID", [.. done.Select(i => records[i]!.Valid ? 1.0 : 0.0)]));
        for (var v = 0; v < info.VariableNames.Count; v++)
        {
            var all = info.Values.Select(r => r[v]).ToArray();
            var name = info.VariableNames[v].ToUpperInvariant();
            if (all.All(IsNumber))
            {
                columns.Add(new SequenceColumn(name, [.. done.Select(i => double.Parse(all[i], CultureInfo.InvariantCulture))]));
            }
            else
            {
                var distinct = all.Distinct(StringComparer.Ordinal).ToList();
                columns.Add(new SequenceColumn(name + "_ID", [.. done.Select(i => (double)distinct.IndexOf(all[i]))]));
            }
        }

        return columns;
    }

    private static bool IsNumber(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x);
}

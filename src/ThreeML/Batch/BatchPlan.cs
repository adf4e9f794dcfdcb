using System.Globalization;

namespace ThreeML.Batch;

/// <summary>The tasks of a batch: their stable numbers, seeds and variables, and where they came from (a manifest file,
/// or a list made in C#).</summary>
/// <param name="Source">What defines the tasks: the manifest's full path, or any label (saved in <c>batch.json</c>).</param>
/// <param name="MasterSeed">The master seed the task seeds derive from, or null when each task keeps its own.</param>
/// <param name="VariableNames">The task variables, in order.</param>
/// <param name="Tasks">The tasks, numbered 0 … Count − 1.</param>
public sealed record BatchPlan(string Source, long? MasterSeed, IReadOnlyList<string> VariableNames, IReadOnlyList<BatchTask> Tasks)
{
    /// <summary>A plan with one task per row of values (the C# counterpart of a manifest's <c>tasks.rows</c>): task i
    /// has the values of row i and, with a master seed, the seed <see cref="TaskSeeds.Derive"/>(masterSeed, i).</summary>
    /// <param name="source">A label for the plan (e.g. the catalogue's file), saved in <c>batch.json</c>.</param>
    /// <param name="variableNames">The names of the values of each row.</param>
    /// <param name="rows">One row of values per task, in <paramref name="variableNames"/> order.</param>
    /// <param name="masterSeed">The master seed, or null for tasks without seeds.</param>
    /// <exception cref="ArgumentException">No variable, a repeated name, or a row with another number of values.</exception>
    public static BatchPlan FromRows(string source, IReadOnlyList<string> variableNames, IEnumerable<IReadOnlyList<string>> rows, long? masterSeed = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(variableNames);
        ArgumentNullException.ThrowIfNull(rows);
        if (variableNames.Count == 0 || variableNames.Distinct(StringComparer.Ordinal).Count() != variableNames.Count)
        {
            throw new ArgumentException($"Give one or more distinct variable names (got {string.Join(", ", variableNames)}).", nameof(variableNames));
        }

        var tasks = new List<BatchTask>();
        foreach (var row in rows)
        {
            if (row is null || row.Count != variableNames.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Row {tasks.Count} has {row?.Count ?? 0} values; expected {variableNames.Count} ({string.Join(", ", variableNames)})."), nameof(rows));
            }

            var index = tasks.Count;
            tasks.Add(new BatchTask(index, masterSeed is { } m ? TaskSeeds.Derive(m, index) : null,
                [.. variableNames.Select((n, k) => new KeyValuePair<string, string>(n, row[k]))], null));
        }

        return new BatchPlan(source, masterSeed, variableNames, tasks);
    }
}

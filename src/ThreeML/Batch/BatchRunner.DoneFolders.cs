namespace ThreeML.Batch;

// The check that the done tasks a run would skip are this plan's (design record 0032).
public sealed partial class BatchRunner
{
    /// <summary>Throws when the folder of a done task among <paramref name="indices"/> (default: all) was made by another
    /// version of the plan: its record's variables or seed differ, or <see cref="DoneFolderDifference"/> finds a
    /// difference. <see cref="Run"/> and <see cref="RunTask"/> check this first; a job script writer checks it before
    /// it writes anything.</summary>
    /// <exception cref="InvalidDataException">Such a folder exists; the message names up to three and how they differ.</exception>
    public void CheckDoneFolders(IEnumerable<int>? indices = null)
    {
        var list = (indices ?? Enumerable.Range(0, Plan.Tasks.Count)).ToArray();
        foreach (var i in list)
        {
            CheckIndex(i);
        }

        CheckFoldersBelongToPlan(list);
    }

    // Skipping such a task would put another analysis's results under this one's row.
    private void CheckFoldersBelongToPlan(IReadOnlyCollection<int> indices)
    {
        // Many tasks: one listing of the task folders instead of two lookups a task, before any worker starts (a fresh
        // run has no folder at all).
        var tasks = Path.Combine(Directory.Root, "tasks");
        HashSet<string?>? existing = indices.Count <= 16 ? null
            : System.IO.Directory.Exists(tasks) ? [.. System.IO.Directory.EnumerateDirectories(tasks).Select(Path.GetFileName)] : [];
        var found = new List<string>();
        var count = 0;
        foreach (var i in indices)
        {
            var task = Plan.Tasks[i];
            if (existing is not null && !existing.Contains(task.Name))
            {
                continue;
            }

            // Only a done task would be skipped; a failed one is run again and replaced (after a fix of its row, say).
            if (Directory.Inspect(i).Record is { Completed: true } record
                && (record.DifferenceFrom(task.Seed, [.. task.Variables.Select(v => v.Key)], [.. task.Variables.Select(v => v.Value)])
                    ?? DoneFolderDifference?.Invoke(task, Directory.TaskFolder(i))) is { } difference
                && count++ < 3)
            {
                found.Add($"task {task.Name}: {difference}");
            }
        }

        if (count > 0)
        {
            throw new InvalidDataException($"'{Directory.Root}' holds the results of another manifest ({string.Join("; ", found)}"
                + (count > 3 ? $"; {count - 3} more" : "") + "). Write this manifest's results to another folder, or delete those task folders to run the tasks again.");
        }
    }
}

using System.Text.Json;

namespace ThreeML.Batch;

/// <summary>The layout of a batch output folder: <c>tasks/NNNNNN/</c> with each task's outputs and its record, and the
/// manifest's task list in <c>batch.json</c>.</summary>
public sealed class BatchDirectory(string root)
{
    /// <summary>The name of the completion record, written last.</summary>
    public const string DoneRecord = "done.json";

    /// <summary>The name of the failure record.</summary>
    public const string FailedRecord = "failed.json";

    // What File.WriteAllText writes: UTF-8 without a byte-order mark (immutable, so one instance serves every writer).
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The output folder (full path).</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folder of task <paramref name="index"/>.</summary>
    public string TaskFolder(int index) => Path.Combine(Root, "tasks", index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Where task <paramref name="index"/> stands.</summary>
    public BatchTaskState StateOf(int index)
    {
        var folder = TaskFolder(index);
        return File.Exists(Path.Combine(folder, DoneRecord)) ? BatchTaskState.Done
            : File.Exists(Path.Combine(folder, FailedRecord)) ? BatchTaskState.Failed
            : BatchTaskState.Missing;
    }

    /// <summary>The record of a done or failed task, or null for a missing one.</summary>
    /// <exception cref="InvalidDataException">The record cannot be read (the message names the file).</exception>
    public BatchTaskRecord? ReadRecord(int index)
    {
        var state = StateOf(index);
        if (state == BatchTaskState.Missing)
        {
            return null;
        }

        var file = Path.Combine(TaskFolder(index), state == BatchTaskState.Done ? DoneRecord : FailedRecord);
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(file), BatchJsonContext.Default.BatchTaskRecord)
                ?? throw new InvalidDataException($"{file}: empty task record.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: not a task record ({e.Message}).", e);
        }
    }

    /// <summary>The number of tasks and their variables, as the run or slurm command saved them.</summary>
    /// <exception cref="InvalidDataException">The folder holds no batch (no batch.json).</exception>
    public BatchSummaryInfo ReadInfo()
    {
        var file = Path.Combine(Root, "batch.json");
        if (!File.Exists(file))
        {
            throw new InvalidDataException($"'{Root}' holds no batch (no batch.json); run 'threeml batch run' or 'threeml batch slurm' with --out {Root} first.");
        }

        return JsonSerializer.Deserialize(File.ReadAllText(file), BatchJsonContext.Default.BatchSummaryInfo) ?? throw new InvalidDataException($"{file}: empty.");
    }

    /// <summary>Saves the task list of <paramref name="plan"/> (same content on every run, written atomically).</summary>
    public void WriteInfo(BatchPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var info = new BatchSummaryInfo(plan.Source, plan.MasterSeed, plan.VariableNames,
            [.. plan.Tasks.Select(t => t.Variables.Select(v => v.Value).ToArray())], [.. plan.Tasks.Select(t => t.Seed)]);
        WriteAtomically(Path.Combine(Root, "batch.json"), JsonSerializer.Serialize(info, BatchJsonContext.Default.BatchSummaryInfo));
    }

    /// <summary>Writes the record into a task's private staging folder, unflushed: the runner flushes the folder to disk
    /// and then renames it into place, so the record is published, with every output, by that rename.</summary>
    internal static void WriteStagedRecord(string stagingFolder, BatchTaskRecord record) =>
        WriteNewText(Path.Combine(stagingFolder, record.Completed ? DoneRecord : FailedRecord),
            JsonSerializer.Serialize(record, BatchJsonContext.Default.BatchTaskRecord));

    /// <summary>Writes a file that must not exist yet (a staging folder's), UTF-8 without a byte-order mark.</summary>
    /// <remarks>Created new instead of opened and truncated as <see cref="File.WriteAllText(string, string?)"/> does:
    /// ext4 starts the writeback of a file truncated to zero when it is closed (its auto_da_alloc), which in a batch
    /// cost the workers 2.6 % of the run's CPU in close(); the committing thread flushes the folder instead.</remarks>
    internal static void WriteNewText(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        stream.Write(Utf8.GetBytes(text));
    }

    internal static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The temporary name is unique per writer: concurrent tasks (Slurm array elements) may save the same batch.json at once.
        ThreeML.Fits.AtomicFile.WriteAllText(path, text);
    }
}

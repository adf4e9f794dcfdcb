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

    /// <summary>Where task <paramref name="index"/> stands; a record that cannot be read, or a completed task without its
    /// results file, makes it <see cref="BatchTaskState.Damaged"/>.</summary>
    public BatchTaskState StateOf(int index) => Inspect(index).State;

    /// <summary>Why task <paramref name="index"/>'s folder is <see cref="BatchTaskState.Damaged"/> (and that the next run
    /// does the task again), or null when it is not.</summary>
    public string? DamageOf(int index) => Inspect(index).Damage;

    /// <summary>The record of a done or failed task, or null for a missing one.</summary>
    /// <exception cref="InvalidDataException">The task's folder is damaged (the message names the file and says why).</exception>
    public BatchTaskRecord? ReadRecord(int index)
    {
        var (state, record, damage) = Inspect(index);
        return state == BatchTaskState.Damaged ? throw new InvalidDataException(damage) : record;
    }

    /// <summary>Where task <paramref name="index"/> stands, its record (done or failed) and why it is damaged, from one
    /// reading of its folder: the record that folder holds (done.json first); a completed record also needs its
    /// results file.</summary>
    internal (BatchTaskState State, BatchTaskRecord? Record, string? Damage) Inspect(int index)
    {
        var (state, record, damage) = InspectFolder(index);
        return (state, record, damage is null ? null : damage + " The next run does the task again.");
    }

    private (BatchTaskState State, BatchTaskRecord? Record, string? Damage) InspectFolder(int index)
    {
        var folder = TaskFolder(index);
        var done = Path.Combine(folder, DoneRecord);
        var file = File.Exists(done) ? done : Path.Combine(folder, FailedRecord);
        if (!File.Exists(file))
        {
            return (BatchTaskState.Missing, null, null);
        }

        BatchTaskRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(File.ReadAllText(file), BatchJsonContext.Default.BatchTaskRecord);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return (BatchTaskState.Damaged, null, $"{file}: not a task record ({e.Message.ReplaceLineEndings(" ")}).");
        }

        if (record is null || record.Completed != (file == done))
        {
            return (BatchTaskState.Damaged, null, $"{file}: not a task record (it is {(record is null ? "empty" : "the other kind of record")}).");
        }

        if (record.Completed && ResultsProblem(Path.Combine(folder, BatchRunner.ResultsFile)) is { } problem)
        {
            return (BatchTaskState.Damaged, null, $"{folder}: the task is recorded as done but its {BatchRunner.ResultsFile} {problem}.");
        }

        return (record.Completed ? BatchTaskState.Done : BatchTaskState.Failed, record, null);
    }

    // The cheap checks of a results file's shape (whole 2880-byte blocks, a primary header first): a run skips every done
    // task, so it cannot read them all; a file truncated or overwritten is caught here, anything subtler by the merge.
    private static string? ResultsProblem(string path)
    {
        if (!File.Exists(path))
        {
            return "is gone";
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            Span<byte> start = stackalloc byte[9];
            return stream.Length == 0 || stream.Length % 2880 != 0 || stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) < start.Length
                || !start.SequenceEqual("SIMPLE  ="u8)
                ? $"is not a FITS file ({stream.Length} bytes)"
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read ({e.Message.ReplaceLineEndings(" ")})";
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

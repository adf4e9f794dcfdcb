namespace ThreeML.Batch;

/// <summary>What a task's work receives: the task and the private folder its outputs go into.</summary>
/// <param name="Task">The task (number, seed, variables).</param>
/// <param name="Folder">The task's staging folder: every file written here appears in <c>DIR/tasks/NNNNNN/</c> at once
/// when the task ends (never half written).</param>
/// <param name="CancellationToken">Stops the work.</param>
public sealed record BatchTaskContext(BatchTask Task, string Folder, CancellationToken CancellationToken)
{
    /// <summary>Gets the threads the task's own parallel work (global search, flux propagation, sampling) should use:
    /// 1 while the runner runs tasks side by side, all processors when it runs one task alone.</summary>
    /// <remarks>While several tasks run at once every core already has a task; parallel work inside a task would only
    /// add hand-offs to pool threads that spin while they wait (design record 0023, 2026-12-07). Results never depend on
    /// it: every parallel computation of the library gives the same values on any number of threads.</remarks>
    public int MaxDegreeOfParallelism
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "MaxDegreeOfParallelism must be positive (1 keeps the task on its own thread).");
    } = Environment.ProcessorCount;

    /// <summary>Writes a new text file (UTF-8 without a byte-order mark) named <paramref name="fileName"/> into
    /// <see cref="Folder"/>.</summary>
    /// <remarks>The file is created new, never truncated: ext4 writes a file truncated to zero back to disk as it is
    /// closed (what <see cref="File.WriteAllText(string, string?)"/> does, on the task's own thread); the runner flushes
    /// the whole folder once, on its committing thread (design record 0030).</remarks>
    /// <param name="fileName">A file name, or a path relative to <see cref="Folder"/>.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="IOException">The file exists already, or cannot be written.</exception>
    public void WriteText(string fileName, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(text);
        BatchDirectory.WriteNewText(Path.Combine(Folder, fileName), text);
    }
}

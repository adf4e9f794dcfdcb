namespace ThreeML.Batch;

/// <summary>What a task's work receives: the task and the private folder its outputs go into.</summary>
/// <param name="Task">The task (number, seed, variables).</param>
/// <param name="Folder">The task's staging folder: every file written here appears in <c>DIR/tasks/NNNNNN/</c> at once
/// when the task ends (never half written).</param>
/// <param name="CancellationToken">Stops the work.</param>
public sealed record BatchTaskContext(BatchTask Task, string Folder, CancellationToken CancellationToken);

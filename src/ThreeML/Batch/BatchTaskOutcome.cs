namespace ThreeML.Batch;

/// <summary>What running (or skipping) one task gave.</summary>
/// <param name="Index">The task number.</param>
/// <param name="State">Done or failed after this run.</param>
/// <param name="Skipped">True when the task was already complete and was not run again.</param>
/// <param name="Record">The task's record (read back for a skipped task).</param>
public sealed record BatchTaskOutcome(int Index, BatchTaskState State, bool Skipped, BatchTaskRecord? Record);

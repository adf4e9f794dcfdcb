namespace ThreeML.Batch;

/// <summary>Where a task stands in an output folder.</summary>
public enum BatchTaskState
{
    /// <summary>No record: never run, still running, or killed before its record.</summary>
    Missing,

    /// <summary>Completed: <c>done.json</c> is there (the fit may still be invalid; the record says).</summary>
    Done,

    /// <summary>Failed: <c>failed.json</c> says why.</summary>
    Failed,

    /// <summary>Damaged: the folder's record cannot be read, or a completed task's results file is gone (the folder was
    /// changed after the runner published it); the next run does the task again.</summary>
    Damaged,
}

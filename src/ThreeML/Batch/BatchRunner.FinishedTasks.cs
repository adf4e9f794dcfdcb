namespace ThreeML.Batch;

public sealed partial class BatchRunner
{
    /// <summary>The hand-over of staged tasks from the workers to the committing thread.</summary>
    /// <remarks>A lock and <see cref="Monitor.Wait(object)"/> rather than a <c>BlockingCollection</c>: its semaphore spins
    /// (yielding the processor hundreds of times a run) before it blocks, and the committer waits most of the time,
    /// taking a processor from the workers while it spins (design record 0023, 2026-12-07).</remarks>
    private sealed class FinishedTasks
    {
        private readonly object _gate = new();
        private List<(int Slot, StagedTask Task)> _pending = [];
        private bool _complete;

        /// <summary>Hands a staged task to the committer.</summary>
        public void Add(int slot, StagedTask task)
        {
            lock (_gate)
            {
                _pending.Add((slot, task));
                if (_pending.Count == 1)
                {
                    Monitor.Pulse(_gate);
                }
            }
        }

        /// <summary>No more tasks will come; the committer's last <see cref="TakeAll"/> returns what is left, then null.</summary>
        public void Complete()
        {
            lock (_gate)
            {
                _complete = true;
                Monitor.Pulse(_gate);
            }
        }

        /// <summary>Waits for at least one staged task and takes every one there is; null once complete and empty.</summary>
        public List<(int Slot, StagedTask Task)>? TakeAll()
        {
            lock (_gate)
            {
                while (_pending.Count == 0 && !_complete)
                {
                    Monitor.Wait(_gate);
                }

                if (_pending.Count == 0)
                {
                    return null;
                }

                var group = _pending;
                _pending = [];
                return group;
            }
        }
    }
}

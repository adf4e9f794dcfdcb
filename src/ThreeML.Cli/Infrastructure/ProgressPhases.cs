using Spectre.Console;

namespace ThreeML.Cli.Infrastructure;

/// <summary>One progress bar per phase of a run (global search, local fit, burn-in, sampling...): each phase gets its
/// own bar, with its own estimate of the remaining time, and beginning a phase completes the bar of the one before.</summary>
/// <remarks>Without a terminal (<c>--json</c>, pipes) every bar is a sink that ignores reports. Reports may come from
/// several threads at once (the global search runs local fits in parallel).</remarks>
public sealed class ProgressPhases
{
    private readonly Func<string, ProgressTask>? _addTask;
    private readonly Lock _gate = new();
    private ProgressTask? _current;
    private string? _currentLabel;

    /// <summary>Creates the phases over a function that adds a bar (a Spectre progress context's <c>AddTask</c>), or
    /// none for a run without bars.</summary>
    internal ProgressPhases(Func<string, ProgressTask>? addTask) => _addTask = addTask;

    /// <summary>A sink for a run that draws no bars.</summary>
    public static ProgressPhases Quiet { get; } = new(null);

    /// <summary>Begins the phase <paramref name="label"/> (completing the current one) and returns its sink of the
    /// fraction done (0–1); beginning the phase already under way returns its sink again.</summary>
    public IProgress<double> Begin(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (_addTask is null)
        {
            return Ignore.Instance;
        }

        lock (_gate)
        {
            if (_current is null || _currentLabel != label)
            {
                Complete();
                _current = _addTask(label);
                _currentLabel = label;
            }

            return new ForwardOnly(_current, _gate);
        }
    }

    /// <summary>Completes the bar of the current phase.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (_current is { } task)
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }

    /// <summary>Moves a bar forward only: an estimate of the fraction done can fall back (the nested sampler's remaining
    /// evidence grows when a new likelihood peak is found), and a bar that goes backwards, or a remaining time that jumps
    /// up, is worse than one that pauses.</summary>
    internal sealed class ForwardOnly(ProgressTask task, Lock gate) : IProgress<double>
    {
        public void Report(double value)
        {
            if (!double.IsFinite(value))
            {
                return;
            }

            lock (gate)
            {
                if (!task.IsFinished)
                {
                    task.Value = Math.Max(task.Value, Math.Clamp(value, 0.0, 1.0));
                }
            }
        }
    }

    private sealed class Ignore : IProgress<double>
    {
        public static readonly Ignore Instance = new();

        public void Report(double value)
        {
        }
    }
}

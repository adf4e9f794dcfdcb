using Spectre.Console;

namespace ThreeML.Cli.Infrastructure;

/// <summary>Runs a long operation under a Spectre progress bar (with the estimated time remaining) when the output is a
/// terminal.</summary>
public static class ProgressRunner
{
    /// <summary>Runs <paramref name="work"/>, giving it a progress sink (fraction 0..1) that drives a bar, or a sink
    /// that ignores reports when no bar may be drawn.</summary>
    public static T Run<T>(CommandOutput output, string label, Func<IProgress<double>, T> work)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(work);
        if (!output.ShowsProgress)
        {
            return work(new Progress<double>());
        }

        var columns = new ProgressColumn[] { new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn() };
        return output.Console.Progress().AutoClear(true).Columns(columns).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(label), maxValue: 1.0);
            // A synchronous sink: Progress<T> would post to the thread pool and could update a finished bar.
            var result = work(new Sink(task));
            task.Value = task.MaxValue;
            return result;
        });
    }

    /// <summary>Moves the bar forward only: a sampler's own estimate of the fraction done can fall back (the nested
    /// sampler's remaining evidence grows when a new likelihood peak is found), and a bar that goes backwards, or a
    /// remaining time that jumps up, is worse than one that pauses.</summary>
    internal sealed class Sink(ProgressTask task) : IProgress<double>
    {
        public void Report(double value)
        {
            if (double.IsFinite(value))
            {
                task.Value = Math.Max(task.Value, Math.Clamp(value, 0.0, 1.0));
            }
        }
    }
}

using Spectre.Console;

namespace ThreeML.Cli.Infrastructure;

/// <summary>Runs a long operation under a Spectre progress bar when the output is a terminal.</summary>
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

        return output.Console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(label), maxValue: 1.0);
            // A synchronous sink: Progress<T> would post to the thread pool and could update a finished bar.
            var result = work(new Sink(task));
            task.Value = task.MaxValue;
            return result;
        });
    }

    private sealed class Sink(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0.0, 1.0);
    }
}

using Spectre.Console;

namespace ThreeML.Cli.Infrastructure;

/// <summary>Runs a long operation under Spectre progress bars, one per phase, each with the estimated time remaining,
/// when the output is a terminal.</summary>
public static class ProgressRunner
{
    /// <summary>Runs a one-phase operation: <paramref name="work"/> gets the sink (fraction 0..1) of a bar labelled
    /// <paramref name="label"/>, or a sink that ignores reports when no bar may be drawn.</summary>
    public static T Run<T>(CommandOutput output, string label, Func<IProgress<double>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunPhases(output, phases => work(phases.Begin(label)));
    }

    /// <summary>Runs an operation of several phases: <paramref name="work"/> begins each phase on the
    /// <see cref="ProgressPhases"/> it gets, and each phase draws its own bar.</summary>
    public static T RunPhases<T>(CommandOutput output, Func<ProgressPhases, T> work)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(work);
        if (!output.ShowsProgress)
        {
            return work(ProgressPhases.Quiet);
        }

        var columns = new ProgressColumn[] { new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn() };
        return output.Console.Progress().AutoClear(true).Columns(columns).Start(ctx =>
        {
            var phases = new ProgressPhases(label => ctx.AddTask(Markup.Escape(label), maxValue: 1.0));
            var result = work(phases);
            phases.Complete();
            return result;
        });
    }
}
